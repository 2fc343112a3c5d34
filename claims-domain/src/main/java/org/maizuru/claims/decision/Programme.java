package org.maizuru.claims.decision;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.maizuru.claims.kernel.DomainException;

/**
 * A benefit programme: its kind, the dates its eligibility turns on, its filing windows and its schedule of
 * rates. All of it is data that an administrator keeps.
 */
@Entity
@Table(name = "programme")
@NamedQuery(name = Programme.BY_CODE, query = "select p from Programme p where p.code = :code")
@NamedQuery(
        name = Programme.ALL,
        query = "select distinct p from Programme p left join fetch p.windows order by p.code")
public class Programme {

    public static final String BY_CODE = "Programme.byCode";
    public static final String ALL = "Programme.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeKind kind;

    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "interned_from", nullable = false)
    private LocalDate internedFrom;

    @Column(name = "entitlement_date")
    private LocalDate entitlementDate;

    @Column(name = "survivors_share_percent")
    private Integer survivorsSharePercent;

    @Column(name = "appeal_days", nullable = false)
    private int appealDays = 60;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.PERSIST)
    @OrderBy("opensOn")
    private List<FilingWindow> windows = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.PERSIST)
    @OrderBy("effectiveFrom, returnedFrom")
    private List<BenefitRate> rates = new ArrayList<>();

    @Version
    private long version;

    protected Programme() {
        // for JPA
    }

    public Programme(
            String code,
            ProgrammeKind kind,
            String nameJa,
            String nameEn,
            LocalDate internedFrom,
            LocalDate entitlementDate,
            Integer survivorsSharePercent,
            int appealDays) {
        this.code = Objects.requireNonNull(code, "A programme has a code.");
        this.kind = Objects.requireNonNull(kind, "A programme has a kind.");
        this.nameJa = Objects.requireNonNull(nameJa);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.internedFrom = Objects.requireNonNull(internedFrom, "A programme says from when internment counts.");
        this.entitlementDate = entitlementDate;
        this.survivorsSharePercent = survivorsSharePercent;
        this.appealDays = appealDays;
    }

    /** Opens a further filing window; windows of one programme never overlap. */
    public FilingWindow openFilingWindow(LocalDate opensOn, LocalDate closesOn, String note) {
        if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
            throw new DomainException.Invalid("closesOn", "window.closesBeforeOpening");
        }
        if (windows.stream().anyMatch(window -> window.overlaps(opensOn, closesOn))) {
            throw new DomainException.Invalid("opensOn", "window.overlaps");
        }
        var window = new FilingWindow(this, opensOn, closesOn, note);
        windows.add(window);
        return window;
    }

    /** Adds rates to the schedule, refusing any that would leave two rates, or none, for a decision. */
    public void addRates(List<Rate> added) {
        for (Rate rate : added) {
            if (rate.amountYen() > Rate.MOST_YEN) {
                throw new DomainException.Invalid("amountYen", "programme.amountTooLarge", Rate.MOST_YEN);
            }
        }
        var all = new ArrayList<Rate>(schedule());
        all.addAll(added);
        Schedule.check(all);
        added.forEach(rate -> rates.add(new BenefitRate(this, rate)));
    }

    public boolean acceptsFilingOn(LocalDate day) {
        return windows.stream().anyMatch(window -> window.contains(day));
    }

    public Terms terms() {
        return new Terms(kind, internedFrom, entitlementDate, survivorsSharePercent, schedule());
    }

    List<Rate> schedule() {
        return rates.stream().map(BenefitRate::asRate).toList();
    }

    /** The order programmes were created in: the first is the programme the system was built for. */
    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public ProgrammeKind kind() {
        return kind;
    }

    public String nameJa() {
        return nameJa;
    }

    public String nameEn() {
        return nameEn;
    }

    public int appealDays() {
        return appealDays;
    }

    /** The schedule, in order of effect and landing date. */
    public List<Rate> rates() {
        return schedule();
    }

    public List<FilingWindow> windows() {
        return List.copyOf(windows);
    }
}
