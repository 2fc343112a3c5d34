package org.maizuru.claims.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.kernel.AuditRecord;
import org.maizuru.claims.kernel.Sha256;

/**
 * Writes the sample history straight through JDBC, a batch of claims per transaction: the claims with their
 * stays and name keys, their evidence (each with the same small document) and their decisions; for the grants of a
 * batch, the claimants' bank accounts and one payment run, sent, that paid them. Their audit events go to the audit
 * capability, which appends them to the chain under the chain head's lock as it appends the application's own, so
 * that the chain still verifies.
 */
@ApplicationScoped
public class HistoryWriter {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ImportJobs jobs;

    @Inject
    AuditService audit;

    /** A claim row, as the claim table holds it. */
    record ClaimRow(
            long id,
            String number,
            long associationId,
            String status,
            String relationship,
            String claimantFamily,
            String claimantGiven,
            String claimantFamilyKana,
            String claimantGivenKana,
            LocalDate claimantBorn,
            SampleHistory.Internee internee,
            Instant createdAt,
            String createdBy,
            Instant submittedAt,
            String assignedTo,
            List<String> keys) {}

    /** A decision row. */
    record DecisionRow(
            long id,
            long claimId,
            String outcome,
            long amountYen,
            Integer tier,
            LocalDate landing,
            LocalDate internedFrom,
            LocalDate internedTo,
            String reasonCodes,
            String reason,
            String recommendedBy,
            String approvedBy,
            Instant decidedAt) {}

    /** An audit event before the chain numbers it. */
    record EventRow(
            Instant at,
            String actor,
            String role,
            String address,
            String action,
            Long claimId,
            String entity,
            String summary,
            Map<String, String> details) {}

    /** A document uploaded with a claim; accepted once a caseworker judged it. */
    record EvidenceRow(long claimId, String type, Instant uploadedAt, String uploadedBy, boolean accepted) {
        EvidenceRow judged() {
            return new EvidenceRow(claimId, type, uploadedAt, uploadedBy, true);
        }
    }

    /** A grant paid: to the claimant's account, in the batch's payment run. */
    record PaidRow(
            long claimId,
            String claimNumber,
            long decisionId,
            long amountYen,
            Instant decidedAt,
            String holder,
            String filer) {}

    /** One transaction's worth. */
    record Batch(
            List<ClaimRow> claims,
            List<DecisionRow> decisions,
            List<EventRow> events,
            List<EvidenceRow> evidence,
            List<PaidRow> paid) {
        Batch() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /** The tables the history writes with ids of its own, from past the rows already there. */
    static final List<String> NUMBERED =
            List.of("claim", "decision", "evidence", "payment_run", "transfer", "entitlement");

    /** The next free id of each numbered table, taken as rows are made. */
    public static final class NextIds {
        private final Map<String, Long> next;

        NextIds(Map<String, Long> next) {
            this.next = new LinkedHashMap<>(next);
        }

        long take(String table) {
            return next.merge(table, 1L, Long::sum) - 1;
        }
    }

    /** The one document of every sample evidence record, and its digest. */
    private static final byte[] DOCUMENT = DemoCertificate.sample();

    private static final String DOCUMENT_SHA256 = Sha256.hex(DOCUMENT);

    /** The repatriation table of the seed history, as the migrations loaded it. */
    @Transactional
    public Map<Integer, Integer> repatriationTable() {
        var table = new LinkedHashMap<Integer, Integer>();
        for (Object row : em.createNativeQuery(
                        "select return_year, released from repatriation_by_year order by return_year")
                .getResultList()) {
            Object[] values = (Object[]) row;
            table.put(((Number) values[0]).intValue(), ((Number) values[1]).intValue());
        }
        return table;
    }

    /**
     * The associations the sample claims are filed by: the existing ones and, up to {@code wanted}, branches of
     * a national association (about sixty associations exist).
     */
    @Transactional
    public List<Long> associations(int wanted) {
        List<?> ids =
                em.createNativeQuery("select id from association order by id").getResultList();
        for (int n = ids.size() + 1; n <= wanted; n++) {
            em.createNativeQuery("insert into association (code, name_ja, name_en) values (?1, ?2, ?3)")
                    .setParameter(1, String.format("SAMPLE-%02d", n))
                    .setParameter(2, String.format("全国抑留者補償協議会 第%d支部", n))
                    .setParameter(3, String.format("National Council of Former Internees, branch %d", n))
                    .executeUpdate();
        }
        return em.createNativeQuery("select id from association order by id").getResultList().stream()
                .map(id -> ((Number) id).longValue())
                .toList();
    }

    /** The next free ids of the numbered tables: the sample rows take numbers from there on. */
    @Transactional
    public NextIds nextIds() {
        var next = new LinkedHashMap<String, Long>();
        for (String table : NUMBERED) {
            next.put(
                    table,
                    ((Number) em.createNativeQuery("select coalesce(max(id), 0) + 1 from " + table)
                                    .getSingleResult())
                            .longValue());
        }
        return new NextIds(next);
    }

    /** Moves the identity columns past the rows written with explicit ids. */
    @Transactional
    public void restartIdentities() {
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String table : NUMBERED) {
                    long next;
                    try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                        max.next();
                        next = max.getLong(1);
                    }
                    statement.execute("alter table " + table + " alter column id restart with " + next);
                }
            }
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(long jobId, Batch batch, NextIds ids) {
        List<EventRow> events = new ArrayList<>(batch.events());
        em.unwrap(Session.class).doWork(connection -> {
            claims(connection, batch.claims());
            evidence(connection, batch.evidence(), ids);
            decisions(connection, batch.decisions());
            if (!batch.paid().isEmpty()) {
                events.addAll(SamplePayments.paid(connection, batch.paid(), ids));
            }
        });
        audit.appendPast(events.stream()
                .map(row -> new AuditService.PastEvent(
                        row.at(),
                        new AuditRecord(
                                row.actor(),
                                row.role(),
                                row.address(),
                                row.action(),
                                row.claimId(),
                                row.entity(),
                                row.summary(),
                                row.details())))
                .toList());
        jobs.count(jobId, batch.claims().size(), List.of());
    }

    private static void claims(Connection connection, List<ClaimRow> rows) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement("""
                insert into claim (id, number, programme_code, association_id, status, language, claimant_relationship,
                    claimant_family_name, claimant_given_name, claimant_family_name_kana, claimant_given_name_kana,
                    claimant_birth_date, internee_family_name, internee_given_name, internee_family_name_kana,
                    internee_given_name_kana, internee_birth_date, internee_sex, internee_date_of_death, captured_on,
                    capture_area, returned_on, return_port, created_at, created_by, submitted_at, assigned_to, version)
                values (?, ?, 'SPECIAL_BENEFIT_2010', ?, ?, 'ja', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'MALE', ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, 0)""");
                PreparedStatement stay = connection.prepareStatement(
                        "insert into internment_stay (claim_id, position, place_code, from_date, to_date) values (?, ?, ?, ?, ?)");
                PreparedStatement key = connection.prepareStatement(
                        "insert into claim_name_key (claim_id, name_key, birth_date) values (?, ?, ?)")) {
            for (ClaimRow row : rows) {
                var internee = row.internee();
                int i = 1;
                claim.setLong(i++, row.id());
                claim.setString(i++, row.number());
                claim.setLong(i++, row.associationId());
                claim.setString(i++, row.status());
                claim.setString(i++, row.relationship());
                claim.setString(i++, row.claimantFamily());
                claim.setString(i++, row.claimantGiven());
                claim.setString(i++, row.claimantFamilyKana());
                claim.setString(i++, row.claimantGivenKana());
                claim.setDate(i++, Date.valueOf(row.claimantBorn()));
                claim.setString(i++, internee.familyName());
                claim.setString(i++, internee.givenName());
                claim.setString(i++, internee.familyKana());
                claim.setString(i++, internee.givenKana());
                claim.setDate(i++, Date.valueOf(internee.born()));
                date(claim, i++, internee.died());
                date(claim, i++, internee.captured());
                claim.setString(i++, internee.captureArea());
                date(claim, i++, internee.returned());
                claim.setString(i++, internee.port());
                claim.setTimestamp(i++, Timestamp.from(row.createdAt()));
                claim.setString(i++, row.createdBy());
                claim.setTimestamp(i++, row.submittedAt() == null ? null : Timestamp.from(row.submittedAt()));
                claim.setString(i, row.assignedTo());
                claim.addBatch();
                LocalDate from = internee.captured().plusDays(25);
                LocalDate end =
                        internee.returned() != null ? internee.returned().minusDays(20) : internee.died();
                List<String> camps = internee.camps();
                long span = Math.max(camps.size(), end.toEpochDay() - from.toEpochDay());
                for (int position = 0; position < camps.size(); position++) {
                    stay.setLong(1, row.id());
                    stay.setInt(2, position);
                    stay.setString(3, camps.get(position));
                    stay.setDate(4, Date.valueOf(from.plusDays(span * position / camps.size())));
                    stay.setDate(
                            5,
                            Date.valueOf(
                                    position == camps.size() - 1
                                            ? end
                                            : from.plusDays(span * (position + 1) / camps.size() - 1)));
                    stay.addBatch();
                }
                for (String name : row.keys()) {
                    key.setLong(1, row.id());
                    key.setString(2, name);
                    key.setDate(3, Date.valueOf(internee.born()));
                    key.addBatch();
                }
            }
            claim.executeBatch();
            stay.executeBatch();
            key.executeBatch();
        }
    }

    private static void evidence(Connection connection, List<EvidenceRow> rows, NextIds ids) throws SQLException {
        try (PreparedStatement evidence = connection.prepareStatement("""
                        insert into evidence (id, claim_id, type, file_name, media_type, size_bytes, sha256, uploaded_at,
                            uploaded_by, verdict, version)
                        values (?, ?, ?, ?, 'application/pdf', ?, ?, ?, ?, ?, 0)""");
                PreparedStatement content = connection.prepareStatement(
                        "insert into evidence_content (evidence_id, content) values (?, ?)")) {
            for (EvidenceRow row : rows) {
                long id = ids.take("evidence");
                int i = 1;
                evidence.setLong(i++, id);
                evidence.setLong(i++, row.claimId());
                evidence.setString(i++, row.type());
                evidence.setString(i++, row.type().toLowerCase(Locale.ROOT) + ".pdf");
                evidence.setLong(i++, DOCUMENT.length);
                evidence.setString(i++, DOCUMENT_SHA256);
                evidence.setTimestamp(i++, Timestamp.from(row.uploadedAt()));
                evidence.setString(i++, row.uploadedBy());
                evidence.setString(i, row.accepted() ? "ACCEPTED" : "PENDING");
                evidence.addBatch();
                content.setLong(1, id);
                content.setBytes(2, DOCUMENT);
                content.addBatch();
            }
            evidence.executeBatch();
            content.executeBatch();
        }
    }

    private static void decisions(Connection connection, List<DecisionRow> rows) throws SQLException {
        try (PreparedStatement decision = connection.prepareStatement("""
                insert into decision (id, claim_id, programme_code, outcome, amount_yen, period, tier, landing_date,
                    interned_from, interned_to, reason_codes, reason, recommended_by, approved_by, decided_at,
                    appealable_until)
                values (?, ?, 'SPECIAL_BENEFIT_2010', ?, ?, 'ONCE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (DecisionRow row : rows) {
                int i = 1;
                decision.setLong(i++, row.id());
                decision.setLong(i++, row.claimId());
                decision.setString(i++, row.outcome());
                decision.setLong(i++, row.amountYen());
                if (row.tier() == null) {
                    decision.setNull(i++, Types.INTEGER);
                } else {
                    decision.setInt(i++, row.tier());
                }
                date(decision, i++, row.landing());
                date(decision, i++, row.internedFrom());
                date(decision, i++, row.internedTo());
                decision.setString(i++, row.reasonCodes());
                decision.setString(i++, row.reason());
                decision.setString(i++, row.recommendedBy());
                decision.setString(i++, row.approvedBy());
                decision.setTimestamp(i++, Timestamp.from(row.decidedAt()));
                decision.setDate(
                        i,
                        Date.valueOf(row.decidedAt()
                                .atZone(HistoryGenerator.JAPAN)
                                .toLocalDate()
                                .plusDays(60)));
                decision.addBatch();
            }
            decision.executeBatch();
        }
    }

    private static void date(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }
}
