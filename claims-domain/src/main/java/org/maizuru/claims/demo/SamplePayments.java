package org.maizuru.claims.demo;

import static org.maizuru.claims.kernel.AuditRecord.details;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.maizuru.claims.demo.HistoryWriter.EventRow;
import org.maizuru.claims.demo.HistoryWriter.NextIds;
import org.maizuru.claims.demo.HistoryWriter.PaidRow;

/** The sample history's payments: what a batch's grants were paid, written as the payment capability writes it. */
final class SamplePayments {

    /** The two administrators who prepare and approve the sample payment runs: four eyes, as on every run. */
    private static final String RUN_PREPARER = "admin-01";

    private static final String RUN_APPROVER = "admin-02";

    /**
     * The grants of a batch paid: each claimant's account (with the bank and branch of Mizuho's head office, a
     * number of the claim's own, and the claimant's reading as the holder), and one run, sent two weeks after the
     * batch's last decision, with a transfer and a paid line for each. Returns the run's events and the accounts'.
     */
    static List<EventRow> paid(Connection connection, List<PaidRow> rows, NextIds ids) throws SQLException {
        Instant lastDecided =
                rows.stream().map(PaidRow::decidedAt).max(Instant::compareTo).orElseThrow();
        LocalDate payDate =
                lastDecided.atZone(HistoryGenerator.JAPAN).toLocalDate().plusDays(14);
        Instant prepared = payDate.minusDays(5)
                .atTime(10, 0)
                .atZone(HistoryGenerator.JAPAN)
                .toInstant();
        Instant approved = prepared.plus(2, ChronoUnit.HOURS);
        Instant sent = approved.plus(1, ChronoUnit.HOURS);
        long run = ids.take("payment_run");
        long total = rows.stream().mapToLong(PaidRow::amountYen).sum();
        var events = new ArrayList<EventRow>();
        try (PreparedStatement insertRun = connection.prepareStatement("""
                        insert into payment_run (id, pay_date, state, transfer_count, total_yen, prepared_by, prepared_at,
                            decided_by, decided_at, sent_by, sent_at, version)
                        values (?, ?, 'SENT', ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
                PreparedStatement account = connection.prepareStatement("""
                        insert into bank_account (claim_id, bank_code, branch_code, account_type, account_number,
                            holder_name, holder_matches, payee_code, updated_by, updated_at, version)
                        values (?, '0001', '001', 'ORDINARY', ?, ?, true, 'KNOWN', ?, ?, 0)""");
                PreparedStatement transfer = connection.prepareStatement("""
                        insert into transfer (id, run_id, claim_id, claim_number, bank_code, branch_code, account_type,
                            account_number, holder_name, payee_code, amount_yen, state)
                        values (?, ?, ?, ?, '0001', '001', 'ORDINARY', ?, ?, 'FIRST', ?, 'SENT')""");
                PreparedStatement line = connection.prepareStatement("""
                        insert into entitlement (id, claim_id, decision_id, period, amount_yen, due_on, state,
                            transfer_id)
                        values (?, ?, ?, 'ONCE', ?, ?, 'PAID', ?)""")) {
            int i = 1;
            insertRun.setLong(i++, run);
            insertRun.setDate(i++, Date.valueOf(payDate));
            insertRun.setInt(i++, rows.size());
            insertRun.setLong(i++, total);
            insertRun.setString(i++, RUN_PREPARER);
            insertRun.setTimestamp(i++, Timestamp.from(prepared));
            insertRun.setString(i++, RUN_APPROVER);
            insertRun.setTimestamp(i++, Timestamp.from(approved));
            insertRun.setString(i++, RUN_PREPARER);
            insertRun.setTimestamp(i, Timestamp.from(sent));
            insertRun.executeUpdate();
            for (PaidRow row : rows) {
                String number = String.format("%07d", row.claimId() % 10_000_000);
                Instant given = row.decidedAt().plus(1, ChronoUnit.DAYS);
                account.setLong(1, row.claimId());
                account.setString(2, number);
                account.setString(3, row.holder());
                account.setString(4, row.filer());
                account.setTimestamp(5, Timestamp.from(given));
                account.addBatch();
                long id = ids.take("transfer");
                i = 1;
                transfer.setLong(i++, id);
                transfer.setLong(i++, run);
                transfer.setLong(i++, row.claimId());
                transfer.setString(i++, row.claimNumber());
                transfer.setString(i++, number);
                transfer.setString(i++, row.holder());
                transfer.setLong(i, row.amountYen());
                transfer.addBatch();
                i = 1;
                line.setLong(i++, ids.take("entitlement"));
                line.setLong(i++, row.claimId());
                line.setLong(i++, row.decisionId());
                line.setLong(i++, row.amountYen());
                line.setDate(
                        i++,
                        Date.valueOf(
                                row.decidedAt().atZone(HistoryGenerator.JAPAN).toLocalDate()));
                line.setLong(i, id);
                line.addBatch();
                events.add(new EventRow(
                        given,
                        row.filer(),
                        "ASSOCIATION",
                        "10.0.0.1",
                        "BANK_ACCOUNT_CHANGED",
                        row.claimId(),
                        "Claim " + row.claimNumber(),
                        "Account 0001-001 ****" + number.substring(3),
                        details("claim", row.claimNumber(), "bankCode", "0001", "branchCode", "001")));
            }
            account.executeBatch();
            transfer.executeBatch();
            line.executeBatch();
        }
        String entity = "Payment run " + run;
        var summary = "Run " + run + " for " + payDate + ": " + rows.size() + " transfer(s), ¥" + total;
        events.add(new EventRow(
                prepared,
                RUN_PREPARER,
                "ADMINISTRATOR",
                "10.0.0.2",
                "PAYMENT_RUN_PREPARED",
                null,
                entity,
                summary,
                details("run", run, "payDate", payDate)));
        events.add(new EventRow(
                approved,
                RUN_APPROVER,
                "ADMINISTRATOR",
                "10.0.0.3",
                "PAYMENT_RUN_APPROVED",
                null,
                entity,
                "Run " + run + " approved",
                details("run", run)));
        events.add(new EventRow(
                sent,
                RUN_PREPARER,
                "ADMINISTRATOR",
                "10.0.0.2",
                "PAYMENT_RUN_SENT",
                null,
                entity,
                "Run " + run + " sent to the bank",
                details("run", run)));
        return events;
    }

    private SamplePayments() {}
}
