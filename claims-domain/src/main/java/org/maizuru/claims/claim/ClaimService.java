package org.maizuru.claims.claim;

import static org.maizuru.claims.platform.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.imports.ImportSheets;
import org.maizuru.claims.platform.Actor;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.platform.IdempotencyKey;
import org.maizuru.claims.platform.IdempotentRequests;
import org.maizuru.claims.platform.Katakana;
import org.maizuru.claims.platform.PlainText;
import org.maizuru.claims.platform.ProgrammeClock;
import org.maizuru.claims.platform.Refusals;
import org.maizuru.claims.platform.Role;
import org.maizuru.claims.platform.Sha256;
import org.maizuru.claims.registry.NameKeys;
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

    @Inject
    ProgrammeClock clock;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    RegistryService registry;

    @Inject
    FilingPolicy filing;

    @Inject
    ClaimImports imports;

    @Inject
    ClaimProgress progress;

    @Inject
    IdempotentRequests once;

    public Claim create(Actor actor, String programme, ClaimDetails details) {
        requireRole(actor, Role.ASSOCIATION, "claim.associationsOnly");
        if (programme == null || !filing.exists(programme)) {
            throw new DomainException.Invalid("programme", "programme.unknown", programme);
        }
        checkDetails(details);
        var claim = new Claim(nextNumber(), programme, actor.associationId(), details, actor.username());
        em.persist(claim);
        record(
                actor,
                "CLAIM_CREATED",
                claim,
                "Claim " + claim.number() + " drafted under " + programme,
                details("claim", claim.number(), "programme", programme));
        return claim;
    }

    /**
     * Files a draft once for its key: the same request sent again (a lost answer, a form sent twice) answers the
     * claim the first one filed, and files nothing; without a key every request files.
     */
    public Claim create(Actor actor, String programme, ClaimDetails details, IdempotencyKey key) {
        if (key == null) {
            return create(actor, programme, details);
        }
        var earlier = once.reserve(key, "CLAIM");
        if (earlier.isPresent()) {
            return load(actor, earlier.get());
        }
        Claim claim = create(actor, programme, details);
        once.made(key, claim.id());
        return claim;
    }

    /**
     * Starts filing the lines of a CSV file as drafts, in the background; answers the import's id at once. The
     * header is checked before anything is filed. The same file sent again with its key answers the first import.
     */
    public long startImport(Actor actor, ImportFile csv, IdempotencyKey key) {
        return imports.start(actor, null, null, csv, key);
    }

    /**
     * Starts filing the rows of a roll (CSV or XLSX) under a programme (null: the 2010 special benefit), in the
     * background; answers the import's id at once. Rows the association filed already under the programme are
     * reported, not filed again.
     */
    public long startImport(Actor actor, String programme, String fileName, ImportFile file, IdempotencyKey key) {
        return imports.start(actor, programme, fileName, file, key);
    }

    /**
     * The bulk-filing template (Japanese headings with the contract's names, one example row) as CSV or XLSX; the
     * workbook also lists, on a second sheet and in a drop-down on each column, the values a relationship, a sex, a
     * capture area and a camp may take, in the words the pages show.
     */
    public byte[] importTemplate(ImportFile.Format format) {
        var example = ClaimImports.template();
        var header = List.copyOf(example.keySet());
        var row = List.copyOf(example.values());
        if (format != ImportFile.Format.XLSX) {
            return ImportSheets.csv(header, List.of(row));
        }
        return ImportSheets.xlsx(
                header,
                List.of(row),
                Refusals.text(Refusals.JAPANESE, "import.template.choices"),
                ClaimImports.choices(registry.places()));
    }

    public Claim revise(Actor actor, long id, Long expectedVersion, ClaimDetails details) {
        requireRole(actor, Role.ASSOCIATION, "claim.filerOnly");
        Claim claim = load(actor, id);
        checkVersion(claim, expectedVersion);
        checkDetails(details);
        claim.revise(details);
        record(actor, "CLAIM_REVISED", claim, "Draft " + claim.number() + " revised", details("claim", claim.number()));
        return claim;
    }

    /** The claim as its reader sees it; the reading is itself recorded, for the claimant's data is personal. */
    public Claim view(Actor actor, long id) {
        Claim claim = load(actor, id);
        record(actor, "CLAIM_VIEWED", claim, "Claim " + claim.number() + " read", details("claim", claim.number()));
        return claim;
    }

    /**
     * The association's own claim, opened in its form to be revised. Not recorded as a view: the filer reads what
     * it wrote, and the revision is recorded when it is saved.
     */
    public Claim draft(Actor actor, long id) {
        requireRole(actor, Role.ASSOCIATION, "claim.filerOnly");
        return load(actor, id);
    }

    private Claim load(Actor actor, long id) {
        return progress.claim(actor, id);
    }

    public ClaimPage list(Actor actor, ClaimStatus status, String query, int page, int size) {
        return list(actor, status, query, ClaimSort.NEWEST, page, size);
    }

    public ClaimPage list(Actor actor, ClaimStatus status, String query, ClaimSort sort, int page, int size) {
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        TypedQuery<Claim> select = filtered(actor, status, query, "c", sort, Claim.class);
        List<Claim> found = select.setFirstResult(ClaimPage.offset(pageNumber, pageSize))
                .setMaxResults(pageSize + 1)
                .getResultList();
        return ClaimPage.of(found, pageNumber, pageSize);
    }

    /**
     * How many claims match, counted only up to {@code limit}: a page shows "more than 1,000" rather than make
     * the database count a million rows on every page.
     */
    public int countUpTo(Actor actor, ClaimStatus status, String query, int limit) {
        return filtered(actor, status, query, "c.id", ClaimSort.NEWEST, Long.class)
                .setMaxResults(limit)
                .getResultList()
                .size();
    }

    private <T> TypedQuery<T> filtered(
            Actor actor, ClaimStatus status, String query, String select, ClaimSort sort, Class<T> type) {
        var jpql = new StringBuilder("select " + select + " from Claim c where 1 = 1");
        if (actor.is(Role.ASSOCIATION)) {
            jpql.append(" and c.associationId = :association");
        }
        if (status != null) {
            jpql.append(" and c.status = :status");
        }
        boolean noDrafts = ClaimVisibility.hidesDrafts(actor);
        if (noDrafts) {
            jpql.append(" and c.status <> :draft");
        }
        String text = query == null ? "" : query.strip();
        // "高橋 清" or "タカハシ キヨシ" is a full name: the family name whole, the given name's beginning.
        String[] fullName = text.split("[\\s\u3000]+", 2);
        boolean full = fullName.length == 2;
        // A name typed in Japanese is also looked for by the internee's name keys: やまだ, ﾔﾏﾀﾞ and ヤマダ read alike,
        // and 髙橋 is written as 高橋 is.
        String familyKey = Katakana.isJapanese(fullName[0]) ? NameKeys.key(fullName[0]) : null;
        String givenKey = full && Katakana.isJapanese(fullName[1]) ? NameKeys.key(fullName[1]) : null;
        if (!text.isEmpty() && !full) {
            jpql.append(" and (upper(c.number) = :number or c.internee.familyName like :prefix escape '!'"
                    + " or c.internee.familyNameKana like :kanaPrefix escape '!' or c.claimant.familyName like :prefix escape '!'"
                    + " or c.claimant.familyNameKana like :kanaPrefix escape '!'"
                    + (familyKey == null ? "" : " or " + KEYED + ":familyKey)") + ")");
        } else if (full) {
            jpql.append(" and ((c.internee.familyName = :family and c.internee.givenName like :given escape '!')"
                    + " or (c.internee.familyNameKana = :kanaFamily and c.internee.givenNameKana like :kanaGiven escape '!')"
                    + " or (c.claimant.familyName = :family and c.claimant.givenName like :given escape '!')"
                    + " or (c.claimant.familyNameKana = :kanaFamily and c.claimant.givenNameKana like :kanaGiven escape '!')"
                    + (familyKey == null || givenKey == null
                            ? ""
                            : " or (" + KEYED + ":familyKey) and " + KEYED + ":givenKey))")
                    + ")");
        }
        jpql.append(" order by ").append(sort.orderBy);
        TypedQuery<T> typed = em.createQuery(jpql.toString(), type);
        if (actor.is(Role.ASSOCIATION)) {
            typed.setParameter("association", actor.associationId());
        }
        if (status != null) {
            typed.setParameter("status", status);
        }
        if (noDrafts) {
            typed.setParameter("draft", ClaimStatus.DRAFT);
        }
        if (!text.isEmpty() && !full) {
            typed.setParameter("number", text.toUpperCase(Locale.ROOT))
                    .setParameter("prefix", literally(text) + "%")
                    .setParameter("kanaPrefix", literally(Katakana.of(text)) + "%");
        } else if (full) {
            typed.setParameter("family", fullName[0])
                    .setParameter("given", literally(fullName[1]) + "%")
                    .setParameter("kanaFamily", Katakana.of(fullName[0]))
                    .setParameter("kanaGiven", literally(Katakana.of(fullName[1])) + "%");
        }
        if (familyKey != null && (!full || givenKey != null)) {
            typed.setParameter("familyKey", InterneeKeys.family(familyKey));
        }
        if (full && familyKey != null && givenKey != null) {
            typed.setParameter("givenKey", InterneeKeys.given(givenKey));
        }
        return typed;
    }

    /** A claim whose internee is known under a name key (the key's parameter follows). */
    private static final String KEYED =
            "exists (select 1 from Claim f join f.interneeKeys fk where f = c and fk.nameKey = ";

    /** A search text as the person typed it: its {@code %} and {@code _} are characters, not wildcards. */
    static String literally(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * What the association should know about its claim as filed, without being stopped by it: the claim cannot
     * be granted as it stands, or the same internee is claimed already (by its own claims, named, or another
     * association's, not named). Read by the association that filed it and by the programme's staff.
     */
    public List<FilingWarning> filingWarnings(Actor actor, long id) {
        Claim claim = load(actor, id);
        var warnings = new ArrayList<FilingWarning>();
        boolean deceased = claim.internee().dateOfDeath() != null;
        if (claim.relationship() != Relationship.SELF && !deceased) {
            warnings.add(new FilingWarning(FilingWarning.Kind.HEIR_FOR_LIVING_INTERNEE, List.of(), false));
        }
        if (claim.relationship() == Relationship.SELF && deceased) {
            warnings.add(new FilingWarning(FilingWarning.Kind.SELF_BUT_DECEASED, List.of(), false));
        }
        var internee = claim.internee();
        var keys = InterneeKeys.of(
                internee.familyName(), internee.givenName(), internee.familyNameKana(), internee.givenNameKana());
        var familyKeys = keys.stream()
                .filter(key -> key.startsWith(InterneeKeys.family("")))
                .toList();
        var givenKeys = keys.stream()
                .filter(key -> key.startsWith(InterneeKeys.given("")))
                .toList();
        if (!familyKeys.isEmpty() && !givenKeys.isEmpty()) {
            List<Object[]> same = em.createQuery(
                            "select c.number, c.associationId from Claim c where c.id <> :claim"
                                    + " and c.programme = :programme and c.status <> :withdrawn and c.internee.birthDate = :born"
                                    + " and exists (select 1 from Claim f join f.interneeKeys fk where f = c and fk.nameKey in :familyKeys)"
                                    + " and exists (select 1 from Claim g join g.interneeKeys gk where g = c and gk.nameKey in :givenKeys)"
                                    + " order by c.number",
                            Object[].class)
                    .setParameter("claim", claim.id())
                    .setParameter("programme", claim.programme())
                    .setParameter("withdrawn", ClaimStatus.WITHDRAWN)
                    .setParameter("born", internee.birthDate())
                    .setParameter("familyKeys", familyKeys)
                    .setParameter("givenKeys", givenKeys)
                    .setMaxResults(20)
                    .getResultList();
            var own = same.stream()
                    .filter(row -> ((Number) row[1]).longValue() == claim.associationId())
                    .map(row -> (String) row[0])
                    .toList();
            boolean elsewhere = same.stream().anyMatch(row -> ((Number) row[1]).longValue() != claim.associationId());
            if (!own.isEmpty() || elsewhere) {
                warnings.add(new FilingWarning(FilingWarning.Kind.ALREADY_CLAIMED, own, elsewhere));
            }
        }
        return warnings;
    }

    public Claim submit(Actor actor, long id, Long expectedVersion) {
        requireRole(actor, Role.ASSOCIATION, "claim.filerOnly");
        Claim claim = load(actor, id);
        checkVersion(claim, expectedVersion);
        if (claim.status() == ClaimStatus.DRAFT && !claim.evidence().isEmpty()) {
            filing.checkFilingWindow(claim.programme(), clock.today());
        }
        ClaimStatus from = claim.submit();
        progress.moved(actor, claim, from, ClaimEvent.SUBMIT, "Submitted", details("claim", claim.number()));
        return claim;
    }

    public Claim withdraw(Actor actor, long id, Long expectedVersion) {
        requireRole(actor, Role.ASSOCIATION, "claim.filerOnly");
        Claim claim = load(actor, id);
        checkVersion(claim, expectedVersion);
        progress.move(actor, claim, ClaimEvent.WITHDRAW, "Withdrawn by the association");
        return claim;
    }

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

    /** A client that read version n may change the claim only while it is still at version n. */
    public static void checkVersion(Claim claim, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != claim.version()) {
            throw new DomainException.Conflict("claim.stale", claim.number());
        }
    }

    private void record(Actor actor, String action, Claim claim, String summary, Map<String, String> details) {
        progress.note(actor, action, claim, summary, details);
    }

    private void checkDetails(ClaimDetails details) {
        var problems = ClaimRules.check(details, code -> registry.place(code).orElse(null), clock.today());
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid(problems);
        }
    }

    private String nextNumber() {
        Number next = (Number)
                em.createNativeQuery("select nextval('claim_number_seq')").getSingleResult();
        return number(clock.today().getYear(), next.longValue());
    }

    /** A claim's number: the year it was filed in and the next of the sequence ({@code MZ-2026-000123}). */
    static String number(int year, long next) {
        return String.format("MZ-%d-%06d", year, next);
    }

    private static void requireRole(Actor actor, Role role, String refusal) {
        if (!actor.is(role)) {
            throw new DomainException.Forbidden(refusal);
        }
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
}
