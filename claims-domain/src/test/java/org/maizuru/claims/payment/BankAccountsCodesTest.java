package org.maizuru.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.DomainException;

/** The codes of an account are checked against the Zengin master before anything is stored. */
class BankAccountsCodesTest {

    private final BankAccounts accounts = new BankAccounts();

    @Test
    void bankCode9999IsRefusedBesideTheBankCodeAsUnknownToTheMaster() {
        var refused = assertThrows(DomainException.Invalid.class, () -> accounts.bankOf("9999"));

        assertEquals(List.of("bankCode"), fields(refused));
        assertEquals("payment.bankUnknown", refused.violations().getFirst().code());
        assertEquals(
                "金融機関コード 9999 は全銀協の金融機関コードにありません。通帳やキャッシュカードのコードを確かめてください。",
                refused.violations().getFirst().message(Locale.JAPANESE));
    }

    @Test
    void aKnownCodeAsPeopleTypeItNamesTheBankAndItsBranch() {
        assertEquals("みずほ銀行", accounts.bankOf("０００１").name());
        var branch = accounts.branchOf("0001", "００１");
        assertEquals("みずほ銀行", branch.bank().name());
        assertEquals("東京営業部", branch.name());
    }

    @Test
    void aBranchTheBankDoesNotHaveIsRefusedBesideTheBranchCodeNamingTheBank() {
        var refused = assertThrows(DomainException.Invalid.class, () -> accounts.branchOf("0001", "999"));

        assertEquals(List.of("branchCode"), fields(refused));
        assertEquals("payment.branchUnknown", refused.violations().getFirst().code());
        assertEquals(
                "みずほ銀行 has no branch with the code 999: check the code on the passbook or the cash card.",
                refused.violations().getFirst().message(Locale.ENGLISH));
    }

    @Test
    void codesOfTheWrongLengthAreRefusedAsBefore() {
        var refused = assertThrows(DomainException.Invalid.class, () -> accounts.branchOf("12", "1"));

        assertEquals(List.of("bankCode", "branchCode"), fields(refused));
        assertEquals(
                List.of("payment.bankCode", "payment.branchCode"),
                refused.violations().stream()
                        .map(DomainException.Violation::code)
                        .toList());
    }

    private static List<String> fields(DomainException.Invalid refused) {
        return refused.violations().stream()
                .map(DomainException.Violation::field)
                .toList();
    }
}
