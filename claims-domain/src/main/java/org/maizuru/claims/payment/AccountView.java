package org.maizuru.claims.payment;

import java.time.Instant;
import org.maizuru.claims.payment.ZenginTransfers.Payee;

/**
 * A claim's account as one person may see it: the number in full only for those who prepare and approve
 * payments, otherwise its last three digits. The bank's and branch's names are the Zengin master's (null for a
 * code the master no longer lists).
 */
public record AccountView(
        String bankCode,
        String bankName,
        String branchCode,
        String branchName,
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
        var master = BankDirectory.master();
        return new AccountView(
                details.bankCode(),
                master.bank(details.bankCode()).map(BankDirectory.Bank::name).orElse(null),
                details.branchCode(),
                master.branch(details.bankCode(), details.branchCode())
                        .map(BankDirectory.Branch::name)
                        .orElse(null),
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
