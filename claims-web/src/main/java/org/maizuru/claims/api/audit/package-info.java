/** {@code /api/v1/audit}: searching the audit trail and verifying its hash chain. */
package org.maizuru.claims.api.audit;
