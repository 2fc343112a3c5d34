package org.maizuru.claims.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.maizuru.claims.payment.BankDirectory;

class DemoPaymentsTest {

    @Test
    void theDemosAccountsAreAtBranchesTheZenginMasterLists() {
        DemoPayments.BRANCHES.forEach((bank, branches) -> branches.forEach(
                branch -> assertTrue(BankDirectory.master().branch(bank, branch).isPresent(), bank + "-" + branch)));
    }
}
