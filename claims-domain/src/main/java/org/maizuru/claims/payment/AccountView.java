package org.maizuru.claims.payment;

import java.time.Instant;
import org.maizuru.claims.payment.ZenginTransfers.Payee;

/**
 * A claim's account as one person may see it: the number in full only for those who prepare and approve
 * payments, otherwise its last three digits.
 */
public record AccountView(
        String bankCode,
        String branchCode,
        ZenginTransfers.AccountType accountType,
        String accountNumber,
        boolean masked,
        String holderName,
        boolean holderMatches,
        Payee payeeCode,
        boolean returned,
        String updatedBy,
        Instant updatedAt) {

    static AccountView of(BankAccount account, boolean full) {
        var details = account.details();
        return new AccountView(
                details.bankCode(),
                details.branchCode(),
                details.accountType(),
                full ? details.accountNumber() : details.maskedNumber(),
                !full,
                details.holderName(),
                account.holderMatches(),
                account.payeeCode(),
                account.isReturned(),
                account.updatedBy(),
                account.updatedAt());
    }
}
