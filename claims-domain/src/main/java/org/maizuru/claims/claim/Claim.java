package org.maizuru.claims.claim;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Language;
import org.maizuru.claims.kernel.LanguageCode;

/**
 * A numbered request for a benefit about one internee, by a claimant who is the internee or an heir, filed
 * by an association. Its status changes only through {@link #apply(ClaimEvent)}, which asks
 * {@link ClaimLifecycle}.
 */
@Entity
@Table(name = "claim")
@NamedQuery(name = Claim.WITH_STAYS, query = "select c from Claim c left join fetch c.stays where c.id = :id")
public class Claim {

    public static final String WITH_STAYS = "Claim.withStays";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "programme_code", nullable = false, length = 40)
    private String programme;

    @Column(name = "association_id", nullable = false)
    private long associationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ClaimStatus status = ClaimStatus.DRAFT;

    /** The language of letters to the claimant. */
    @Column(nullable = false, length = 2)
    @Convert(converter = LanguageCode.class)
    private Language language = Language.JAPANESE;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimant_relationship", nullable = false, length = 20)
    private Relationship relationship;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "familyName", column = @Column(name = "claimant_family_name")),
        @AttributeOverride(name = "givenName", column = @Column(name = "claimant_given_name")),
        @AttributeOverride(name = "familyNameKana", column = @Column(name = "claimant_family_name_kana")),
        @AttributeOverride(name = "givenNameKana", column = @Column(name = "claimant_given_name_kana")),
        @AttributeOverride(name = "birthDate", column = @Column(name = "claimant_birth_date")),
        @AttributeOverride(name = "sex", column = @Column(name = "claimant_sex")),
        @AttributeOverride(name = "dateOfDeath", column = @Column(name = "claimant_date_of_death"))
    })
    private Person claimant;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "familyName", column = @Column(name = "internee_family_name")),
        @AttributeOverride(name = "givenName", column = @Column(name = "internee_given_name")),
        @AttributeOverride(name = "familyNameKana", column = @Column(name = "internee_family_name_kana")),
        @AttributeOverride(name = "givenNameKana", column = @Column(name = "internee_given_name_kana")),
        @AttributeOverride(name = "birthDate", column = @Column(name = "internee_birth_date")),
        @AttributeOverride(name = "sex", column = @Column(name = "internee_sex")),
        @AttributeOverride(name = "dateOfDeath", column = @Column(name = "internee_date_of_death"))
    })
    private Person internee;

    @Embedded
    private Internment internment;

    @ElementCollection
    @CollectionTable(name = "internment_stay", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    private List<InternmentStay> stays = new ArrayList<>();

    /** Kept with the internee's names, for finding other claims about him (see InterneeKeys). */
    @ElementCollection
    @CollectionTable(name = "claim_name_key", joinColumns = @JoinColumn(name = "claim_id"))
    private Set<InterneeKey> interneeKeys = new HashSet<>();

    /** Who claims for whom, as {@link FilingKey} fingerprints it: the same roll uploaded twice files once. */
    @Column(name = "filing_key", length = 64)
    private String filingKey;

    @OneToMany(mappedBy = "claim")
    @OrderBy("id")
    private List<Evidence> evidence = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "assigned_to", length = 60)
    private String assignedTo;

    @Embedded
    private Recommendation recommendation;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Version
    private long version;

    protected Claim() {
        // for JPA
    }

    public Claim(String number, String programme, long associationId, ClaimDetails details, String createdBy) {
        this.number = Objects.requireNonNull(number, "A claim has a number.");
        this.programme = Objects.requireNonNull(programme, "A claim is made under a programme.");
        this.associationId = associationId;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Instant.now();
        describe(details);
    }

    /** Replaces what the claim says; only a draft may be changed this way. */
    public void revise(ClaimDetails details) {
        if (status != ClaimStatus.DRAFT) {
            throw new DomainException.Conflict("claim.notDraft", number, status);
        }
        describe(details);
    }

    private void describe(ClaimDetails details) {
        Objects.requireNonNull(details, "A claim needs its details.");
        this.relationship = details.relationship();
        this.claimant = details.claimant();
        this.internee = details.internee();
        this.internment = details.internment();
        this.language = details.language();
        this.stays.clear();
        this.stays.addAll(details.stays());
        var keys = new HashSet<InterneeKey>();
        for (String key : InterneeKeys.of(
                internee.familyName(), internee.givenName(), internee.familyNameKana(), internee.givenNameKana())) {
            keys.add(new InterneeKey(key, internee.birthDate()));
        }
        this.interneeKeys.retainAll(keys);
        this.interneeKeys.addAll(keys);
        this.filingKey = FilingKey.of(details);
    }

    /**
     * Moves the claim by one event of its lifecycle and returns the status it left.
     *
     * @throws org.maizuru.claims.kernel.DomainException.Conflict when the lifecycle does not allow the event now
     */
    public ClaimStatus apply(ClaimEvent event) {
        ClaimStatus from = status;
        status = ClaimLifecycle.next(from, event).orElseThrow(() -> ClaimLifecycle.refusal(number, from, event));
        if (event == ClaimEvent.SUBMIT) {
            submittedAt = Instant.now();
        }
        if (event == ClaimEvent.APPEAL) {
            // An appeal is reviewed afresh: nobody holds it until a caseworker takes it from the unassigned queue
            // (the trail keeps who reviewed it before).
            assignedTo = null;
        }
        return from;
    }

    /** Whether documents may still be added: until a recommendation is made, and again while appealed. */
    public boolean acceptsEvidence() {
        return switch (status) {
            case DRAFT, SUBMITTED, IN_REVIEW, AWAITING_INFORMATION, APPEALED -> true;
            case RECOMMENDED, DECIDED, CLOSED, WITHDRAWN -> false;
        };
    }

    /**
     * A decided claim still takes a death certificate: a pensioner's death is recorded with one, and it ends the
     * payments the decision granted.
     */
    public boolean acceptsDeathCertificate(EvidenceType type) {
        return type == EvidenceType.DEATH_CERTIFICATE
                && (status == ClaimStatus.DECIDED || status == ClaimStatus.CLOSED);
    }

    /** Whether the claim is in someone's review, where it can be handed to another caseworker. */
    public boolean isInReview() {
        return status == ClaimStatus.IN_REVIEW || status == ClaimStatus.AWAITING_INFORMATION;
    }

    /** Sends the claim in: a claim is submitted with at least one document, whatever else it says. */
    public ClaimStatus submit() {
        if (status == ClaimStatus.DRAFT && evidence.isEmpty()) {
            throw new DomainException.Conflict("claim.noEvidence", number);
        }
        return apply(ClaimEvent.SUBMIT);
    }

    /** Hands the claim to a caseworker: when it is taken into review, or reassigned while in review. */
    public void assignTo(String caseworker) {
        if (!isInReview()) {
            throw new DomainException.Conflict("claim.notInReview", number);
        }
        this.assignedTo = Objects.requireNonNull(caseworker);
    }

    /** Records the recommendation that the lifecycle's RECOMMEND event has just made of the claim. */
    public void recommend(Recommendation proposed) {
        if (status != ClaimStatus.RECOMMENDED) {
            throw new DomainException.Conflict("claim.illegalTransition", number, status, ClaimEvent.RECOMMEND);
        }
        this.recommendation = Objects.requireNonNull(proposed);
        this.reviewComment = null;
    }

    /** The second person sent the recommendation back: it is withdrawn and the comment says why. */
    public void returnRecommendation(String comment) {
        this.recommendation = null;
        this.reviewComment = comment;
    }

    /** After a decision the recommendation has served; an appeal starts a fresh one. */
    public void clearRecommendation() {
        this.recommendation = null;
    }

    public void attach(Evidence document) {
        evidence.add(document);
    }

    /**
     * Whether the association may still take a document back (one uploaded by mistake, or to replace it): any while
     * the claim is a draft; while it waits for information asked for, one that no caseworker has judged yet.
     */
    public boolean mayRemove(Evidence document) {
        return switch (status) {
            case DRAFT -> true;
            case AWAITING_INFORMATION -> document.verdict() == EvidenceVerdict.PENDING;
            default -> false;
        };
    }

    void detach(Evidence document) {
        evidence.remove(document);
    }

    /** Dates of the first and last day held in any place, if any stay is known. */
    public Optional<LocalDate> internedFrom() {
        return stays.stream().map(InternmentStay::from).min(Comparator.naturalOrder());
    }

    public Optional<LocalDate> internedTo() {
        return stays.stream().map(InternmentStay::to).max(Comparator.naturalOrder());
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String programme() {
        return programme;
    }

    public long associationId() {
        return associationId;
    }

    public ClaimStatus status() {
        return status;
    }

    public Language language() {
        return language;
    }

    public Relationship relationship() {
        return relationship;
    }

    public Person claimant() {
        return claimant;
    }

    public Person internee() {
        return internee;
    }

    /**
     * What the claim says of the internment; a claim filed without it (the part is optional until submission)
     * reads as an internment with nothing known, never as null. Hibernate gives null for an embedded value whose
     * columns are all empty.
     */
    public Internment internment() {
        return internment == null ? new Internment(null, null, null, null) : internment;
    }

    public List<InternmentStay> stays() {
        return List.copyOf(stays);
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String assignedTo() {
        return assignedTo;
    }

    public Optional<Recommendation> recommendation() {
        return recommendation != null && recommendation.isPresent() ? Optional.of(recommendation) : Optional.empty();
    }

    public String reviewComment() {
        return reviewComment;
    }

    public long version() {
        return version;
    }
}
