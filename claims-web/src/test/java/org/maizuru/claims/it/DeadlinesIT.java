package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deadlines that act by themselves, seen from outside on a running server whose duties run every ten seconds
 * ({@code CLAIMS_DUTIES_CRON} in the build; after the first test, the tests ask for rounds): a request whose date has passed goes back to its caseworker and the
 * overdue queue, a request near its date is reminded, a decided claim is closed after its appeal period and an
 * appealed one is not; the association is told in its inbox and by mail, through a real SMTP server; each round
 * is in the audit trail. The test moves dates into the past in the database, as time would.
 */
@ExtendWith(TestServer.class)
class DeadlinesIT {

    private static final String PASSWORD = "maizuru-demo";
    private static final String JSON = "application/json";
    private static final String CONTACT = "office@maizuru-hikiage.example";
    /** Two minutes, as the acceptance asks; the test server's schedule runs a round every ten seconds. */
    private static final Duration WITHIN = Duration.ofMinutes(2);

    /** The SMTP server the test server mails its notices to, on the port it was started with. */
    private static GreenMail mail;

    private final ServerUnderTest server;
    private final URL base;

    DeadlinesIT(ServerUnderTest server) {
        this.server = server;
        this.base = server.base();
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(server.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
    }

    private HttpSession as(String username) {
        return new HttpSession(base).as(username, PASSWORD);
    }

    @AfterAll
    static void stopTheMailServer() {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }

    @AfterEach
    void noMoreMail() {
        // The next tests' notices are not mailed to a server that is no longer there.
        setContact("");
    }

    @Test
    void dueDatesAndAppealPeriodsActByThemselvesAndTheAssociationIsToldInItsInboxAndByMail() throws Exception {
        setContact(CONTACT);
        var association = as("assoc-a");
        var caseworker = as("caseworker");
        var supervisor = as("supervisor");
        LocalDate yesterday = today().minusDays(1);

        long overdue = inReview(association, caseworker);
        long overdueRequest = ask(caseworker, overdue, today().plusDays(30));
        long reminded = inReview(association, caseworker);
        long remindedRequest = ask(caseworker, reminded, today().plusDays(3));
        long decided = decided(association, caseworker, supervisor);
        long appealed = decided(association, caseworker, supervisor);
        assertEquals(
                200,
                association
                        .postJson("/api/v1/claims/" + appealed + "/appeal", "{\"grounds\": \"抑留期間の認定に誤りがあります。\"}")
                        .statusCode());

        sql("update information_request set due_on = DATE '" + yesterday + "' where id = " + overdueRequest);
        sql("update information_request set requested_at = requested_at - interval '10' day where id = "
                + remindedRequest);
        sql("update decision set appealable_until = DATE '" + yesterday.minusDays(1) + "' where claim_id in (" + decided
                + ", " + appealed + ")");

        awaitTrue(() -> queue(caseworker, "overdue").contains(overdue), "the overdue claim is in the overdue queue");
        awaitTrue(() -> "CLOSED".equals(status(association, decided)), "the decided claim is closed");
        awaitTrue(() -> kinds(association, reminded).contains("REQUEST_REMINDER"), "the reminder is in the inbox");

        assertEquals("IN_REVIEW", status(association, overdue), "the claim is back with its caseworker");
        assertEquals("APPEALED", status(association, appealed), "a claim under appeal is not closed");
        assertEquals("AWAITING_INFORMATION", status(association, reminded), "a reminder does not move the claim");
        assertTrue(kinds(association, overdue).contains("REQUEST_OVERDUE"));
        assertTrue(kinds(association, decided).containsAll(List.of("DECISION_MADE", "CLAIM_CLOSED")));
        assertFalse(queue(as("supervisor"), "overdue").isEmpty(), "supervisors see everyone's overdue claims");
        assertTrue(queue(caseworker, "mine").contains(overdue), "and in the caseworker's own queue");

        // Each round is in the trail, with what it did.
        JsonObject runs = HttpSession.object(as("auditor").get("/api/v1/audit/events?action=DUTIES_RUN&size=500"));
        var summaries = runs.getJsonArray("items").stream()
                .map(e -> e.asJsonObject().getString("summary"))
                .toList();
        assertTrue(summaries.stream().anyMatch(s -> s.matches(".*requestsOverdue [1-9].*")), summaries.toString());
        assertTrue(summaries.stream().anyMatch(s -> s.matches(".*claimsClosed [1-9].*")), summaries.toString());
        assertTrue(summaries.stream().anyMatch(s -> s.matches(".*requestsReminded [1-9].*")), summaries.toString());

        // The association's inbox: newest first, in pages, its own claims only; reading one marks it.
        JsonObject inbox = HttpSession.object(association.get("/api/v1/notices?size=2"));
        var items = inbox.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertEquals(2, items.size());
        assertTrue(items.get(0).getJsonNumber("id").longValue()
                > items.get(1).getJsonNumber("id").longValue());
        JsonObject older =
                HttpSession.object(association.get("/api/v1/notices?size=2&after=" + inbox.getString("next")));
        assertTrue(
                older.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()
                        < items.get(1).getJsonNumber("id").longValue(),
                "the next page holds older notices");
        long unread = inbox.getJsonNumber("unread").longValue();
        long first = items.get(0).getJsonNumber("id").longValue();
        assertEquals(
                404,
                as("assoc-b")
                        .post("/api/v1/notices/" + first + "/read", JSON, "")
                        .statusCode(),
                "another association's notice does not exist for it");
        assertTrue(
                HttpSession.object(as("assoc-b").get("/api/v1/notices?size=100")).getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .noneMatch(n -> List.of(overdue, reminded, decided, appealed)
                                .contains(n.getJsonNumber("claimId").longValue())),
                "assoc-b is told nothing of assoc-a's claims");
        assertEquals(403, caseworker.get("/api/v1/notices").statusCode(), "only associations have an inbox");
        assertEquals(
                204,
                association.post("/api/v1/notices/" + first + "/read", JSON, "").statusCode());
        assertEquals(
                unread - 1,
                HttpSession.object(association.get("/api/v1/notices?size=1"))
                        .getJsonNumber("unread")
                        .longValue());

        // The mails came through the SMTP server, in Japanese with the English below.
        String number =
                HttpSession.object(association.get("/api/v1/claims/" + overdue)).getString("number");
        awaitRound(() -> mailTo(number, "回答期限が過ぎました") != null, "the overdue notice is mailed");
        MimeMessage mail = mailTo(number, "回答期限が過ぎました");
        assertEquals(CONTACT, mail.getAllRecipients()[0].toString());
        String body = mail.getContent().toString();
        assertTrue(
                body.contains("舞鶴引揚者の会 御中") && body.contains("The date for the information asked for claim " + number),
                body);

        // The caseworker gives the overdue request more time: the claim waits for the answer again.
        var extended = caseworker.postJson(
                "/api/v1/casework/claims/" + overdue + "/information-requests/" + overdueRequest + "/extension",
                "{\"dueOn\": \"" + today().plusDays(14) + "\"}");
        assertEquals(200, extended.statusCode(), extended.body());
        assertEquals("OPEN", HttpSession.object(extended).getString("state"));
        assertEquals("AWAITING_INFORMATION", status(association, overdue));
        assertFalse(queue(caseworker, "overdue").contains(overdue), "no longer overdue");
        assertTrue(kinds(association, overdue).contains("REQUEST_EXTENDED"));
        assertEquals(
                409,
                caseworker
                        .postJson(
                                "/api/v1/casework/claims/" + overdue + "/information-requests/" + overdueRequest
                                        + "/extension",
                                "{\"dueOn\": \"" + today().plusDays(20) + "\"}")
                        .statusCode(),
                "only an overdue request is extended");
    }

    @Test
    void anOverdueRequestMayStillBeAnsweredUntilTheCaseworkerAsksAgain() {
        var association = as("assoc-a");
        var caseworker = as("caseworker");
        long late = inReview(association, caseworker);
        long lateRequest = ask(caseworker, late, today().plusDays(30));
        long replaced = inReview(association, caseworker);
        long replacedRequest = ask(caseworker, replaced, today().plusDays(30));
        sql("update information_request set due_on = DATE '" + today().minusDays(1) + "' where id in (" + lateRequest
                + ", " + replacedRequest + ")");
        awaitRound(() -> queue(caseworker, "overdue").containsAll(List.of(late, replaced)), "both are overdue");

        var answered = association.postJson(
                "/api/v1/claims/" + late + "/information-requests/" + lateRequest + "/response",
                "{\"response\": \"遅くなりましたが、戸籍謄本を提出します。\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals("IN_REVIEW", status(association, late), "a late answer leaves the claim with its caseworker");
        assertFalse(queue(caseworker, "overdue").contains(late), "answered, so no longer overdue");

        var letter =
                association.getBytes("/api/v1/claims/" + late + "/information-requests/" + lateRequest + "/letter");
        assertEquals(200, letter.statusCode());
        assertEquals(
                "application/pdf", letter.headers().firstValue("Content-Type").orElseThrow());
        String read = pdfText(letter.body());
        assertTrue(read.contains("資料提出のお願い") && read.contains("戸籍謄本を提出してください。"), read);
        assertEquals(
                404,
                as("assoc-b")
                        .getBytes("/api/v1/claims/" + late + "/information-requests/" + lateRequest + "/letter")
                        .statusCode(),
                "another association's request letter does not exist for it");

        long again = ask(caseworker, replaced, today().plusDays(20));
        var stale = association.postJson(
                "/api/v1/claims/" + replaced + "/information-requests/" + replacedRequest + "/response",
                "{\"response\": \"古い照会への回答\"}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(
                HttpSession.object(stale).getString("message").contains("回答できません")
                        || HttpSession.object(stale).getString("message").contains("can no longer be answered"),
                stale.body());
        assertEquals(
                200,
                association
                        .postJson(
                                "/api/v1/claims/" + replaced + "/information-requests/" + again + "/response",
                                "{\"response\": \"新しい照会への回答\"}")
                        .statusCode());
    }

    private long inReview(HttpSession association, HttpSession caseworker) {
        var created =
                association.postJson("/api/v1/claims", ClaimJsonBuilder.claim().json());
        assertEquals(201, created.statusCode(), created.body());
        long id = HttpSession.object(created).getJsonNumber("id").longValue();
        var uploaded = association.upload(
                "/api/v1/claims/" + id + "/evidence",
                "引揚証明書.pdf",
                ClaimsApiIT.pdf("Repatriation certificate " + id),
                "type",
                "REPATRIATION_CERTIFICATE",
                "language",
                "ja");
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        assertEquals(
                200,
                association.post("/api/v1/claims/" + id + "/submit", JSON, "").statusCode());
        assertEquals(
                200,
                caseworker
                        .post("/api/v1/casework/claims/" + id + "/assign", JSON, "")
                        .statusCode());
        return id;
    }

    private long decided(HttpSession association, HttpSession caseworker, HttpSession supervisor) {
        long id = inReview(association, caseworker);
        var recommended = caseworker.postJson(
                "/api/v1/casework/claims/" + id + "/recommendation",
                "{\"outcome\": \"GRANT\", \"returnedOn\": \"1948-06-20\", \"reasonCodes\": [], \"reason\": \"引揚証明書で確認\"}");
        assertEquals(200, recommended.statusCode(), recommended.body());
        assertEquals(
                200,
                supervisor
                        .postJson("/api/v1/casework/claims/" + id + "/approval", "{\"approve\": true}")
                        .statusCode());
        return id;
    }

    private static long ask(HttpSession caseworker, long claim, LocalDate dueOn) {
        var asked = caseworker.postJson(
                "/api/v1/casework/claims/" + claim + "/information-requests",
                "{\"message\": \"戸籍謄本を提出してください。\", \"dueOn\": \"" + dueOn + "\"}");
        assertEquals(201, asked.statusCode(), asked.body());
        return HttpSession.object(asked).getJsonNumber("id").longValue();
    }

    private static List<Long> queue(HttpSession who, String queue) {
        var listed = who.get("/api/v1/casework/queues/" + queue + "?size=100");
        assertEquals(200, listed.statusCode(), listed.body());
        return HttpSession.object(listed).getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    void aPensionWhoseProofOfLifeIsOverdueIsSuspendedByItselfAndAProofOfLifeResumesIt() {
        String code = "PENSION_LIFE_" + System.nanoTime() % 1_000_000;
        var admin = as("admin");
        assertEquals(
                201, admin.postJson("/api/v1/programmes", """
                {"code": "%s", "kind": "PENSION", "nameJa": "抑留者年金（現況届試験）", "nameEn": "Internee pension (proof of life test)",
                 "internedFrom": "1945-09-02", "filingWindows": [{"opensOn": "2020-01-01", "closesOn": "2035-12-31"}],
                 "rates": [{"effectiveFrom": "2020-01-01", "amountYen": 40000}]}""".formatted(code)).statusCode());
        var association = as("assoc-a");
        var created = association.postJson(
                "/api/v1/claims",
                ClaimJsonBuilder.claim().json().replace("\"SPECIAL_BENEFIT_2010\"", "\"" + code + "\""));
        long id = HttpSession.object(created).getJsonNumber("id").longValue();
        association.upload(
                "/api/v1/claims/" + id + "/evidence",
                "c.pdf",
                ClaimsApiIT.pdf("c " + id),
                "type",
                "REPATRIATION_CERTIFICATE");
        assertEquals(
                200,
                association.post("/api/v1/claims/" + id + "/submit", JSON, "").statusCode());
        var caseworker = as("caseworker");
        caseworker.post("/api/v1/casework/claims/" + id + "/assign", JSON, "");
        assertEquals(
                200,
                caseworker
                        .postJson("/api/v1/casework/claims/" + id + "/recommendation", "{\"outcome\": \"GRANT\"}")
                        .statusCode());
        assertEquals(
                200,
                as("supervisor")
                        .postJson("/api/v1/casework/claims/" + id + "/approval", "{\"approve\": true}")
                        .statusCode());
        assertFalse(payments(association, id).getBoolean("suspended"));

        // Granted thirteen months ago, with no proof of life since: the proof was due a month ago.
        sql("update decision set decided_at = timestamp with time zone '" + today().minusMonths(13) + " 03:00:00+00'"
                + " where claim_id = " + id);
        awaitRound(() -> payments(association, id).getBoolean("suspended"), "the pension is suspended by itself");
        assertTrue(kinds(association, id).contains("PAYMENTS_SUSPENDED"), "and the association is told");

        var proof = association.postJson(
                "/api/v1/claims/" + id + "/life-events", "{\"kind\": \"PROOF_OF_LIFE\", \"on\": \"" + today() + "\"}");
        assertEquals(201, proof.statusCode(), proof.body());
        JsonObject resumed = payments(association, id);
        assertFalse(resumed.getBoolean("suspended"), "a proof of life resumes the payments");
        assertEquals(
                today().plusMonths(12).toString(), resumed.getString("proofOfLifeDue"), "the next proof in a year");
    }

    private static JsonObject payments(HttpSession session, long claim) {
        return HttpSession.object(session.get("/api/v1/claims/" + claim + "/payments"));
    }

    private static String status(HttpSession who, long claim) {
        return HttpSession.object(who.get("/api/v1/claims/" + claim)).getString("status");
    }

    private static List<String> kinds(HttpSession association, long claim) {
        return HttpSession.object(association.get("/api/v1/notices?size=100")).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(n -> n.getJsonNumber("claimId").longValue() == claim)
                .map(n -> n.getString("kind"))
                .toList();
    }

    private static MimeMessage mailTo(String claimNumber, String subject) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().contains(claimNumber)
                                && m.getSubject().contains(subject);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElse(null);
    }

    private void setContact(String address) {
        var admin = as("admin");
        long association = HttpSession.json(admin.get("/api/v1/associations")).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("code").equals("ASSOC-A"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        var changed = admin.putJson(
                "/api/v1/associations/" + association + "/contact-email", "{\"contactEmail\": \"" + address + "\"}");
        assertEquals(200, changed.statusCode(), changed.body());
    }

    /**
     * An import whose server stopped under it: it says no more than RUNNING, and has counted no row for ten
     * minutes. The duty closes it as interrupted with the line it reached; the rows it filed stay whole, and the
     * same roll sent again files only the rest.
     */
    @Test
    void anImportCutShortByARestartIsClosedAsInterruptedAndTheSameRollSentAgainFilesTheRest() {
        var association = as("assoc-a");
        String family = "中断" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String[] rows = new String[3];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = String.join(
                    ",",
                    family,
                    "清",
                    "チュウダン",
                    "キヨシ",
                    "1921-0" + (i + 1) + "-01",
                    "男",
                    "",
                    "本人",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "1945-08-20",
                    "",
                    "",
                    "",
                    "",
                    "1949-07-02",
                    "舞鶴");
        }
        String header = ClaimsApiIT.CLAIMS_CSV_HEADER + "\r\n";
        JsonObject cut = association.awaitImport(
                association.post("/api/v1/imports/claims", "text/csv", header + rows[0] + "\r\n"));
        assertEquals(1, cut.getInt("accepted"), cut.toString());
        long id = cut.getJsonNumber("id").longValue();
        // as it would stand had the server stopped after the first of the three rows
        sql("update import_job set status = 'RUNNING', finished_at = null, last_line = 2, rows_total = 3,"
                + " progress_at = progress_at - interval '10' minute where id = " + id);
        awaitRound(
                () -> HttpSession.object(association.get("/api/v1/imports/" + id))
                        .getString("status")
                        .equals("INTERRUPTED"),
                "the stalled import is closed as interrupted");
        JsonObject interrupted = HttpSession.object(association.get("/api/v1/imports/" + id));
        assertEquals("import.interrupted", interrupted.getString("failure"));
        assertEquals(2, interrupted.getInt("lastLine"));

        JsonObject again = association.awaitImport(
                association.post("/api/v1/imports/claims", "text/csv", header + String.join("\r\n", rows) + "\r\n"));
        assertEquals(2, again.getInt("accepted"), again.toString());
        assertEquals(1, again.getInt("alreadyFiled"), again.toString());
        var filed = HttpSession.object(association.get(
                        "/api/v1/claims?size=10&q=" + URLEncoder.encode(family, StandardCharsets.UTF_8)))
                .getJsonArray("items");
        assertEquals(3, filed.size(), "each row filed once: " + filed);
    }

    private void sql(String statement) {
        var response = as("admin")
                .post(
                        "/api/v1/it/deadlines/sql?statement=" + URLEncoder.encode(statement, StandardCharsets.UTF_8),
                        "text/plain",
                        "");
        assertEquals(200, response.statusCode(), statement + ": " + response.body());
        assertTrue(Integer.parseInt(response.body()) > 0, statement + " changed nothing");
    }

    /**
     * Asks the server for rounds of its duties until the condition holds: what a round does is the same whether the
     * schedule or the test starts it, and the first test has already seen the schedule act by itself.
     */
    private void awaitRound(BooleanSupplier condition, String what) {
        awaitTrue(
                () -> {
                    var round = as("admin").post("/api/v1/it/deadlines/round", "text/plain", "");
                    assertEquals(200, round.statusCode(), round.body());
                    return condition.getAsBoolean();
                },
                what);
    }

    /** Waits, without asking, until the condition holds. */
    private static void awaitTrue(BooleanSupplier condition, String what) {
        long until = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Not within " + WITHIN + ": " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String pdfText(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private LocalDate today() {
        return server.today();
    }
}
