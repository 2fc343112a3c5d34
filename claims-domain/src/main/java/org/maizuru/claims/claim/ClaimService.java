package org.maizuru.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.maizuru.claims.association.Actor;
import org.maizuru.claims.association.Role;
import org.maizuru.claims.platform.AuditRecord;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.Today;
import org.maizuru.claims.registry.RegistryService;

/**
 * The claim capability's boundary. Every method takes the {@link Actor} and checks role and ownership
 * itself: an association sees only its own claims, and a claim it may not see does not exist for it.
 */
@ApplicationScoped
@Transactional
public class ClaimService {

    /** The largest evidence document accepted: 25 MB. */
    public static final int MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    RegistryService registry;

    @Inject
    FilingPolicy filing;

    @Inject
    Event<AuditRecord> audit;

    public Claim create(Actor actor, String programme, ClaimDetails details) {
        requireRole(actor, Role.ASSOCIATION, "Only an association files claims.");
        if (programme == null || !filing.exists(programme)) {
            throw new DomainException.Invalid("programme", "Unknown benefit programme " + programme + ".");
        }
        checkDetails(details);
        var claim = new Claim(nextNumber(), programme, actor.associationId(), details, actor.username());
        em.persist(claim);
        record(actor, "CLAIM_CREATED", claim, "Claim " + claim.number() + " drafted under " + programme);
        return claim;
    }

    public Claim revise(Actor actor, long id, Long expectedVersion, ClaimDetails details) {
        requireRole(actor, Role.ASSOCIATION, "Only the filing association changes a claim.");
        Claim claim = load(actor, id);
        checkVersion(claim, expectedVersion);
        checkDetails(details);
        claim.revise(details);
        record(actor, "CLAIM_REVISED", claim, "Draft " + claim.number() + " revised");
        return claim;
    }

    /** The claim as its reader sees it; the reading is itself recorded, for the claimant's data is personal. */
    public Claim view(Actor actor, long id) {
        Claim claim = load(actor, id);
        record(actor, "CLAIM_VIEWED", claim, "Claim " + claim.number() + " read");
        return claim;
    }

    /** The claim for the other capabilities' services, checked for visibility but not recorded as a view. */
    public Claim load(Actor actor, long id) {
        Claim claim = em.find(Claim.class, id);
        if (claim == null || !actor.maySee(claim.associationId())) {
            throw new DomainException.NotFound("Claim " + id);
        }
        return claim;
    }

    public boolean isVisible(Actor actor, long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        return claim != null && actor.maySee(claim.associationId());
    }

    public ClaimPage list(Actor actor, ClaimStatus status, String query, int page, int size) {
        return list(actor, status, query, ClaimSort.NEWEST, page, size);
    }

    public ClaimPage list(Actor actor, ClaimStatus status, String query, ClaimSort sort, int page, int size) {
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        TypedQuery<Claim> select = filtered(actor, status, query, "c", sort, Claim.class);
        List<Claim> found = select.setFirstResult(pageNumber * pageSize).setMaxResults(pageSize + 1).getResultList();
        return ClaimPage.of(found, pageNumber, pageSize);
    }

    /**
     * How many claims match, counted only up to {@code limit}: a page shows "more than 1,000" rather than make
     * the database count a million rows on every page.
     */
    public int countUpTo(Actor actor, ClaimStatus status, String query, int limit) {
        return filtered(actor, status, query, "c.id", ClaimSort.NEWEST, Long.class).setMaxResults(limit).getResultList().size();
    }

    private <T> TypedQuery<T> filtered(Actor actor, ClaimStatus status, String query, String select, ClaimSort sort,
                                       Class<T> type) {
        var jpql = new StringBuilder("select " + select + " from Claim c where 1 = 1");
        if (actor.is(Role.ASSOCIATION)) {
            jpql.append(" and c.associationId = :association");
        }
        if (status != null) {
            jpql.append(" and c.status = :status");
        }
        String text = query == null ? "" : query.strip();
        if (!text.isEmpty()) {
            jpql.append(" and (upper(c.number) = :number or c.internee.familyName like :prefix"
                    + " or c.internee.familyNameKana like :prefix or c.claimant.familyName like :prefix)");
        }
        jpql.append(" order by ").append(sort.orderBy);
        TypedQuery<T> typed = em.createQuery(jpql.toString(), type);
        if (actor.is(Role.ASSOCIATION)) {
            typed.setParameter("association", actor.associationId());
        }
        if (status != null) {
            typed.setParameter("status", status);
        }
        if (!text.isEmpty()) {
            typed.setParameter("number", text.toUpperCase(Locale.ROOT)).setParameter("prefix", text + "%");
        }
        return typed;
    }

    public Claim submit(Actor actor, long id, Long expectedVersion) {
        requireRole(actor, Role.ASSOCIATION, "Only the filing association submits a claim.");
        Claim claim = load(actor, id);
        checkVersion(claim, expectedVersion);
        if (claim.status() == ClaimStatus.DRAFT) {
            if (claim.evidence().isEmpty()) {
                throw new DomainException.Conflict("claim.noEvidence",
                        "Claim " + claim.number() + " has no evidence: upload at least one document before submitting.");
            }
            filing.checkFilingWindow(claim.programme(), Today.inJapan());
        }
        transition(actor, claim, ClaimEvent.SUBMIT, "Submitted");
        return claim;
    }

    public Claim withdraw(Actor actor, long id, Long expectedVersion) {
        requireRole(actor, Role.ASSOCIATION, "Only the filing association withdraws a claim.");
        Claim claim = load(actor, id);
        checkVersion(claim, expectedVersion);
        transition(actor, claim, ClaimEvent.WITHDRAW, "Withdrawn by the association");
        return claim;
    }

    /**
     * Stores an evidence document with its content in this transaction. The format is read from the content
     * itself; the file name only names it.
     */
    public Evidence addEvidence(Actor actor, long claimId, EvidenceType type, String language, String fileName,
                                byte[] content) {
        requireRole(actor, Role.ASSOCIATION, "Only the filing association uploads evidence.");
        Claim claim = load(actor, claimId);
        if (!acceptsEvidence(claim.status())) {
            throw new DomainException.Conflict("claim.closedToEvidence",
                    "Claim " + claim.number() + " is " + claim.status() + " and takes no more evidence.");
        }
        Objects.requireNonNull(type, "A document has a type.");
        if (content == null || content.length == 0) {
            throw new DomainException.Invalid("file", "The document is empty.");
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new DocumentTooLarge(content.length);
        }
        DocumentFormat format = DocumentFormat.detect(content).orElseThrow(UnsupportedDocument::new);
        var evidence = new Evidence(claim, type, safeFileName(fileName, format), format, content.length,
                sha256(content), language, actor.username());
        em.persist(evidence);
        em.persist(new EvidenceContent(evidence.id(), content));
        claim.attach(evidence);
        record(actor, "EVIDENCE_UPLOADED", claim, type + " " + format.mediaType() + " " + content.length
                + " bytes, sha256 " + evidence.sha256());
        return evidence;
    }

    public Evidence evidence(Actor actor, long claimId, long evidenceId) {
        Claim claim = load(actor, claimId);
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null || !evidence.claim().id().equals(claim.id())) {
            throw new DomainException.NotFound("Evidence " + evidenceId);
        }
        return evidence;
    }

    public StoredDocument document(Actor actor, long claimId, long evidenceId) {
        Evidence evidence = evidence(actor, claimId, evidenceId);
        EvidenceContent content = em.find(EvidenceContent.class, evidence.id());
        record(actor, "EVIDENCE_DOWNLOADED", evidence.claim(), "Evidence " + evidence.id() + " " + evidence.type());
        return new StoredDocument(evidence.fileName(), evidence.mediaType(), evidence.sha256(), content.content());
    }

    /** A reviewer's verdict on one document. */
    public Evidence judge(Actor actor, long claimId, long evidenceId, EvidenceVerdict verdict, String reason) {
        if (!actor.role().worksClaims()) {
            throw new DomainException.Forbidden("Only caseworkers and supervisors judge evidence.");
        }
        Evidence evidence = evidence(actor, claimId, evidenceId);
        evidence.judge(verdict, reason);
        record(actor, "EVIDENCE_JUDGED", evidence.claim(), "Evidence " + evidenceId + ": " + verdict);
        return evidence;
    }

    /**
     * Moves a claim by one lifecycle event and records it in the same transaction. The other capabilities'
     * services change a claim's status only through here.
     */
    public ClaimStatus transition(Actor actor, Claim claim, ClaimEvent event, String summary) {
        ClaimStatus from = claim.apply(event);
        record(actor, "CLAIM_" + event.name(), claim, from + " → " + claim.status() + (summary == null ? "" : ": " + summary));
        return from;
    }

    /** Writes pending changes now: a stale version fails here, and the claim's new version is known. */
    public void flush() {
        em.flush();
    }

    /** A client that read version n may change the claim only while it is still at version n. */
    public static void checkVersion(Claim claim, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != claim.version()) {
            throw new StaleClaim(claim.number());
        }
    }

    public void record(Actor actor, String action, Claim claim, String summary) {
        audit.fire(new AuditRecord(actor.username(), actor.role().name(), actor.address(), action,
                claim == null ? null : claim.id(), claim == null ? null : "Claim " + claim.number(), summary));
    }

    private void checkDetails(ClaimDetails details) {
        var problems = ClaimRules.check(details, code -> registry.place(code).orElse(null), Today.inJapan());
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid(problems);
        }
    }

    private static boolean acceptsEvidence(ClaimStatus status) {
        return switch (status) {
            case DRAFT, SUBMITTED, IN_REVIEW, AWAITING_INFORMATION, APPEALED -> true;
            case RECOMMENDED, DECIDED, CLOSED, WITHDRAWN -> false;
        };
    }

    private String nextNumber() {
        Number next = (Number) em.createNativeQuery("select nextval('claim_number_seq')").getSingleResult();
        return String.format("MZ-%d-%06d", Year.now(Today.JAPAN).getValue(), next.longValue());
    }

    private static void requireRole(Actor actor, Role role, String message) {
        if (!actor.is(role)) {
            throw new DomainException.Forbidden(message);
        }
    }

    static String safeFileName(String name, DocumentFormat format) {
        String base = name == null ? "" : name.replaceAll("[\\\\/]", "_").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "document." + format.extension();
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** A client's copy of the claim is older than the stored one. */
    public static class StaleClaim extends DomainException.Conflict {
        public StaleClaim(String number) {
            super("claim.stale", "Someone else changed claim " + number + " in the meantime: reload it to see their change.");
        }
    }

    /** More than 25 MB. */
    public static class DocumentTooLarge extends DomainException {
        public DocumentTooLarge(long size) {
            super("document.tooLarge", "The document has " + size + " bytes; at most " + MAX_DOCUMENT_BYTES + " are accepted.");
        }
    }

    /** Content that is none of the accepted formats. */
    public static class UnsupportedDocument extends DomainException {
        public UnsupportedDocument() {
            super("document.unsupportedType", "The document is not a PDF, PNG, JPEG or TIFF file.");
        }
    }
}
