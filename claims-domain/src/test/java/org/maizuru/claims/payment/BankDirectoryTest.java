package org.maizuru.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankDirectoryTest {

    private final BankDirectory master = BankDirectory.master();

    @Test
    void bank0001IsMizuhoBankAndItsBranch001IsTheTokyoMainOffice() {
        var branch = master.branch("0001", "001").orElseThrow();

        assertEquals("みずほ銀行", branch.bank().name());
        assertEquals("みずほ", branch.bank().masterName(), "the master leaves 銀行 out");
        assertEquals("東京営業部", branch.name());
        assertEquals("ﾐｽﾞﾎ", branch.bank().fileName(), "the master's kana in the bank's half-width form");
        assertEquals("ﾄｳｷﾖｳ", branch.fileName());
    }

    @Test
    void aCodeTheMasterDoesNotListIsNoBankAndNoBranch() {
        assertTrue(master.bank("9999").isEmpty());
        assertTrue(master.branch("0001", "999").isEmpty());
        assertTrue(master.branch("9999", "001").isEmpty());
        assertTrue(master.bank(null).isEmpty());
    }

    @Test
    void banksAreNamedWithTheWordTheMasterLeavesOutAndOtherInstitutionsAsTheMasterWritesThem() {
        assertEquals("三菱ＵＦＪ銀行", name("0005"));
        assertEquals("三菱ＵＦＪ信託銀行", name("0288"), "a trust bank");
        assertEquals("ゆうちょ銀行", name("9900"), "Japan Post Bank, outside the banks' codes");
        assertEquals("ワイズ・ペイメンツ・ジャパン", name("0200"), "a funds-transfer business is no bank");
        assertEquals("北海道信金", name("1001"), "a shinkin bank, its kind already in its name");
        assertEquals("商工中金", name("2004"));
        assertEquals("北海道労金", name("2951"));
        assertEquals("鶴岡市農協", name("4000"));
        assertTrue(master.banks().stream().noneMatch(b -> b.name().endsWith("銀行銀行")), "no bank is named twice over");
    }

    @Test
    void everyNameOfTheMasterFitsItsFieldOfTheTransferFile() {
        for (var bank : master.banks()) {
            assertTrue(
                    BankKana.isBankForm(bank.fileName()) && bank.fileName().length() <= 15,
                    bank.code() + " " + bank.fileName());
        }
        for (var branch : master.branches()) {
            assertTrue(
                    BankKana.isBankForm(branch.fileName()) && branch.fileName().length() <= 15,
                    branch.bank().code() + "-" + branch.code() + " " + branch.fileName());
        }
    }

    @Test
    void theMasterIsDatedByItsVersionsSuffixAndHoldsEveryBank() {
        var edition = master.edition();

        assertEquals("zengin-code", edition.dataset());
        String suffix = edition.version().substring(edition.version().indexOf("-p") + 2);
        assertEquals(
                LocalDate.of(
                        Integer.parseInt(suffix.substring(0, 4)),
                        Integer.parseInt(suffix.substring(4, 6)),
                        Integer.parseInt(suffix.substring(6, 8))),
                edition.takenOn());
        assertEquals(master.banks().size(), edition.banks());
        assertEquals(master.branches().size(), edition.branches());
        assertTrue(edition.banks() > 1000 && edition.branches() > 20_000, edition.toString());
    }

    private String name(String code) {
        return master.bank(code).orElseThrow().name();
    }
}
