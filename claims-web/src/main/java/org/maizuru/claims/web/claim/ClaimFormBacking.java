package org.maizuru.claims.web.claim;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maizuru.claims.claim.Claim;
import org.maizuru.claims.claim.ClaimService;
import org.maizuru.claims.claim.Relationship;
import org.maizuru.claims.claim.Sex;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.decision.Programme;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.IdempotencyKey;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.PerRequest;
import org.maizuru.claims.web.i18n.Dates;
import org.maizuru.claims.web.i18n.Texts;

/**
 * {@code /app/association/claim-form.xhtml[?id=]}: the guided form for a new claim or a draft. The domain's
 * objections come back beside the fields they concern.
 */
@Named
@ViewScoped
public class ClaimFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern STAY_FIELD = Pattern.compile("internment\\.stays\\[(\\d+)]\\.(place|from|to)");

    @Inject
    ClaimService claims;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    @Inject
    DecisionService decisions;

    @Inject
    ProgrammeClock clock;

    @Inject
    Dates dates;

    /** The programme a new claim is filed under (the default, until the form chooses another); a draft keeps its own. */
    private String programme;

    private Long id;
    private Long version;
    private final ClaimForm form = new ClaimForm();
    /** This form as it was shown: sent twice (a double click, the browser's resend), it files one claim. */
    private final String formKey = UUID.randomUUID().toString();

    /** Fills the form from the draft being edited; a claim the association may not see is a 404. */
    public void load() throws IOException {
        if (id == null || version != null) {
            return;
        }
        Claim claim = PageAction.load(texts, () -> claims.draft(actor.get(), id));
        if (claim != null) {
            form.fill(claim);
            version = claim.version();
        }
    }

    public void addStay() {
        form.getStays().add(new ClaimForm.StayForm());
    }

    public void removeStay(ClaimForm.StayForm stay) {
        if (form.getStays().size() > 1) {
            form.getStays().remove(stay);
        }
    }

    /**
     * Files the new claim or revises the draft. The change is flushed before the user is told it was saved, so
     * that a draft changed by someone else meanwhile is reported here, on the form, with the user's input kept.
     */
    public String save() {
        var saved = new Claim[1];
        boolean done = PageAction.perform(
                texts,
                () -> saved[0] = id == null
                        ? claims.create(
                                actor.get(),
                                getProgramme(),
                                form.toDetails(),
                                IdempotencyKey.ofForm(actor.get(), formKey))
                        : claims.revise(actor.get(), id, version, form.toDetails()),
                id == null ? "form.created" : "form.saved",
                ClaimFormBacking::clientId);
        if (!done) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/association/claim?faces-redirect=true&id=" + saved[0].id();
    }

    /** The programmes open for filing today, the default first: a pension is filed here too. */
    public List<Programme> getProgrammes() {
        return PerRequest.get(this, "programmes", () -> {
            LocalDate today = clock.today();
            return decisions.programmes().stream()
                    .filter(p -> p.acceptsFilingOn(today))
                    .sorted(Comparator.comparing((Programme p) -> !p.code().equals(defaultProgramme()))
                            .thenComparing(Programme::code))
                    .toList();
        });
    }

    public String programmeName(Programme shown) {
        return texts.isJapanese() ? shown.nameJa() : shown.nameEn();
    }

    /**
     * What the chosen programme is and asks, in the reader's words: a lump sum or a pension, from when internment
     * counts, a survivor's share where there is one, and until when claims are taken.
     */
    public List<String> getProgrammeNeeds() {
        LocalDate today = clock.today();
        return getProgrammes().stream()
                .filter(p -> p.code().equals(getProgramme()))
                .findFirst()
                .map(chosen -> {
                    var needs = new ArrayList<String>();
                    needs.add(texts.get("form.programme.kind." + chosen.kind().name()));
                    needs.add(texts.get(
                            "form.programme.interned", dates.both(chosen.terms().internedFrom())));
                    if (chosen.terms().survivorsSharePercent() != null) {
                        needs.add(texts.get(
                                "form.programme.survivors", chosen.terms().survivorsSharePercent()));
                    }
                    chosen.windows().stream()
                            .filter(window -> window.contains(today))
                            .findFirst()
                            .ifPresent(window ->
                                    needs.add(texts.get("form.programme.until", dates.both(window.closesOn()))));
                    return (List<String>) needs;
                })
                .orElse(List.of());
    }

    public String getProgramme() {
        if (programme == null) {
            programme = defaultProgramme();
        }
        return programme;
    }

    private String defaultProgramme() {
        return PerRequest.get(this, "defaultProgramme", () -> decisions.defaultProgramme(clock.today()));
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    /** {@code internee.birthDate} → {@code claim:interneeBirthDate}; stays → {@code claim:stays:0:stayFrom}. */
    static String clientId(String field) {
        Matcher stay = STAY_FIELD.matcher(field);
        if (stay.matches()) {
            String part = stay.group(2);
            return "claim:stays:" + stay.group(1) + ":stay" + Character.toUpperCase(part.charAt(0)) + part.substring(1);
        }
        int dot = field.indexOf('.');
        if (dot < 0) {
            return null;
        }
        String owner = field.substring(0, dot);
        String name = field.substring(dot + 1);
        String prefix = owner.equals("internment") ? "" : owner;
        String component = prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return "claim:" + component;
    }

    public List<Relationship> getRelationships() {
        return List.of(Relationship.values());
    }

    public List<Sex> getSexes() {
        return List.of(Sex.values());
    }

    public boolean isSelf() {
        return form.getRelationship() == Relationship.SELF;
    }

    public ClaimForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
