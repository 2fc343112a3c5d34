package org.maizuru.claims.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.audit.ClaimStory;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimActions;
import org.maizuru.claims.claim.ClaimEvent;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.claim.Evidence;
import org.maizuru.claims.claim.EvidenceService;
import org.maizuru.claims.claim.EvidenceVerdict;
import org.maizuru.claims.claim.Recommendation;
import org.maizuru.claims.decision.Appeal;
import org.maizuru.claims.decision.Decision;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.registry.ArchiveRecords;
import org.maizuru.claims.registry.Likeness;
import org.maizuru.claims.review.CaseNote;
import org.maizuru.claims.review.Duplicate;
import org.maizuru.claims.review.InformationRequest;
import org.maizuru.claims.review.ReviewService;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.PerRequest;
import org.maizuru.claims.web.i18n.Texts;

/**
 * {@code /app/casework/claim.xhtml?id=}: the claim workbench — the claim, its evidence viewed inside the page
 * with a verdict for each document, the requests to the association, the claim's own audit history, and the
 * actions its state allows: assign, ask for information, recommend; for a supervisor, approve or return.
 * Auditors see the same page without the actions.
 *
 * <p>This bean keeps the claim being worked: which claim and document, what is read of it, what the signed-in
 * person may do with it now, and the small actions on it (assign, judge a document, note, reassign). The forms
 * that collect more than a line — {@link RecommendationForm}, {@link InformationRequestForm}, {@link ApprovalForm}
 * — are beans of their own in the same view, and change the claim through {@link #act}, so that every change
 * ends the same way.
 */
@Named
@ViewScoped
public class WorkbenchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimService claims;

    @Inject
    EvidenceService documents;

    @Inject
    ReviewService review;

    @Inject
    DecisionService decisions;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    private Long id;
    private Long viewing;
    /** Empty until the caseworker chooses: a verdict is a judgement, never a default. */
    private EvidenceVerdict verdict;

    private String verdictReason;
    private String reassignTo;
    private String note;
    private transient List<ArchiveRecords.Match> matches;
    private transient List<Duplicate> duplicates;

    public void load() throws IOException {
        Claim loaded = PageAction.load(texts, this::claim);
        if (loaded == null) {
            return;
        }
        if (loaded.evidence().stream().noneMatch(e -> e.id().equals(viewing))) {
            viewing = null;
        }
        if (viewing == null && !loaded.evidence().isEmpty()) {
            viewing = loaded.evidence().getFirst().id();
        }
    }

    public Claim claim() {
        if (id == null) {
            throw new DomainException.NotFound("claim.notNamed");
        }
        return PerRequest.get(this, "claim", () -> claims.view(actor.get(), id));
    }

    public Evidence getViewed() {
        return claim().evidence().stream()
                .filter(e -> e.id().equals(viewing))
                .findFirst()
                .orElse(null);
    }

    public List<InformationRequest> getRequests() {
        return PerRequest.get(this, "requests", () -> review.informationRequests(actor.get(), id));
    }

    public List<CaseNote> getNotes() {
        return PerRequest.get(this, "notes", () -> review.notes(actor.get(), id));
    }

    public String addNote() {
        return act(() -> review.addNote(actor.get(), id, note), "workbench.note.added");
    }

    /**
     * Archive records that look like the internee (caseworkers and supervisors only), found once per view of
     * the page rather than on every action on it.
     */
    public List<ArchiveRecords.Match> getMatches() {
        if (matches == null) {
            matches = isCasework() ? review.matches(actor.get(), claim().id()).found() : List.of();
        }
        return matches;
    }

    /** Other claims about the same internee, from any association; found (and recorded) once per view. */
    public List<Duplicate> getDuplicates() {
        if (duplicates == null) {
            duplicates =
                    isCasework() ? review.duplicates(actor.get(), claim().id()).found() : List.of();
        }
        return duplicates;
    }

    /** The reasons of a resemblance in the reader's language, joined. */
    public String reasons(Likeness.Resemblance resemblance) {
        return String.join(
                "・",
                resemblance.reasons().stream()
                        .map(r -> texts.get("Likeness." + r.name()))
                        .toList());
    }

    /** Reason codes as the reader's words, joined. */
    public String reasonWords(List<String> codes) {
        return codes == null
                ? ""
                : String.join(
                        texts.get("general.listSeparator"),
                        codes.stream()
                                .map(code -> texts.get("ReasonCode." + code))
                                .toList());
    }

    /** The claim's story as the staff read it, with how often it was read. */
    public ClaimStory getStory() {
        return PerRequest.get(this, "story", () -> audit.story(actor.get(), claim().id()));
    }

    /** Auditors and administrators read the claim's full trail, one click from its story. */
    public boolean isTrailReader() {
        return actor.get().is(Role.AUDITOR) || actor.get().is(Role.ADMINISTRATOR);
    }

    /** The appeals against the claim's decisions, with their grounds: what the review of an appeal answers. */
    public List<Appeal> getAppeals() {
        return PerRequest.get(this, "appeals", () -> decisions.appeals(actor.get(), claim().id()));
    }

    public Decision getDecision() {
        Optional<Decision> decision = PerRequest.get(this, "decision", () -> decisions.latest(claim().id()));
        return decision.orElse(null);
    }

    /** The recommendation waiting for approval, or null. */
    public Recommendation getRecommendation() {
        return claim().recommendation().orElse(null);
    }

    public boolean isCasework() {
        return actor.get().role().worksClaims();
    }

    public boolean isSupervisor() {
        return actor.get().is(Role.SUPERVISOR);
    }

    /** What the signed-in person may do with the claim now, as the domain answers it: the page offers no more. */
    private Set<ClaimEvent> allowed() {
        return PerRequest.get(this, "allowed", () -> ClaimActions.allowed(actor.get(), claim()));
    }

    public boolean isAssignable() {
        return allowed().contains(ClaimEvent.ASSIGN);
    }

    /** The review is the signed-in person's to work: to judge documents, ask for information and recommend. */
    public boolean isInMyReview() {
        return allowed().contains(ClaimEvent.RECOMMEND);
    }

    /** The second pair of eyes on a recommendation someone else made. */
    public boolean isApprovable() {
        return allowed().contains(ClaimEvent.APPROVE);
    }

    public boolean isOwnRecommendation() {
        return claim().status() == ClaimStatus.RECOMMENDED
                && claim().recommendation()
                        .map(r -> r.recommendedBy().equals(actor.get().username()))
                        .orElse(false);
    }

    /** Shows another document; the verdict chosen for the one before is not carried to it. */
    public void view(long evidenceId) {
        viewing = evidenceId;
        verdict = null;
        verdictReason = null;
    }

    public String assign() {
        return act(() -> review.assign(actor.get(), id, null), "workbench.assigned");
    }

    public String judge() {
        return act(() -> documents.judge(actor.get(), id, viewing, verdict, verdictReason), "workbench.judged");
    }

    public String reassign() {
        return act(() -> review.reassign(actor.get(), id, reassignTo), "workbench.reassigned");
    }

    /**
     * A change, then the same page again by its own address (the claim, and the document on display), its message
     * carried over: a reload shows the claim rather than sending the form a second time. A refused change stays on
     * the page with what was typed and the reason beside it, and the claim is read again. The workbench's forms act
     * through here too.
     */
    public String act(Runnable action, String successKey) {
        boolean done = PageAction.perform(texts, action, successKey);
        PerRequest.forget(this);
        if (!done) {
            return null;
        }
        var faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        String page = faces.getViewRoot().getViewId().replaceFirst("\\.xhtml$", "");
        return page + "?faces-redirect=true&id=" + id + (viewing == null ? "" : "&document=" + viewing);
    }

    public List<EvidenceVerdict> getVerdicts() {
        return List.of(EvidenceVerdict.ACCEPTED, EvidenceVerdict.REJECTED, EvidenceVerdict.INCONCLUSIVE);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getViewing() {
        return viewing;
    }

    public void setViewing(Long viewing) {
        this.viewing = viewing;
    }

    public EvidenceVerdict getVerdict() {
        return verdict;
    }

    public void setVerdict(EvidenceVerdict verdict) {
        this.verdict = verdict;
    }

    public String getVerdictReason() {
        return verdictReason;
    }

    public void setVerdictReason(String verdictReason) {
        this.verdictReason = verdictReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(String reassignTo) {
        this.reassignTo = reassignTo;
    }
}
