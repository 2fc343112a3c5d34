/** The auditors' pages: the audit trail with its verification, and the reports with charts and exports. */
package org.maizuru.claims.web.audit;
