/**
 * The published REST contract under {@code /api/v1}, which associations' own systems are written against:
 * JSON resources grouped by the capability they expose.
 */
package org.maizuru.claims.api;
