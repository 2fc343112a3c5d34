/**
 * {@code /api/v1/payment-runs} and a claim's {@code bank-account}, {@code payments} and {@code life-events}: the
 * payee's account, what a grant owes and when it is paid, and the runs that pay it with four eyes.
 */
package org.maizuru.claims.api.payment;
