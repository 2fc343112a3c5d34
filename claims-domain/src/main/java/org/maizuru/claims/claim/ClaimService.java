package org.maizuru.claims.claim;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.imports.ImportSheets;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.IdempotencyKey;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Refusals;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.platform.IdempotentRequests;
import org.maizuru.claims.registry.RegistryService;

/**
 * The claim capability's boundary. Every method takes the {@link Actor} and checks role and ownership
 * itself: an association sees only its own claims, and a claim it may not see does not exist for it.
 */
@ApplicationScoped
@Transactional
public class ClaimService {

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

    @Inject
    ClaimSearch search;

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
        TypedQuery<Claim> select = search.query(actor, status, query, "c", sort, Claim.class);
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
        return search.query(actor, status, query, "c.id", ClaimSort.NEWEST, Long.class)
                .setMaxResults(limit)
                .getResultList()
                .size();
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
}
