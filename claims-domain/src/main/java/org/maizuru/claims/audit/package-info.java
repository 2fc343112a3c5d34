/**
 * The audit trail: every act worth answering for, appended in the transaction of the act. It observes the
 * other capabilities through {@link org.maizuru.claims.kernel.AuditRecord} events and depends on none.
 */
package org.maizuru.claims.audit;
