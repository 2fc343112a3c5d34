package org.maizuru.claims.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.payment.BankAccounts;
import org.maizuru.claims.payment.BankingCalendar;
import org.maizuru.claims.payment.PaymentRuns;
import org.maizuru.claims.payment.ZenginTransfers;

/**
 * The demo's payments: bank accounts entered by the associations, a run sent and a run waiting for its second
 * person, so that the payment pages open on a past run and a pending one.
 */
@ApplicationScoped
public class DemoPayments {

    /** Branches the Zengin master lists, so that the demo's accounts are ones a bank could hold. */
    static final Map<String, List<String>> BRANCHES = Map.of(
            "0005", List.of("001", "103", "115", "117", "123", "124", "125", "210"),
            "0009", List.of("001", "101", "111", "127"));

    @Inject
    BankAccounts bankAccounts;

    @Inject
    PaymentRuns paymentRuns;

    @Inject
    BankingCalendar banking;

    @Inject
    DemoPensions demoPensions;

    /**
     * Demo payments: the associations enter the accounts of most granted claims (one heir's account is not the
     * claimant's reading; one claim has none yet), a run is prepared, approved by another person and sent, and a
     * second run for the accounts entered after it waits for its approval. The pensioners' accounts come first, so
     * that the first run pays their arrears. Mandatory: it is a part of the seeder's one transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pay(List<Claim> grants, List<Claim> pensions, DemoActors actors) {
        Actor admin = actors.admin();
        Actor supervisor = actors.supervisor();
        for (Claim pension : pensions) {
            Actor association = actors.filerOf(pension);
            bankAccounts.changeAccount(
                    association,
                    pension.id(),
                    "0005",
                    "210",
                    ZenginTransfers.AccountType.ORDINARY,
                    String.format("%07d", 7_654_000 + pension.id()),
                    pension.claimant().familyNameKana() + " "
                            + pension.claimant().givenNameKana());
        }
        LocalDate payDay = Today.inJapan();
        var calendar = banking.calendar();
        while (!calendar.isBankingDay(payDay)) {
            payDay = payDay.plusDays(1);
        }
        int half = grants.size() / 2;
        for (int k = 1; k < grants.size(); k++) {
            if (k == half + 1) {
                var sent = paymentRuns.prepare(admin, payDay);
                paymentRuns.decide(supervisor, sent.id(), true, "口座と金額を照合しました。");
                paymentRuns.markSent(admin, sent.id());
                demoPensions.afterTheFirstRun(pensions, actors);
            }
            Claim claim = grants.get(k);
            Actor association = actors.filerOf(claim);
            var claimant = claim.claimant();
            String holder = k == 2 ? "ｼﾝｶﾞｲ ﾊﾅｺ" : claimant.familyNameKana() + " " + claimant.givenNameKana();
            String bank = k % 3 == 0 ? "0009" : "0005";
            List<String> branches = BRANCHES.get(bank);
            bankAccounts.changeAccount(
                    association,
                    claim.id(),
                    bank,
                    branches.get(k % branches.size()),
                    k % 4 == 0 ? ZenginTransfers.AccountType.SAVINGS : ZenginTransfers.AccountType.ORDINARY,
                    String.format("%07d", 1_234_500 + k * 7),
                    holder);
        }
        paymentRuns.prepare(admin, payDay);
    }
}
