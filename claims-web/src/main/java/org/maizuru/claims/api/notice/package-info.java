/** {@code /api/v1/notices}: an association's inbox, for its own systems. */
package org.maizuru.claims.api.notice;
