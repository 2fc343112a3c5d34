package org.maizuru.claims.payment;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.maizuru.claims.kernel.Language;
import org.maizuru.claims.platform.LetterPdf;

/**
 * The accounts of a run beside its transfer file: a CSV of its transfers, one per line with the file's fields, and
 * a PDF summary with the totals and the file's SHA-256 that whoever sends it signs off.
 */
final class RunDocuments {

    static final List<String> CSV_COLUMNS = List.of(
            "claimNumber",
            "bankCode",
            "branchCode",
            "accountType",
            "accountNumber",
            "holderName",
            "amountYen",
            "payee",
            "state");

    private RunDocuments() {}

    /**
     * The run's transfers for a person to read, in a spreadsheet: headings and words in the reader's language (the
     * 全銀 file is what machines read), with a byte-order mark so that Excel reads UTF-8 as such.
     */
    static byte[] csv(PaymentRun run, List<Transfer> transfers, Language reader) {
        var words = ResourceBundle.getBundle(
                "org.maizuru.claims.payment.RunCsv",
                reader.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var out = new StringWriter();
        out.write('\uFEFF');
        var headings = CSV_COLUMNS.stream().map(words::getString).toArray(String[]::new);
        try (var printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(headings).get())) {
            for (Transfer transfer : transfers) {
                var account = transfer.account();
                printer.printRecord(
                        transfer.claimNumber(),
                        account.bankCode(),
                        account.branchCode(),
                        words.getString("accountType." + account.accountType().name()),
                        account.accountNumber(),
                        account.holderName(),
                        transfer.amountYen(),
                        words.getString("payee." + transfer.payeeCode().name()),
                        words.getString("state." + transfer.state().name()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("A CSV in memory cannot fail to be written", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(PaymentRun run, List<Transfer> transfers, Language reader, UnaryOperator<String> names) {
        var pdf = LetterPdf.in("org.maizuru.claims.payment.RunSummary", reader).open(pdf(run));
        pdf.subtitle(pdf.text("subtitle", run.id(), pdf.date(run.payDate())));
        pdf.fact(pdf.word("state"), pdf.wordOrCode("state." + run.state().name()), false);
        pdf.fact(pdf.word("transfers"), Integer.toString(run.transferCount()), false);
        pdf.fact(pdf.word("total"), yen(run.totalYen()), true);
        pdf.fact(pdf.word("preparedBy"), names.apply(run.preparedBy()), false);
        pdf.fact(pdf.word("approvedBy"), names.apply(run.decidedBy()), false);
        pdf.fact(pdf.word("sha256"), run.fileSha256(), false);
        pdf.endFacts();
        pdf.strong(pdf.word("list"));
        for (Transfer transfer : transfers) {
            var account = transfer.account();
            pdf.paragraph(transfer.claimNumber() + "   " + account.bankCode() + "-" + account.branchCode() + "   "
                    + account.maskedNumber() + "   " + account.holderName() + "   " + yen(transfer.amountYen()));
        }
        return pdf.finish();
    }

    private static String pdf(PaymentRun run) {
        return "#" + run.id();
    }

    private static String yen(long amount) {
        return "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }
}
