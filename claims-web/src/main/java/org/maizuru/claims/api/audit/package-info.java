/**
 * {@code /api/v1/audit}: searching the audit trail and verifying its hash chain; {@code /api/v1/changes}: the
 * associations' change feed, read from the same trail.
 */
package org.maizuru.claims.api.audit;
