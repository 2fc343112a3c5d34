package org.maizuru.claims.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.maizuru.claims.audit.AuditEvent;
import org.maizuru.claims.audit.ClaimStory;
import org.maizuru.claims.decision.DecisionService;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.web.account.People;
import org.maizuru.claims.web.i18n.Dates;
import org.maizuru.claims.web.i18n.Texts;

/**
 * Audit events in the reader's language, worded when they are read from the act's named details:
 * {@code #{eventWords.action(code)}} names the act, {@code #{eventWords.text(event)}} says what it was about.
 * The sentence for an act is {@code audit.summary.<ACTION>} in the pages' bundle; each {@code {name}} in it is
 * the detail of that name in words (a status, an outcome, a reason, a person by their display name, a date in
 * both calendars), and a part in {@code [ ]} is left out when a detail it names is absent. An event from before
 * acts had details is read by the English line it was written with, the only account of it there is.
 */
@Named
@RequestScoped
public class EventWords {

    static final String REPORTS = "org.maizuru.claims.audit.Reports";
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    @Inject
    Texts texts;

    @Inject
    People people;

    @Inject
    Dates dates;

    @Inject
    DecisionService decisions;

    private final Map<String, String> programmes = new HashMap<>();

    /** A programme by its name in the reader's language; its code only if it has gone. */
    public String programme(String code) {
        return value("programme", Map.of("programme", code));
    }

    /** The act's name in words: 照会, 勧告の承認. */
    public String action(String code) {
        if (code == null) {
            return "";
        }
        try {
            return bundle(REPORTS).getString("action." + code);
        } catch (MissingResourceException unknown) {
            return texts.get("audit.action.unknown");
        }
    }

    /** Who did it: the person's name and role, or the system. */
    public String who(String login, String role) {
        if (Actor.SYSTEM.equals(login) || role == null) {
            return people.name(login);
        }
        return texts.get("audit.who", people.name(login), texts.get("Role." + role));
    }

    public String text(AuditEvent event) {
        return words(event.action(), event.details(), event.summary());
    }

    public String text(ClaimStory.Step step) {
        return words(step.action(), step.details(), step.summary());
    }

    String words(String action, Map<String, String> details, String summary) {
        if (details.isEmpty() || !texts.has("audit.summary." + action)) {
            // Written before acts carried their details: the line of that time is all there is.
            return summary == null ? "" : summary;
        }
        if ("DUTIES_RUN".equals(action)) {
            return duties(details);
        }
        String sentence = texts.get("audit.summary." + action);
        Matcher optional = OPTIONAL.matcher(sentence);
        var kept = new StringBuilder();
        while (optional.find()) {
            String part = optional.group(1);
            boolean complete = NAME.matcher(part).results().allMatch(name -> has(details, name.group(1)));
            optional.appendReplacement(kept, Matcher.quoteReplacement(complete ? part : ""));
        }
        optional.appendTail(kept);
        Matcher names = NAME.matcher(kept);
        var worded = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(worded, Matcher.quoteReplacement(value(names.group(1), details)));
        }
        names.appendTail(worded);
        return worded.toString().strip();
    }

    private static boolean has(Map<String, String> details, String name) {
        return "name".equals(name)
                ? details.containsKey("nameJa") || details.containsKey("nameEn")
                : details.containsKey(name);
    }

    /** One detail in words, by what its name says it is. */
    private String value(String name, Map<String, String> details) {
        if ("name".equals(name)) {
            String ja = details.get("nameJa");
            String en = details.get("nameEn");
            return texts.isJapanese() && ja != null ? ja : en != null ? en : ja;
        }
        String value = details.get(name);
        if (value == null) {
            return "";
        }
        return switch (name) {
            case "from", "to" -> texts.get("ClaimStatus." + value);
            case "outcome" ->
                texts.get(
                        value.equals("GRANT") || value.equals("DENY") ? "Recommendation." + value : "Outcome." + value);
            case "reasons" ->
                Arrays.stream(value.split(","))
                        .filter(code -> !code.isBlank())
                        .map(code -> texts.get("ReasonCode." + code.strip()))
                        .collect(Collectors.joining(texts.get("general.listSeparator")));
            case "evidenceType" -> texts.get("EvidenceType." + value);
            case "verdict" -> texts.get("EvidenceVerdict." + value);
            case "kind" -> texts.get("ProgrammeKind." + value);
            case "role" -> texts.get("Role." + value);
            case "channel" -> texts.get("audit.channel." + value);
            case "format" -> texts.has("audit.format." + value) ? texts.get("audit.format." + value) : value;
            case "waiting" -> texts.get("audit.waiting");
            case "held" -> texts.get("audit.held." + value);
            case "via" -> texts.get("audit.via." + value);
            case "caseworker", "recommendedBy", "account" -> people.name(value);
            case "programme" ->
                programmes.computeIfAbsent(
                        value,
                        code -> decisions
                                .programme(code)
                                .map(p -> texts.isJapanese() ? p.nameJa() : p.nameEn())
                                .orElse(code));
            case "amountYen", "totalYen" -> dates.yen(Long.parseLong(value));
            case "bytes" -> dates.size(Long.parseLong(value));
            case "accountType" -> texts.get("AccountType." + value);
            case "payeeCode" -> texts.get("Payee." + value);
            case "lifeEvent" -> texts.get("LifeEvent." + value);
            case "holderMatches" -> texts.get("audit.holderMatches." + value);
            case "payDate" -> date(value);
            case "until" -> moment(value);
            default ->
                name.endsWith("On")
                                || name.endsWith("From")
                                || name.endsWith("To")
                                || name.equals("due")
                                || name.equals("appealableUntil")
                        ? date(value)
                        : value;
        };
    }

    private String date(String value) {
        try {
            return dates.both(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }

    private String moment(String value) {
        try {
            return dates.instant(Instant.parse(value));
        } catch (DateTimeParseException notAMoment) {
            return value;
        }
    }

    private String duties(Map<String, String> done) {
        if (done.isEmpty()) {
            return texts.get("audit.duty.none");
        }
        return done.entrySet().stream()
                .map(entry -> texts.get("audit.duty." + entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(texts.get("general.listSeparator")));
    }

    private ResourceBundle bundle(String name) {
        return ResourceBundle.getBundle(
                name,
                texts.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
