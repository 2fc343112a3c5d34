package org.maizuru.claims.web.claim;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.audit.ClaimStory;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimEvent;
import org.maizuru.claims.claim.ClaimLifecycle;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.ClaimStatus;
import org.maizuru.claims.claim.Evidence;
import org.maizuru.claims.claim.EvidenceService;
import org.maizuru.claims.claim.EvidenceType;
import org.maizuru.claims.decision.Appeal;
import org.maizuru.claims.decision.Decision;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.review.InformationRequest;
import org.maizuru.claims.review.ReviewService;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.PerRequest;
import org.maizuru.claims.web.i18n.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /app/association/claim.xhtml?id=}: one of the association's claims — its facts, its evidence and the
 * upload of more, the caseworker's requests and the answers, the decision with its notice, and the actions the
 * lifecycle allows now. A claim the association may not see is a 404, like a claim that does not exist.
 */
@Named
@ViewScoped
public class ClaimBacking implements Serializable {

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
    AccountService accounts;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    private Long id;
    private EvidenceType uploadType = EvidenceType.REPATRIATION_CERTIFICATE;
    private final Map<Long, String> answers = new HashMap<>();

    @NotBlank
    @Size(max = 4000)
    private String grounds;

    /** Reads the claim for this request; a claim that is not the association's answers 404. */
    public void load() throws IOException {
        PageAction.load(texts, this::claim);
    }

    public Claim claim() {
        if (id == null) {
            throw new DomainException.NotFound("claim.notNamed");
        }
        return PerRequest.get(this, "claim", () -> claims.view(actor.get(), id));
    }

    public List<InformationRequest> getRequests() {
        return PerRequest.get(this, "requests", () -> review.informationRequests(actor.get(), id));
    }

    /** What was done with the claim, as the association is told it. */
    public ClaimStory getStory() {
        return PerRequest.get(this, "story", () -> audit.story(actor.get(), claim().id()));
    }

    /** What the association should know about the claim as filed; shown while it is a draft or just submitted. */
    public List<String> getWarnings() {
        if (claim().status() != ClaimStatus.DRAFT && claim().status() != ClaimStatus.SUBMITTED) {
            return List.of();
        }
        return PerRequest.get(
                this, "warnings", () -> FilingWarnings.words(texts, claims.filingWarnings(actor.get(), id)));
    }

    /** The association that filed the claim, by its name in the reader's language, for the receipt. */
    public String getAssociationName() {
        return PerRequest.get(
                this,
                "association",
                () -> accounts.association(claim().associationId())
                        .map(a -> texts.isJapanese() ? a.nameJa() : a.nameEn())
                        .orElse(""));
    }

    public LocalDate getToday() {
        return Today.inJapan();
    }

    /** The appeals against the claim's decisions, with the grounds the association wrote. */
    public List<Appeal> getAppeals() {
        return PerRequest.get(this, "appeals", () -> decisions.appeals(actor.get(), claim().id()));
    }

    public Decision getDecision() {
        Optional<Decision> decision = PerRequest.get(this, "decision", () -> decisions.latest(claim().id()));
        return decision.orElse(null);
    }

    public boolean allows(String event) {
        return ClaimLifecycle.allowedIn(claim().status()).contains(ClaimEvent.valueOf(event));
    }

    /** Documents while the claim is open; after a grant, the death certificate that ends its payments. */
    public boolean isAcceptingEvidence() {
        return claim().acceptsEvidence() || claim().acceptsDeathCertificate(EvidenceType.DEATH_CERTIFICATE);
    }

    public boolean isAppealable() {
        Decision latest = getDecision();
        return latest != null && allows("APPEAL") && latest.isAppealableOn(Today.inJapan());
    }

    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        EvidenceType type = getEvidenceTypes().contains(uploadType)
                ? uploadType
                : getEvidenceTypes().get(0);
        act(
                () -> documents.addEvidence(actor.get(), id, type, null, file.getFileName(), file.getContent()),
                "claim.evidence.uploaded.done");
    }

    public String submit() {
        return actAndShow(() -> claims.submit(actor.get(), id, null), "claim.submitted");
    }

    public String withdraw() {
        return actAndShow(() -> claims.withdraw(actor.get(), id, null), "claim.withdrawn");
    }

    public String answer(long requestId) {
        return actAndShow(() -> review.respond(actor.get(), id, requestId, answers.get(requestId)), "claim.answered");
    }

    /** Takes back a document uploaded by mistake, after the page asked once; the trail keeps what it was. */
    public String removeEvidence(long evidenceId) {
        return actAndShow(() -> documents.removeEvidence(actor.get(), id, evidenceId), "claim.evidence.removed");
    }

    public boolean mayRemove(Evidence document) {
        return claim().mayRemove(document);
    }

    public boolean isAnyRemovable() {
        return claim().evidence().stream().anyMatch(claim()::mayRemove);
    }

    public String appeal() {
        return actAndShow(() -> decisions.appeal(actor.get(), id, grounds), "claim.appealed");
    }

    private void act(Runnable action, String successKey) {
        PageAction.perform(texts, action, successKey);
        PerRequest.forget(this);
    }

    /**
     * A change, then the claim's page again by its own address (?id=), its message carried over: a reload shows
     * the claim rather than sending the form a second time. A refused change stays on the page with what was typed.
     */
    private String actAndShow(Runnable action, String successKey) {
        if (!PageAction.perform(texts, action, successKey)) {
            PerRequest.forget(this);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/association/claim?faces-redirect=true&id=" + id;
    }

    public List<EvidenceType> getEvidenceTypes() {
        return claim().acceptsEvidence() ? List.of(EvidenceType.values()) : List.of(EvidenceType.DEATH_CERTIFICATE);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EvidenceType getUploadType() {
        return uploadType;
    }

    public void setUploadType(EvidenceType uploadType) {
        this.uploadType = uploadType;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }
}
