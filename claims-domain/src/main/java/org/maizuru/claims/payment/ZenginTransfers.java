package org.maizuru.claims.payment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Japanese Bankers Association's general-transfer file (全銀協 総合振込): a header, one data record per
 * transfer, a trailer with their count and total, and an end record; each record 120 bytes of JIS X 0201 in
 * Shift_JIS, ended by CR LF. Numbers are right-aligned and zero-filled, text left-aligned and space-filled. A name
 * longer than its field is cut at the field, as banks read it; a number that does not fit is refused, never cut.
 */
public final class ZenginTransfers {

    /** Record length without the line end. */
    public static final int RECORD = 120;
    /** Shift_JIS as Windows and the banks' software write it: half-width katakana are one byte each. */
    public static final Charset ENCODING = Charset.forName("windows-31j");

    private static final byte[] LINE_END = {'\r', '\n'};

    /** Account types as the data record writes them; the header knows ordinary and current only. */
    public enum AccountType {
        ORDINARY(1),
        CURRENT(2),
        SAVINGS(4);

        final int code;

        AccountType(int code) {
            this.code = code;
        }
    }

    /** The new-payee code: 1 the first transfer to this account, 2 the account changed since the last one. */
    public enum Payee {
        KNOWN(0),
        FIRST(1),
        CHANGED(2);

        final int code;

        Payee(int code) {
            this.code = code;
        }
    }

    /** The programme's own account, the one paying, with the requester code its bank gave it. */
    public record Requester(
            String code,
            String name,
            String bankCode,
            String bankName,
            String branchCode,
            String branchName,
            AccountType accountType,
            String accountNumber) {
        public Requester {
            if (accountType == AccountType.SAVINGS) {
                throw new IllegalArgumentException("A requester's account is ordinary or current.");
            }
        }
    }

    /** One transfer to one payee's account. */
    public record Transfer(
            String bankCode,
            String bankName,
            String branchCode,
            String branchName,
            AccountType accountType,
            String accountNumber,
            String payeeName,
            long amountYen,
            Payee payee,
            String customerCode) {
        public Transfer {
            Objects.requireNonNull(accountType, "An account has a type.");
            Objects.requireNonNull(payee, "A transfer says whether the payee is new.");
            if (amountYen <= 0) {
                throw new IllegalArgumentException("A transfer moves a positive amount of yen: " + amountYen);
            }
        }
    }

    private ZenginTransfers() {}

    /** The whole file for transfers on {@code payDate}. */
    public static byte[] write(Requester requester, LocalDate payDate, List<Transfer> transfers) {
        var out = new ByteArrayOutputStream(RECORD * (transfers.size() + 3) + 2 * (transfers.size() + 3));
        record(
                out,
                new StringBuilder()
                        .append('1')
                        .append("21")
                        .append('0')
                        .append(number(requester.code(), 10, "requester code"))
                        .append(text(requester.name(), 40))
                        .append(number(
                                String.format("%02d%02d", payDate.getMonthValue(), payDate.getDayOfMonth()), 4, "date"))
                        .append(number(requester.bankCode(), 4, "bank code"))
                        .append(text(requester.bankName(), 15))
                        .append(number(requester.branchCode(), 3, "branch code"))
                        .append(text(requester.branchName(), 15))
                        .append(requester.accountType() == AccountType.CURRENT ? '2' : '1')
                        .append(number(requester.accountNumber(), 7, "account number"))
                        .append(" ".repeat(17)));
        long total = 0;
        for (Transfer transfer : transfers) {
            total = Math.addExact(total, transfer.amountYen());
            record(
                    out,
                    new StringBuilder()
                            .append('2')
                            .append(number(transfer.bankCode(), 4, "bank code"))
                            .append(text(transfer.bankName(), 15))
                            .append(number(transfer.branchCode(), 3, "branch code"))
                            .append(text(transfer.branchName(), 15))
                            .append("0000")
                            .append(transfer.accountType().code)
                            .append(number(transfer.accountNumber(), 7, "account number"))
                            .append(text(transfer.payeeName(), 30))
                            .append(number(Long.toString(transfer.amountYen()), 10, "amount"))
                            .append(transfer.payee().code)
                            .append(number(digits(transfer.customerCode()), 10, "customer code"))
                            .append("0".repeat(10))
                            .append('7')
                            .append(' ')
                            .append(" ".repeat(7)));
        }
        record(
                out,
                new StringBuilder()
                        .append('8')
                        .append(number(Integer.toString(transfers.size()), 6, "number of transfers"))
                        .append(number(Long.toString(total), 12, "total"))
                        .append(" ".repeat(101)));
        record(out, new StringBuilder().append('9').append(" ".repeat(119)));
        return out.toByteArray();
    }

    /** The file's records as text, without their line ends: what a test or a bank reads back. */
    public static List<String> records(byte[] file) {
        var records = new ArrayList<String>();
        int step = RECORD + LINE_END.length;
        if (file.length % step != 0) {
            throw new IllegalArgumentException("Not a file of " + RECORD + "-byte records: " + file.length + " bytes");
        }
        for (int at = 0; at < file.length; at += step) {
            records.add(new String(file, at, RECORD, ENCODING));
        }
        return records;
    }

    private static void record(ByteArrayOutputStream out, CharSequence record) {
        byte[] bytes = record.toString().getBytes(ENCODING);
        if (bytes.length != RECORD) {
            throw new IllegalStateException("A record is " + RECORD + " bytes, not " + bytes.length + ": " + record);
        }
        out.writeBytes(bytes);
        out.writeBytes(LINE_END);
    }

    /** A character field: the name in the bank's form, cut at the field or filled with spaces. */
    private static String text(String value, int width) {
        String bank = BankKana.of(value);
        String refused = BankKana.firstRefused(bank);
        if (refused != null) {
            throw new IllegalArgumentException("\"" + refused + "\" cannot be written in a transfer file: " + value);
        }
        return bank.length() >= width ? bank.substring(0, width) : bank + " ".repeat(width - bank.length());
    }

    /** A numeric field: digits only, zero-filled on the left; one that does not fit is refused. */
    private static String number(String value, int width, String what) {
        String digits = value == null ? "" : value.strip();
        if (!digits.matches("\\d*") || digits.length() > width) {
            throw new IllegalArgumentException("The " + what + " is " + width + " digits at most: " + value);
        }
        return "0".repeat(width - digits.length()) + digits;
    }

    /** The digits of a free code (MZ-2026-000123 gives 2026000123), the last ten of them. */
    private static String digits(String code) {
        String digits = code == null ? "" : code.replaceAll("\\D", "");
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }
}
