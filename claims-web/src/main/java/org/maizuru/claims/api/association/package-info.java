/** {@code /api/v1/api-keys}: keys that associations' own systems use instead of a password. */
package org.maizuru.claims.api.association;
