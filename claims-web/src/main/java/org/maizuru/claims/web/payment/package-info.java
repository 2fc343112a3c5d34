/**
 * The payments pages: a claim's account and payment schedule on the association's claim page and the workbench,
 * and the payment runs that administrators prepare and supervisors approve.
 */
package org.maizuru.claims.web.payment;
