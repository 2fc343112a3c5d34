package org.maizuru.claims.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.maizuru.claims.decision.Assessment;
import org.maizuru.claims.decision.Decision;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.decision.ReasonCode;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.registry.ArchiveRecords;
import org.maizuru.claims.registry.Likeness;
import org.maizuru.claims.review.CaseNote;
import org.maizuru.claims.review.Duplicate;
import org.maizuru.claims.review.InformationRequest;
import org.maizuru.claims.review.ReviewService;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.PerRequest;
import org.maizuru.claims.web.i18n.Dates;
import org.maizuru.claims.web.i18n.Texts;

/**
 * {@code /app/casework/claim.xhtml?id=}: the claim workbench — the claim, its evidence viewed inside the page
 * with a verdict for each document, the requests to the association, the claim's own audit history, and the
 * actions its state allows: assign, ask for information, recommend; for a supervisor, approve or return.
 * Auditors see the same page without the actions.
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
    Dates dates;

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
    private String requestMessage;
    private LocalDate requestDueOn = Today.inJapan().plusDays(30);
    private LocalDate extendedDueOn = Today.inJapan().plusDays(14);
    /** None until the caseworker chooses: a grant is never recommended by leaving a default alone. */
    private Recommendation.Outcome outcome;

    private LocalDate landingDate;
    private List<String> reasonCodes = new ArrayList<>();
    private String reason;
    private String comment;
    private String reassignTo;
    private String note;
    private transient List<ArchiveRecords.Match> matches;
    private transient List<Duplicate> duplicates;

    public void load() throws IOException {
        Claim loaded = PageAction.load(texts, this::claim);
        if (loaded == null) {
            return;
        }
        if (landingDate == null) {
            landingDate = loaded.internment().returnedOn();
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

    public String requestInformation() {
        return act(
                () -> review.requestInformation(actor.get(), id, requestMessage, requestDueOn), "workbench.requested");
    }

    /** More time for an overdue request; the claim waits for the answer again. */
    public String extendRequest(long requestId) {
        return act(() -> review.extendRequest(actor.get(), id, requestId, extendedDueOn), "workbench.extended");
    }

    public String recommend() {
        return act(
                () -> review.recommend(actor.get(), id, outcome, landingDate, reasonCodes, reason),
                "workbench.recommended");
    }

    public String approve() {
        return act(() -> review.approve(actor.get(), id, true, comment), "workbench.approved");
    }

    public String returnRecommendation() {
        return act(() -> review.approve(actor.get(), id, false, comment), "workbench.returned");
    }

    public String reassign() {
        return act(() -> review.reassign(actor.get(), id, reassignTo), "workbench.reassigned");
    }

    /**
     * A change, then the same page again by its own address (the claim, and the document on display), its message
     * carried over: a reload shows the claim rather than sending the form a second time. A refused change stays on
     * the page with what was typed and the reason beside it.
     */
    private String act(Runnable action, String successKey) {
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

    /** The reasons that fit the outcome chosen; none until one is chosen. */
    public List<String> getReasonCodeChoices() {
        return ReasonCode.fitting(outcome).stream().map(ReasonCode::name).toList();
    }

    /** A change of outcome keeps only the reasons that still fit it. */
    public void outcomeChanged() {
        var fitting = getReasonCodeChoices();
        reasonCodes = new ArrayList<>(
                reasonCodes == null
                        ? List.of()
                        : reasonCodes.stream().filter(fitting::contains).toList());
    }

    /** What the schedule gives the claim for the landing date typed, before anything is recommended. */
    public Assessment getPreview() {
        if (!isInMyReview()) {
            return null;
        }
        LocalDate landing = landingDate;
        return PerRequest.get(this, "preview " + landing, () -> decisions.preview(actor.get(), id, landing));
    }

    /** Why the schedule gives nothing for the landing date typed, as codes for {@link #reasonWords}. */
    public List<String> getPreviewReasons() {
        Assessment pays = getPreview();
        return pays == null
                ? List.of()
                : pays.reasons().stream().map(ReasonCode::name).toList();
    }

    /** What approving the waiting recommendation will pay: the schedule's answer for the landing it names. */
    public Assessment getApprovalPreview() {
        Recommendation waiting = getRecommendation();
        if (waiting == null || !isApprovable()) {
            return null;
        }
        return PerRequest.get(this, "approval preview", () -> decisions.preview(actor.get(), id, waiting.returnedOn()));
    }

    /** The supervisor's question before approving: the outcome recommended and, for a grant, what it pays. */
    public String getApprovalQuestion() {
        Recommendation waiting = getRecommendation();
        Assessment pays = getApprovalPreview();
        if (waiting == null || pays == null) {
            return "";
        }
        boolean grant = waiting.outcome() == Recommendation.Outcome.GRANT && pays.eligible();
        return grant
                ? texts.get(
                        "workbench.approve.confirmGrant",
                        dates.yen(pays.amountYen()),
                        pays.period() == Assessment.Period.MONTH ? texts.get("claim.decision.perMonth") : "",
                        pays.tier() == null ? "" : texts.get("workbench.preview.tier", pays.tier()))
                : texts.get("workbench.approve.confirmDeny");
    }

    public List<Recommendation.Outcome> getOutcomes() {
        return List.of(Recommendation.Outcome.values());
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

    public String getRequestMessage() {
        return requestMessage;
    }

    public void setRequestMessage(String requestMessage) {
        this.requestMessage = requestMessage;
    }

    public LocalDate getExtendedDueOn() {
        return extendedDueOn;
    }

    public void setExtendedDueOn(LocalDate value) {
        extendedDueOn = value;
    }

    public LocalDate getRequestDueOn() {
        return requestDueOn;
    }

    public void setRequestDueOn(LocalDate requestDueOn) {
        this.requestDueOn = requestDueOn;
    }

    public Recommendation.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Recommendation.Outcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getLandingDate() {
        return landingDate;
    }

    public void setLandingDate(LocalDate landingDate) {
        this.landingDate = landingDate;
    }

    public List<String> getReasonCodes() {
        return reasonCodes;
    }

    public void setReasonCodes(List<String> reasonCodes) {
        this.reasonCodes = reasonCodes;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
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
