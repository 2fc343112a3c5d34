package org.maizuru.claims.claim;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.PlainText;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.kernel.Sha256;

/**
 * A claim's documents of evidence: uploaded by its association (the format read from the content, whatever the
 * name says), shown to those who may see the claim with nothing in them that can act, judged by casework, and
 * removed while a mistake can still be undone.
 */
@ApplicationScoped
@Transactional
public class EvidenceService {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ClaimProgress progress;

    /** The largest evidence document accepted: 25 MB. */
    public static final int MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

    /**
     * Stores an evidence document with its content in this transaction. The format is read from the content
     * itself; the file name only names it.
     */
    public Evidence addEvidence(
            Actor actor, long claimId, EvidenceType type, String language, String fileName, byte[] content) {
        requireRole(actor, Role.ASSOCIATION, "claim.filerOnly");
        Claim claim = load(actor, claimId);
        Objects.requireNonNull(type, "A document has a type.");
        if (!claim.acceptsEvidence() && !claim.acceptsDeathCertificate(type)) {
            throw new DomainException.Conflict("claim.closedToEvidence", claim.number(), claim.status());
        }
        if (content == null || content.length == 0) {
            throw new DomainException.Invalid("file", "document.empty");
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge(content.length);
        }
        DocumentFormat format = DocumentCheck.accepted(content);
        var evidence = new Evidence(
                claim,
                type,
                safeFileName(fileName, format),
                format,
                content.length,
                Sha256.hex(content),
                language,
                actor.username());
        em.persist(evidence);
        em.persist(new EvidenceContent(evidence.id(), content));
        claim.attach(evidence);
        record(
                actor,
                "EVIDENCE_UPLOADED",
                claim,
                type + " " + format.mediaType() + " " + content.length + " bytes, sha256 " + evidence.sha256(),
                details(
                        "evidence",
                        evidence.id(),
                        "evidenceType",
                        type,
                        "mediaType",
                        format.mediaType(),
                        "bytes",
                        content.length,
                        "sha256",
                        evidence.sha256()));
        return evidence;
    }

    /**
     * The association takes back a document uploaded by mistake (see {@link Claim#mayRemove}); the file is gone, the
     * trail keeps what it was: its kind, name, size and fingerprint.
     */
    public void removeEvidence(Actor actor, long claimId, long evidenceId) {
        requireRole(actor, Role.ASSOCIATION, "claim.filerOnly");
        Evidence evidence = evidence(actor, claimId, evidenceId);
        Claim claim = evidence.claim();
        if (!claim.mayRemove(evidence)) {
            throw new DomainException.Conflict("evidence.notRemovable", evidence.fileName());
        }
        EvidenceContent content = em.find(EvidenceContent.class, evidence.id());
        if (content != null) {
            em.remove(content);
        }
        claim.detach(evidence);
        em.remove(evidence);
        record(
                actor,
                "EVIDENCE_REMOVED",
                claim,
                "Evidence " + evidenceId + " removed: " + evidence.type() + " " + evidence.fileName() + ", sha256 "
                        + evidence.sha256(),
                details(
                        "evidence",
                        evidenceId,
                        "evidenceType",
                        evidence.type(),
                        "fileName",
                        evidence.fileName(),
                        "bytes",
                        evidence.size(),
                        "sha256",
                        evidence.sha256()));
    }

    public Evidence evidence(Actor actor, long claimId, long evidenceId) {
        Claim claim = load(actor, claimId);
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null || !evidence.claim().id().equals(claim.id())) {
            throw new DomainException.NotFound("evidence.notFound", evidenceId);
        }
        return evidence;
    }

    public StoredDocument document(Actor actor, long claimId, long evidenceId) {
        Evidence evidence = evidence(actor, claimId, evidenceId);
        EvidenceContent content = em.find(EvidenceContent.class, evidence.id());
        record(
                actor,
                "EVIDENCE_DOWNLOADED",
                evidence.claim(),
                "Evidence " + evidence.id() + " " + evidence.type(),
                details("evidence", evidence.id(), "evidenceType", evidence.type()));
        return new StoredDocument(evidence.fileName(), evidence.mediaType(), evidence.sha256(), content.content())
                .inert();
    }

    /** A reviewer's verdict on one document. */
    public Evidence judge(Actor actor, long claimId, long evidenceId, EvidenceVerdict verdict, String reason) {
        if (!actor.role().worksClaims()) {
            throw new DomainException.Forbidden("review.caseworkOnly");
        }
        PlainText.requireLines("reason", reason, 2000);
        Evidence evidence = evidence(actor, claimId, evidenceId);
        evidence.judge(verdict, reason);
        record(
                actor,
                "EVIDENCE_JUDGED",
                evidence.claim(),
                "Evidence " + evidenceId + ": " + verdict,
                details("evidence", evidenceId, "evidenceType", evidence.type(), "verdict", verdict));
        return evidence;
    }

    static String safeFileName(String name, DocumentFormat format) {
        String base = name == null
                ? ""
                : name.replaceAll("[\\\\/]", "_")
                        .replaceAll("[\\p{Cntrl}\"]", "")
                        .strip();
        if (base.isEmpty()) {
            base = "document." + format.extension();
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    /** The refusal of a document over 25 MB, wherever its size is first known (the API checks before reading it all). */
    public static DomainException.TooLarge tooLarge(long size) {
        return new DomainException.TooLarge("document.tooLarge", size, MAX_DOCUMENT_BYTES);
    }

    private Claim load(Actor actor, long id) {
        return progress.claim(actor, id);
    }

    private void record(Actor actor, String action, Claim claim, String summary, Map<String, String> details) {
        progress.note(actor, action, claim, summary, details);
    }

    private static void requireRole(Actor actor, Role role, String refusal) {
        if (!actor.is(role)) {
            throw new DomainException.Forbidden(refusal);
        }
    }
}
