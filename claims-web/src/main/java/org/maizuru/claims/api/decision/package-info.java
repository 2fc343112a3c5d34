/** {@code /api/v1/programmes}: benefit programmes, their filing windows and schedules. */
package org.maizuru.claims.api.decision;
