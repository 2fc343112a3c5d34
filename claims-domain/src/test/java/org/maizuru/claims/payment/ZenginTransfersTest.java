package org.maizuru.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.payment.ZenginTransfers.AccountType;
import org.maizuru.claims.payment.ZenginTransfers.Payee;
import org.maizuru.claims.payment.ZenginTransfers.Transfer;

class ZenginTransfersTest {

    private static final ZenginTransfers.Requester PROGRAMME = new ZenginTransfers.Requester(
            "1234567890", "ﾄｸﾍﾞﾂｷﾕｳﾌｷﾝ", "0001", "ﾐｽﾞﾎ", "001", "ﾎﾝﾃﾝ", AccountType.ORDINARY, "7654321");

    private static Transfer to(String name, long yen, Payee payee) {
        return new Transfer(
                "0005",
                "ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ",
                "123",
                "ﾏｲﾂﾞﾙ",
                AccountType.SAVINGS,
                "12345",
                name,
                yen,
                payee,
                "MZ-2026-000123");
    }

    @Test
    void aFileIsAHeaderItsTransfersATrailerAndAnEndEachOf120BytesInShiftJis() {
        byte[] file = ZenginTransfers.write(
                PROGRAMME,
                LocalDate.of(2027, 2, 15),
                List.of(to("まいづる きよし", 250_000, Payee.FIRST), to("ﾀｶﾊｼ ｶｽﾞｺ", 1_100_000, Payee.CHANGED)));

        assertEquals(5 * 122, file.length, "five records of 120 bytes, each ended by CR LF");
        List<String> records = ZenginTransfers.records(file);
        assertEquals(
                List.of('1', '2', '2', '8', '9'),
                records.stream().map(r -> r.charAt(0)).toList());
        String header = records.get(0);
        assertEquals("1210" + "1234567890", header.substring(0, 14));
        assertEquals("0215", header.substring(54, 58), "the transfer date as MMDD");
        assertEquals("0001", header.substring(58, 62));
        assertEquals("1" + "7654321", header.substring(95, 103));
    }

    @Test
    void aTransferWritesItsAccountNameAmountAndNewPayeeCodeInTheirColumns() {
        String data = ZenginTransfers.records(ZenginTransfers.write(
                        PROGRAMME, LocalDate.of(2027, 2, 15), List.of(to("まいづる きよし", 250_000, Payee.FIRST))))
                .get(1);

        assertEquals("0005", data.substring(1, 5));
        assertEquals("123", data.substring(20, 23));
        assertEquals("0000", data.substring(38, 42), "no clearing house");
        assertEquals("4", data.substring(42, 43), "a savings account");
        assertEquals("0012345", data.substring(43, 50), "the account number zero-filled to 7 digits");
        assertEquals("ﾏｲﾂﾞﾙ ｷﾖｼ" + " ".repeat(21), data.substring(50, 80), "the payee as the bank holds the name");
        assertEquals("0000250000", data.substring(80, 90));
        assertEquals("1", data.substring(90, 91), "the first transfer to this account");
        assertEquals("2026000123", data.substring(91, 101), "the claim number's digits");
        assertEquals("7", data.substring(111, 112), "telegraphic transfer");
    }

    @Test
    void aPaymentToAnAccountWritesTheBanksAndBranchsKanaFromTheZenginMaster() {
        var account = new BankAccount(7L);
        account.change(
                new BankAccount.Details("0001", "001", AccountType.ORDINARY, "1234567", "ﾏｲﾂﾞﾙ ｷﾖｼ"),
                true,
                false,
                "assoc-a",
                Instant.parse("2027-02-01T00:00:00Z"));
        var payment = new org.maizuru.claims.payment.Transfer(1L, 7L, "MZ-2027-000007", account, 250_000);

        String data = ZenginTransfers.records(
                        ZenginTransfers.write(PROGRAMME, LocalDate.of(2027, 2, 15), List.of(payment.asRecord())))
                .get(1);

        assertEquals("0001", data.substring(1, 5));
        assertEquals("ﾐｽﾞﾎ" + " ".repeat(11), data.substring(5, 20), "みずほ銀行 in the master's kana, columns 6-20");
        assertEquals("001", data.substring(20, 23));
        assertEquals("ﾄｳｷﾖｳ" + " ".repeat(10), data.substring(23, 38), "東京営業部, columns 24-38");
        assertEquals("ﾏｲﾂﾞﾙ ｷﾖｼ" + " ".repeat(21), data.substring(50, 80));
    }

    @Test
    void theTrailerCountsTheTransfersAndTotalsTheirYen() {
        String trailer = ZenginTransfers.records(ZenginTransfers.write(
                        PROGRAMME,
                        LocalDate.of(2027, 2, 15),
                        List.of(
                                to("ｱ", 250_000, Payee.KNOWN),
                                to("ｲ", 1_100_000, Payee.KNOWN),
                                to("ｳ", 3, Payee.KNOWN))))
                .get(4);

        assertEquals("8" + "000003" + "000001350003", trailer.substring(0, 19));
        assertTrue(trailer.substring(19).isBlank());
    }

    @Test
    void aLongNameIsCutAtItsFieldButANumberThatDoesNotFitOrAKanjiIsRefused() {
        String data = ZenginTransfers.records(ZenginTransfers.write(
                        PROGRAMME, LocalDate.of(2027, 2, 15), List.of(to("ｱ".repeat(40), 1, Payee.KNOWN))))
                .get(1);
        assertEquals("ｱ".repeat(30), data.substring(50, 80));

        assertThrows(
                IllegalArgumentException.class,
                () -> ZenginTransfers.write(
                        PROGRAMME, LocalDate.of(2027, 2, 15), List.of(to("ｱ", 12_345_678_901L, Payee.KNOWN))),
                "ten digits of yen at most");
        assertThrows(
                IllegalArgumentException.class,
                () -> ZenginTransfers.write(PROGRAMME, LocalDate.of(2027, 2, 15), List.of(to("舞鶴 清", 1, Payee.KNOWN))),
                "a kanji cannot go to the bank");
        assertThrows(IllegalArgumentException.class, () -> to("ｱ", 0, Payee.KNOWN), "nothing is paid twice, or zero");
    }
}
