package org.maizuru.claims.demo;

import static org.maizuru.claims.kernel.AuditRecord.details;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.maizuru.claims.decision.Rate;

/**
 * The audit events of one sample claim, in the words the services write for the same steps, at times never later
 * than now. The client's address of each event is drawn from the claim's own random, so the order in which the
 * events are written is a part of the history: the same seed gives the same trail only if it stays.
 */
final class SampleClaimEvents {

    private final HistoryWriter.Batch batch;
    private final long claimId;
    private final String number;
    private final String entity;
    private final Random random;

    SampleClaimEvents(HistoryWriter.Batch batch, long claimId, String number, Random random) {
        this.batch = batch;
        this.claimId = claimId;
        this.number = number;
        this.entity = "Claim " + number;
        this.random = random;
    }

    /** The documents a sample claim is filed with, in the order the association uploads them. */
    static final List<String> DOCUMENTS = List.of(
            "REPATRIATION_CERTIFICATE", "LABOUR_CERTIFICATE", "DEMOBILISATION_RECORD", "ARCHIVE_REGISTRATION_CARD");

    /** Where this claim's evidence begins in the batch: the caseworker's verdicts mark it. */
    private int firstEvidence;

    /** The association drafts the claim, uploads its four documents and sends it in. */
    void filed(Instant created, Instant submitted, String filer) {
        at(
                created,
                filer,
                "ASSOCIATION",
                "CLAIM_CREATED",
                "Draft " + number + " filed",
                details("claim", number, "programme", HistoryGenerator.PROGRAMME));
        firstEvidence = batch.evidence().size();
        for (int n = 0; n < DOCUMENTS.size(); n++) {
            String type = DOCUMENTS.get(n);
            Instant uploaded = created.plusSeconds(90L * (n + 1));
            at(uploaded, filer, "ASSOCIATION", "EVIDENCE_UPLOADED", type + " uploaded", details("evidenceType", type));
            if (!uploaded.isAfter(Instant.now())) {
                batch.evidence().add(new HistoryWriter.EvidenceRow(claimId, type, uploaded, filer, false));
            }
        }
        at(
                submitted,
                filer,
                "ASSOCIATION",
                "CLAIM_SUBMIT",
                "DRAFT → SUBMITTED",
                details("from", "DRAFT", "to", "SUBMITTED"));
    }

    /** A caseworker reads the claim, takes it, accepts its documents and, one time in three, adds a note. */
    void assigned(Instant assigned, String caseworker) {
        at(assigned, caseworker, "CASEWORKER", "CLAIM_VIEWED", entity + " read", details("claim", number));
        at(
                assigned.plusSeconds(60),
                caseworker,
                "CASEWORKER",
                "CLAIM_ASSIGN",
                "SUBMITTED → IN_REVIEW",
                details("from", "SUBMITTED", "to", "IN_REVIEW", "caseworker", caseworker));
        for (int n = 0; n < DOCUMENTS.size(); n++) {
            String type = DOCUMENTS.get(n);
            at(
                    assigned.plusSeconds(900L + 200L * n),
                    caseworker,
                    "CASEWORKER",
                    "EVIDENCE_JUDGED",
                    type + " ACCEPTED",
                    details("evidenceType", type, "verdict", "ACCEPTED"));
        }
        for (int i = firstEvidence; i < batch.evidence().size(); i++) {
            batch.evidence().set(i, batch.evidence().get(i).judged());
        }
        if (random.nextInt(3) == 0) {
            at(
                    assigned.plusSeconds(1_500),
                    caseworker,
                    "CASEWORKER",
                    "NOTE_ADDED",
                    "Note added",
                    details("claim", number));
        }
    }

    /** The caseworker asks the association for the family register extract. */
    void informationRequested(Instant assigned, String caseworker) {
        at(
                assigned.plusSeconds(1_800),
                caseworker,
                "CASEWORKER",
                "CLAIM_REQUEST_INFORMATION",
                "IN_REVIEW → AWAITING_INFORMATION: family register extract",
                details("from", "IN_REVIEW", "to", "AWAITING_INFORMATION"));
    }

    /** Up to four more readings, by the caseworker or the association, within {@code days} of the filing. */
    void viewed(Instant filed, int days, String caseworker, String filer) {
        for (int views = random.nextInt(5); views > 0; views--) {
            Instant seen = filed.plus(random.nextInt(days), ChronoUnit.DAYS);
            boolean staff = random.nextBoolean();
            at(
                    seen,
                    staff ? caseworker : filer,
                    staff ? "CASEWORKER" : "ASSOCIATION",
                    "CLAIM_VIEWED",
                    entity + " read",
                    details("claim", number));
        }
    }

    /** The caseworker recommends the outcome, with the reason where it is a denial. */
    void recommended(Instant recommended, String caseworker, String outcome, String reasonCode) {
        at(
                recommended,
                caseworker,
                "CASEWORKER",
                "CLAIM_RECOMMEND",
                "IN_REVIEW → RECOMMENDED: " + (outcome.equals("GRANTED") ? "GRANT" : "DENY " + reasonCode),
                details(
                        "from",
                        "IN_REVIEW",
                        "to",
                        "RECOMMENDED",
                        "outcome",
                        outcome.equals("GRANTED") ? "GRANT" : "DENY",
                        "reasons",
                        outcome.equals("GRANTED") ? null : reasonCode));
    }

    /**
     * A supervisor reads the claim and approves the caseworker's recommendation, the decision is made (with its
     * tier and amount where granted), and three days later the association downloads the notice.
     */
    void decided(Instant decided, String supervisor, String caseworker, String filer, String outcome, Rate rate) {
        at(
                decided.minusSeconds(300),
                supervisor,
                "SUPERVISOR",
                "CLAIM_VIEWED",
                entity + " read",
                details("claim", number));
        at(
                decided,
                supervisor,
                "SUPERVISOR",
                "CLAIM_APPROVE",
                "RECOMMENDED → DECIDED: Recommendation of " + caseworker + " approved",
                details(
                        "from",
                        "RECOMMENDED",
                        "to",
                        "DECIDED",
                        "recommendedBy",
                        caseworker,
                        "outcome",
                        outcome.equals("GRANTED") ? "GRANT" : "DENY"));
        at(
                decided.plusSeconds(1),
                supervisor,
                "SUPERVISOR",
                "DECISION_MADE",
                outcome + (rate == null ? "" : " tier " + rate.tier() + " ¥" + rate.amountYen()),
                details(
                        "outcome",
                        outcome,
                        "amountYen",
                        rate == null ? 0 : rate.amountYen(),
                        "tier",
                        rate == null ? null : rate.tier()));
        at(
                decided.plus(3, ChronoUnit.DAYS),
                filer,
                "ASSOCIATION",
                "NOTICE_DOWNLOADED",
                "Notice downloaded",
                details("claim", number));
    }

    /** The system closes the claim once its appeal period is over. */
    void closed(Instant closed) {
        at(
                closed,
                "system",
                null,
                "CLAIM_CLOSE",
                "DECIDED → CLOSED: the appeal period is over",
                details("from", "DECIDED", "to", "CLOSED"));
    }

    private void at(Instant at, String actor, String role, String action, String summary, Map<String, String> details) {
        if (at.isAfter(Instant.now())) {
            return;
        }
        String address = "10.%d.%d.%d".formatted(random.nextInt(4), random.nextInt(256), 1 + random.nextInt(254));
        batch.events()
                .add(new HistoryWriter.EventRow(at, actor, role, address, action, claimId, entity, summary, details));
    }
}
