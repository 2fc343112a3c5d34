/**
 * Payments: every grant becomes money. Downstream of decision (decision ← payment); audit observes it through
 * events. This first part holds what a payment run hands to the bank: a payee's name in the bank's half-width
 * kana ({@link org.maizuru.claims.payment.BankKana}) and the Japanese Bankers Association's general-transfer file
 * ({@link org.maizuru.claims.payment.ZenginTransfers}); and the reference data the build takes in from maintained
 * datasets: the Zengin bank and branch master ({@link org.maizuru.claims.payment.BankDirectory}) and Japan's
 * national holidays ({@link org.maizuru.claims.payment.NationalHolidays}).
 */
package org.maizuru.claims.payment;
