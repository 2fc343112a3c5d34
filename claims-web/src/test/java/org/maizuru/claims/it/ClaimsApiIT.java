package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maizuru.claims.it.ClaimJsonBuilder.claim;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST contract through whole claims, on a real Payara Micro and the database the build names: filing,
 * evidence, submission, casework, the four-eyes decision, the notice, the appeal; and the refusals — no
 * credentials, a foreign association, the recommender approving, bad input, stale versions, wrong documents.
 */
@ExtendWith(TestServer.class)
class ClaimsApiIT {

    static final String CLAIMS_CSV_HEADER = String.join(
            ",",
            "internee_family_name",
            "internee_given_name",
            "internee_family_name_kana",
            "internee_given_name_kana",
            "internee_birth_date",
            "internee_sex",
            "internee_date_of_death",
            "claimant_relationship",
            "claimant_family_name",
            "claimant_given_name",
            "claimant_family_name_kana",
            "claimant_given_name_kana",
            "claimant_birth_date",
            "captured_on",
            "capture_area",
            "camp",
            "camp_from",
            "camp_to",
            "returned_on",
            "port");

    private static final String PASSWORD = "maizuru-demo";
    private static final String JSON = "application/json";

    private final ServerUnderTest server;
    private final URL base;

    ClaimsApiIT(ServerUnderTest server) {
        this.server = server;
        this.base = server.base();
    }

    private HttpSession assocA() {
        return new HttpSession(base).as("assoc-a", PASSWORD);
    }

    private HttpSession assocB() {
        return new HttpSession(base).as("assoc-b", PASSWORD);
    }

    private HttpSession caseworker() {
        return new HttpSession(base).as("caseworker", PASSWORD);
    }

    private HttpSession supervisor() {
        return new HttpSession(base).as("supervisor", PASSWORD);
    }

    @Test
    void aClaimGoesFromFilingThroughReviewAndDecisionToAppealAndANewDecision() throws Exception {
        var association = assocA();
        var created = association.postJson(
                "/api/v1/claims", claim().returnedOn(LocalDate.of(1953, 7, 1)).json());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = HttpSession.object(created);
        long id = draft.getJsonNumber("id").longValue();
        String number = draft.getString("number");
        assertTrue(number.matches("MZ-\\d{4}-\\d{6}"), number);
        assertEquals("DRAFT", draft.getString("status"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/claims/" + id));

        byte[] pdf = pdf("Repatriation certificate " + number);
        var uploaded = association.upload(
                "/api/v1/claims/" + id + "/evidence",
                "引揚証明書.pdf",
                pdf,
                "type",
                "REPATRIATION_CERTIFICATE",
                "language",
                "ja");
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonObject evidence = HttpSession.object(uploaded);
        assertEquals("application/pdf", evidence.getString("mediaType"));
        assertEquals(sha256(pdf), evidence.getString("sha256"));
        var download =
                association.getBytes("/api/v1/claims/" + id + "/evidence/" + evidence.getJsonNumber("id") + "/content");
        assertEquals(200, download.statusCode());
        assertTrue(Arrays.equals(pdf, download.body()), "the document comes back byte for byte");
        assertEquals(
                "nosniff",
                download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(download.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .startsWith("attachment"));

        assertStatus("SUBMITTED", association.post("/api/v1/claims/" + id + "/submit", JSON, ""));
        var reviewer = caseworker();
        assertStatus("IN_REVIEW", reviewer.post("/api/v1/casework/claims/" + id + "/assign", JSON, ""));

        var asked = reviewer.postJson(
                "/api/v1/casework/claims/" + id + "/information-requests",
                "{\"message\": \"労働証明書の写しを提出してください。\", \"dueOn\": \"" + today().plusDays(30) + "\"}");
        assertEquals(201, asked.statusCode(), asked.body());
        long requestId = HttpSession.object(asked).getJsonNumber("id").longValue();
        assertEquals("AWAITING_INFORMATION", claimOf(association, id).getString("status"));
        var answered = association.postJson(
                "/api/v1/claims/" + id + "/information-requests/" + requestId + "/response",
                "{\"response\": \"労働証明書を追加で提出しました。\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals("IN_REVIEW", claimOf(association, id).getString("status"));

        assertStatus(
                "RECOMMENDED",
                reviewer.postJson(
                        "/api/v1/casework/claims/" + id + "/recommendation",
                        "{\"outcome\": \"GRANT\", \"returnedOn\": \"1953-07-01\", \"reasonCodes\": [], \"reason\": \"引揚証明書で確認\"}"));
        assertEquals(
                403,
                reviewer.postJson("/api/v1/casework/claims/" + id + "/approval", "{\"approve\": true}")
                        .statusCode(),
                "a caseworker does not approve");
        assertStatus(
                "DECIDED", supervisor().postJson("/api/v1/casework/claims/" + id + "/approval", "{\"approve\": true}"));

        JsonObject decision = HttpSession.object(association.get("/api/v1/claims/" + id + "/decision"));
        assertEquals("GRANTED", decision.getString("outcome"));
        assertEquals(1_100_000, decision.getJsonNumber("amountYen").longValue());
        assertEquals(4, decision.getInt("tier"));
        assertEquals("caseworker", decision.getString("recommendedBy"));
        assertEquals("supervisor", decision.getString("approvedBy"));

        var notice = association.getBytes("/api/v1/claims/" + id + "/decision/notice");
        assertEquals(200, notice.statusCode());
        assertEquals(
                "application/pdf", notice.headers().firstValue("Content-Type").orElseThrow());
        String letter = text(notice.body());
        assertTrue(letter.contains(number), "the notice names the claim number");
        assertTrue(letter.contains("決定通知書") && letter.contains("1,100,000"), letter);

        assertStatus(
                "APPEALED",
                association.postJson("/api/v1/claims/" + id + "/appeal", "{\"grounds\": \"帰還日は1955年です。\"}"));
        assertStatus("IN_REVIEW", reviewer.post("/api/v1/casework/claims/" + id + "/assign", JSON, ""));
        assertStatus(
                "RECOMMENDED",
                reviewer.postJson(
                        "/api/v1/casework/claims/" + id + "/recommendation",
                        "{\"outcome\": \"GRANT\", \"returnedOn\": \"1955-03-01\"}"));
        assertStatus(
                "DECIDED", supervisor().postJson("/api/v1/casework/claims/" + id + "/approval", "{\"approve\": true}"));
        JsonObject second = HttpSession.object(association.get("/api/v1/claims/" + id + "/decision"));
        assertNotEquals(decision.getJsonNumber("id"), second.getJsonNumber("id"), "the appeal ends in a new decision");
        assertEquals(1_500_000, second.getJsonNumber("amountYen").longValue());
    }

    @Test
    void theLumpSumFollowsTheTierOfTheLandingDate() {
        assertEquals(250_000, grantedAmount(LocalDate.of(1948, 12, 31)));
        assertEquals(350_000, grantedAmount(LocalDate.of(1949, 1, 1)));
        assertEquals(1_500_000, grantedAmount(LocalDate.of(1956, 12, 23)));
    }

    @Test
    void anInterneeWhoDiedBeforeTheActCannotBeGrantedButTheHeirOfOneWhoDiedIn2011Can() {
        long early = submittedAndAssigned(
                claim().heirOfInterneeWhoDied(LocalDate.of(2009, 5, 1)).json());
        var refused = caseworker()
                .postJson("/api/v1/casework/claims/" + early + "/recommendation", "{\"outcome\": \"GRANT\"}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Died before the entitlement date"), refused.body());
        assertStatus(
                "RECOMMENDED",
                caseworker()
                        .postJson(
                                "/api/v1/casework/claims/" + early + "/recommendation",
                                "{\"outcome\": \"DENY\", \"reasonCodes\": [\"DIED_BEFORE_ENTITLEMENT_DATE\"]}"));
        assertStatus(
                "DECIDED",
                supervisor().postJson("/api/v1/casework/claims/" + early + "/approval", "{\"approve\": true}"));
        assertEquals(
                "DENIED",
                HttpSession.object(assocA().get("/api/v1/claims/" + early + "/decision"))
                        .getString("outcome"));

        long heir = submittedAndAssigned(
                claim().heirOfInterneeWhoDied(LocalDate.of(2011, 2, 1)).json());
        assertStatus(
                "RECOMMENDED",
                caseworker()
                        .postJson("/api/v1/casework/claims/" + heir + "/recommendation", "{\"outcome\": \"GRANT\"}"));
        assertStatus(
                "DECIDED",
                supervisor().postJson("/api/v1/casework/claims/" + heir + "/approval", "{\"approve\": true}"));
        assertEquals(
                "GRANTED",
                HttpSession.object(assocA().get("/api/v1/claims/" + heir + "/decision"))
                        .getString("outcome"));
    }

    @Test
    void aGrantForAnInterneeBindsEveryLaterClaimForHim() {
        String internee = "同一" + System.nanoTime() % 1_000_000;
        LocalDate died = LocalDate.of(2012, 8, 1);
        long first = decided(
                claim().interneeFamilyName(internee).heirOfInterneeWhoDied(died).json());
        assertEquals(
                "GRANTED",
                HttpSession.object(assocA().get("/api/v1/claims/" + first + "/decision"))
                        .getString("outcome"));

        long sibling = submittedAndAssigned(
                claim().interneeFamilyName(internee).heirOfInterneeWhoDied(died).json());
        var refused = caseworker()
                .postJson("/api/v1/casework/claims/" + sibling + "/recommendation", "{\"outcome\": \"GRANT\"}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Already granted for this internee"), refused.body());

        long brother = submittedAndAssigned(claim().interneeFamilyName(internee)
                .heirOfInterneeWhoDied(died)
                .json()
                .replace("\"CHILD\"", "\"SIBLING\""));
        var lowerRank = caseworker()
                .postJson("/api/v1/casework/claims/" + brother + "/recommendation", "{\"outcome\": \"GRANT\"}");
        assertEquals(409, lowerRank.statusCode(), "a later rank inherits nothing once an earlier rank was paid");

        long other = decided(claim().interneeFamilyName(internee)
                .interneeBorn(LocalDate.of(1926, 5, 5))
                .heirOfInterneeWhoDied(died)
                .json());
        assertEquals(
                "GRANTED",
                HttpSession.object(assocA().get("/api/v1/claims/" + other + "/decision"))
                        .getString("outcome"),
                "a namesake born on another day is another internee");
    }

    @Test
    void anotherAssociationNeverSeesAClaimItsEvidenceOrItsDecision() throws Exception {
        long id = decided(claim().json());
        JsonObject claim = claimOf(assocA(), id);
        long evidenceId = claim.getJsonArray("evidence")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        var foreign = assocB();

        assertEquals(404, foreign.get("/api/v1/claims/" + id).statusCode());
        assertEquals(
                404,
                foreign.getBytes("/api/v1/claims/" + id + "/evidence/" + evidenceId + "/content")
                        .statusCode());
        assertEquals(404, foreign.get("/api/v1/claims/" + id + "/decision").statusCode());
        assertEquals(
                404,
                foreign.getBytes("/api/v1/claims/" + id + "/decision/notice").statusCode());
        assertEquals(
                404,
                foreign.post("/api/v1/claims/" + id + "/withdraw", JSON, "").statusCode());
        assertEquals(
                404,
                foreign.postJson("/api/v1/claims/" + id + "/appeal", "{\"grounds\": \"x\"}")
                        .statusCode());
        var list = foreign.get("/api/v1/claims?q=" + claim.getString("number"));
        assertEquals(0, HttpSession.object(list).getJsonArray("items").size(), "not in the other association's list");
        assertEquals(
                403,
                foreign.post("/api/v1/casework/claims/" + id + "/assign", JSON, "")
                        .statusCode());
        assertEquals(
                200,
                new HttpSession(base)
                        .as("auditor", PASSWORD)
                        .get("/api/v1/claims/" + id)
                        .statusCode(),
                "an auditor reads every claim");
    }

    @Test
    void theRecommenderCannotApproveTheirOwnRecommendation() {
        long id = submitted(claim().json());
        var boss = supervisor();
        assertStatus("IN_REVIEW", boss.post("/api/v1/casework/claims/" + id + "/assign", JSON, ""));
        assertStatus(
                "RECOMMENDED",
                boss.postJson("/api/v1/casework/claims/" + id + "/recommendation", "{\"outcome\": \"GRANT\"}"));

        var own = boss.postJson("/api/v1/casework/claims/" + id + "/approval", "{\"approve\": true}");
        assertEquals(403, own.statusCode(), own.body());
        assertEquals("RECOMMENDED", claimOf(assocA(), id).getString("status"), "nothing changed");
    }

    @Test
    void badInputIsA400ThatNamesTheFieldAndShowsNoStackTrace() {
        var association = assocA();
        var missing = association.postJson(
                "/api/v1/claims", claim().json().replaceFirst("\"familyName\": \"[^\"]+\"", "\"familyName\": \"\""));
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("\"field\":\"claimant.familyName\""), missing.body());

        var implausible = association.postJson(
                "/api/v1/claims", claim().interneeBorn(LocalDate.of(1960, 1, 1)).json());
        assertEquals(400, implausible.statusCode(), implausible.body());
        assertTrue(implausible.body().contains("internee.birthDate"), implausible.body());

        var unknownCamp =
                association.postJson("/api/v1/claims", claim().camp("ATLANTIS").json());
        assertEquals(400, unknownCamp.statusCode());
        assertTrue(unknownCamp.body().contains("internment.stays[0].place"), unknownCamp.body());

        var malformed = association.postJson("/api/v1/claims", "{\"programme\": \"SPECIAL_BENEFIT_2010\", oops");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("malformedJson", HttpSession.object(malformed).getString("error"));
        assertFalse(malformed.body().contains("Exception") || malformed.body().contains("at org."), malformed.body());
    }

    @Test
    void aPageTooFarIsA400AndARefusalSpeaksTheCallersLanguage() {
        var association = assocA();
        var far = association.get("/api/v1/claims?page=2147483647");
        assertEquals(400, far.statusCode(), far.body());
        assertEquals(
                "page",
                HttpSession.object(far).getJsonArray("details").getJsonObject(0).getString("field"));
        var farQueue = caseworker().get("/api/v1/casework/queues/unassigned?page=2147483647&size=100");
        assertEquals(400, farQueue.statusCode(), farQueue.body());

        var inJapanese = association.get("/api/v1/claims/987654321", "Accept-Language", "ja,en;q=0.5");
        assertEquals(404, inJapanese.statusCode());
        assertEquals("claim.notFound", HttpSession.object(inJapanese).getString("error"));
        assertEquals("請求 987654321 は見つかりません。", HttpSession.object(inJapanese).getString("message"));
        var inEnglish = association.get("/api/v1/claims/987654321");
        assertEquals(
                "Claim 987654321 was not found.", HttpSession.object(inEnglish).getString("message"));

        var latinKana = association.postJson(
                "/api/v1/claims", claim().interneeKana("maiduru", "kiyosi").json(), "Accept-Language", "ja");
        assertEquals(400, latinKana.statusCode(), latinKana.body());
        assertTrue(
                latinKana.body().contains("\"field\":\"internee.familyNameKana\"")
                        && latinKana.body().contains("読み仮名はかなで入力してください。"),
                latinKana.body());
    }

    @Test
    void theApisOwnErrorsSpeakJapaneseToo() {
        var association = assocA();
        var blank = association.postJson(
                "/api/v1/claims", claim().interneeFamilyName("").json(), "Accept-Language", "ja");
        assertEquals(400, blank.statusCode(), blank.body());
        JsonObject invalid = HttpSession.object(blank);
        assertTrue(invalid.getString("message").startsWith("要求に正しくない項目が"), blank.body());
        assertTrue(
                blank.body().contains("\"field\":\"internee.familyName\"")
                        && blank.body().contains("空白は許可されていません"),
                blank.body());

        var wrongSex = association.postJson(
                "/api/v1/claims", claim().json().replace("\"MALE\"", "\"M\""), "Accept-Language", "ja");
        assertEquals(400, wrongSex.statusCode(), wrongSex.body());
        assertTrue(wrongSex.body().contains("MALE または FEMALE を指定してください"), wrongSex.body());

        var malformed = association.postJson("/api/v1/claims", "{\"programme\": ", "Accept-Language", "ja");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("malformedJson", HttpSession.object(malformed).getString("error"));
        assertTrue(HttpSession.object(malformed).getString("message").startsWith("要求の本文が正しい形式ではない"), malformed.body());

        var notAllowed = caseworker()
                .post("/api/v1/casework/queues/unassigned", "application/json", "{}", "Accept-Language", "ja");
        assertEquals(405, notAllowed.statusCode(), notAllowed.body());
        assertEquals("このアドレスではこのメソッドは使えません。", HttpSession.object(notAllowed).getString("message"));

        var inEnglish = association.postJson(
                "/api/v1/claims", claim().interneeFamilyName("").json());
        assertTrue(
                inEnglish.body().contains("The request has 2 invalid field(s).")
                        && inEnglish.body().contains("must not be blank"),
                inEnglish.body());
    }

    @Test
    void everyErrorIsAlsoAProblemDetailsDocument() {
        var association = assocA();
        var notFound = association.get("/api/v1/claims/987654321?q=secret", "Accept-Language", "ja");
        assertProblem(notFound, 404, "claim.notFound", "見つかりません", "/api/v1/claims/987654321");
        assertEquals("請求 987654321 は見つかりません。", HttpSession.object(notFound).getString("detail"));

        var invalid = association.postJson(
                "/api/v1/claims", claim().interneeFamilyName("").json());
        JsonObject problem = assertProblem(invalid, 400, "invalid", "The request is not valid", "/api/v1/claims");
        assertTrue(
                problem.getJsonArray("details").stream()
                        .map(d -> d.asJsonObject().getString("field"))
                        .anyMatch("internee.familyName"::equals),
                invalid.body());

        var notAllowed = caseworker().post("/api/v1/casework/queues/unassigned", "application/json", "{}");
        assertProblem(notAllowed, 405, "methodNotAllowed", "Method not allowed", "/api/v1/casework/queues/unassigned");

        // Refused before any resource runs, by the authentication mechanism: the same document.
        var anonymous = new HttpSession(base).get("/api/v1/claims", "Accept-Language", "ja");
        assertProblem(anonymous, 401, "unauthorized", "認証が必要です", "/api/v1/claims");
    }

    @Test
    void anAssociationsChangeFeedTellsItsOwnClaimsChangesOldestFirstAndNoneOfAnothers() {
        var association = assocA();
        var other = assocB();
        long start = feed(association, 0).getLast().getJsonNumber("cursor").longValue();
        long otherStart = feed(other, 0).getLast().getJsonNumber("cursor").longValue();
        long id = decided(claim().json());
        long foreign = submittedBy(other, claim().json());

        // Walked two at a time from where it stood: every page's next cursor leads to the following one.
        List<JsonObject> changes = feed(association, start, 2);
        assertTrue(
                changes.stream()
                        .noneMatch(change -> change.getJsonNumber("claim").longValue() == foreign),
                "another association's claim is never in the feed");
        changes.stream()
                .map(change -> change.getJsonNumber("claim").longValue())
                .distinct()
                .forEach(claim -> assertEquals(
                        200, association.get("/api/v1/claims/" + claim).statusCode(), "only its own claims: " + claim));
        long[] cursors = changes.stream()
                .mapToLong(change -> change.getJsonNumber("cursor").longValue())
                .toArray();
        assertTrue(
                Arrays.equals(
                        cursors, Arrays.stream(cursors).sorted().distinct().toArray()),
                "oldest first, once");
        List<JsonObject> ofClaim = changes.stream()
                .filter(change -> change.getJsonNumber("claim").longValue() == id)
                .toList();
        assertEquals(
                List.of(
                        "CLAIM_CREATED",
                        "EVIDENCE_UPLOADED",
                        "CLAIM_SUBMIT",
                        "CLAIM_ASSIGN",
                        "CLAIM_RECOMMEND",
                        "DECISION_MADE"),
                ofClaim.stream().map(change -> change.getString("change")).toList(),
                "its steps, without its readings or the supervisor's approval inside the programme");
        assertEquals(
                claimOf(association, id).getString("number"), ofClaim.getFirst().getString("number"));
        assertFalse(
                ofClaim.get(4).getJsonObject("details").containsKey("outcome"),
                "the recommendation's outcome stays inside the programme until the decision");
        assertEquals(
                "GRANTED",
                ofClaim.get(5).getJsonObject("details").getString("outcome"),
                ofClaim.get(5).toString());

        List<JsonObject> othersChanges = feed(other, otherStart, 100);
        assertTrue(othersChanges.stream()
                .anyMatch(change -> change.getJsonNumber("claim").longValue() == foreign));
        assertTrue(othersChanges.stream()
                .noneMatch(change -> change.getJsonNumber("claim").longValue() == id));

        // Asked after its last change, the feed is empty and keeps the cursor, so a system can ask again with it.
        long last = cursors[cursors.length - 1];
        JsonObject caughtUp = HttpSession.object(association.get("/api/v1/changes?after=" + last));
        assertEquals(0, caughtUp.getJsonArray("items").size());
        assertEquals(last, caughtUp.getJsonNumber("next").longValue());
        assertFalse(caughtUp.getBoolean("more"));

        assertProblem(
                caseworker().get("/api/v1/changes"),
                403,
                "audit.changesForAssociations",
                "Forbidden",
                "/api/v1/changes");
        assertEquals(
                "after",
                assertProblem(
                                association.get("/api/v1/changes?after=-1"),
                                400,
                                "invalid",
                                "The request is not valid",
                                "/api/v1/changes")
                        .getJsonArray("details")
                        .getJsonObject(0)
                        .getString("field"));
    }

    /** The feed from the cursor to its end, a page of {@code size} at a time; the first page alone for size 0. */
    private static List<JsonObject> feed(HttpSession session, long after, int size) {
        var changes = new ArrayList<JsonObject>();
        long cursor = after;
        boolean more = true;
        while (more) {
            var response = session.get("/api/v1/changes?after=" + cursor + "&size=" + size);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject page = HttpSession.object(response);
            page.getJsonArray("items").forEach(item -> changes.add(item.asJsonObject()));
            assertTrue(page.getJsonArray("items").size() <= size, response.body());
            more = page.getBoolean("more");
            assertTrue(!more || page.getJsonNumber("next").longValue() > cursor, response.body());
            cursor = page.getJsonNumber("next").longValue();
        }
        return changes;
    }

    /** The whole feed, ending with a change that stands for its end (the demo data gives every association some). */
    private static List<JsonObject> feed(HttpSession session, long after) {
        List<JsonObject> all = feed(session, after, 500);
        assertFalse(all.isEmpty(), "the demo's claims have changes");
        return all;
    }

    /** RFC 9457's members beside the contract's: the same status, the same words, the path that failed. */
    private static JsonObject assertProblem(
            HttpResponse<String> response, int status, String error, String title, String path) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = HttpSession.object(response);
        assertEquals("urn:maizuru-claims:problem:" + error, problem.getString("type"));
        assertEquals(error, problem.getString("error"));
        assertEquals(title, problem.getString("title"));
        assertEquals(status, problem.getInt("status"));
        assertEquals(problem.getString("message"), problem.getString("detail"));
        assertTrue(problem.getString("instance").endsWith(path), problem.getString("instance"));
        assertFalse(problem.getString("instance").contains("?"), "the query may hold names: it stays out");
        return problem;
    }

    @Test
    void inputThatIsNotTextIsRefusedNamingTheFieldAndNothingIsStoredGarbled() {
        var association = assocA();
        String family = "文字" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        var nul = association.postJson(
                "/api/v1/claims", claim().interneeFamilyName(family + "\\u0000").json(), "Accept-Language", "ja");
        assertEquals(400, nul.statusCode(), nul.body());
        assertTrue(
                nul.body().contains("\"field\":\"internee.familyName\"")
                        && nul.body().contains("制御文字"),
                nul.body());

        byte[] latin1 = claim().interneeFamilyName(family + "Müller").json().getBytes(StandardCharsets.ISO_8859_1);
        var garbled = association.postBytes("/api/v1/claims", "application/json", latin1);
        assertEquals(
                400,
                garbled.statusCode(),
                "bytes that are not UTF-8 are refused, not stored as \uFFFD: " + garbled.body());
        assertTrue(garbled.body().contains("\"field\":\"internee.familyName\""), garbled.body());

        var tooLong = association.postJson(
                "/api/v1/claims", claim().interneeFamilyName("長".repeat(101)).json());
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("internee.familyName"), tooLong.body());

        String line =
                family + ",清,モジ,キヨシ,1924-02-03,男,,本人,,,,,,1945-08-20,満州,タイシェト,1945-09-20,1953-06-10,1953-07-01,舞鶴\r\n";
        // Shift_JIS as Japanese Excel saves a CSV is read as its words, never stored garbled
        JsonObject shiftJis = association.awaitImport(association.postBytes(
                "/api/v1/imports/claims",
                "text/csv",
                (CLAIMS_CSV_HEADER + "\r\n" + line).getBytes(Charset.forName("windows-31j"))));
        assertEquals(1, shiftJis.getInt("accepted"), shiftJis.toString());
        assertEquals("Shift_JIS", shiftJis.getString("charset"));
        var stored = HttpSession.object(
                        association.get("/api/v1/claims?q=" + URLEncoder.encode(family, StandardCharsets.UTF_8)))
                .getJsonArray("items");
        assertEquals(1, stored.size(), stored.toString());
        // bytes that are text in no encoding are refused before anything is filed, in the caller's language
        byte[] neither = (CLAIMS_CSV_HEADER + "\r\n").getBytes(StandardCharsets.US_ASCII);
        neither = Arrays.copyOf(neither, neither.length + 3);
        neither[neither.length - 3] = (byte) 0x81;
        neither[neither.length - 2] = (byte) 0x7f;
        neither[neither.length - 1] = (byte) 0xff;
        var garbage = association.postBytes("/api/v1/imports/claims", "text/csv", neither, "Accept-Language", "ja");
        assertEquals(400, garbage.statusCode(), garbage.body());
        assertTrue(garbage.body().contains("2行目以降の文字が UTF-8 としても Shift_JIS としても読めません"), garbage.body());

        // a NUL in a cell refuses its row, not the import (PostgreSQL stores no NUL, not even in the refused row)
        String badCells = CLAIMS_CSV_HEADER + "\r\n" + line.replace(",清,", ",清\u0007,") + "長".repeat(101)
                + line.substring(family.length()) + line.replace(family + ",清,", family + "零,清\u0000,")
                + line.replace(family + ",清,", family + "良,=HYPERLINK(\"http://example.com\"),")
                        .replace("1924-02-03", "1924-02-30")
                + line.replace(family + ",", family + "良,");
        JsonObject status = association.awaitImport(
                association.post("/api/v1/imports/claims", "text/csv", badCells, "Accept-Language", "ja"));
        assertEquals(1, status.getInt("accepted"), status.toString());
        var errors = status.getJsonArray("errors");
        assertEquals(4, errors.size(), status.toString());
        assertEquals("internee_given_name", errors.getJsonObject(2).getString("column"), errors.toString());
        assertEquals("text.notText", errors.getJsonObject(2).getString("code"), errors.toString());
        String refusedRows = new String(
                association
                        .getBytes(
                                "/api/v1/imports/" + status.getJsonNumber("id").longValue() + "/refused?format=csv")
                        .body(),
                StandardCharsets.UTF_8);
        assertTrue(refusedRows.contains("清\u2400"), "the NUL is shown where it was: " + refusedRows);
        assertTrue(
                refusedRows.contains("\"'=HYPERLINK(\"\"http://example.com\"\")\""),
                "a formula in the refused rows cannot run when the file is opened: " + refusedRows);
        assertEquals("internee_given_name", errors.getJsonObject(0).getString("column"), errors.toString());
        assertEquals("text.notText", errors.getJsonObject(0).getString("code"), errors.toString());
        var inJapanese = HttpSession.object(association.get(
                        "/api/v1/imports/" + status.getJsonNumber("id").longValue(), "Accept-Language", "ja"))
                .getJsonArray("errors");
        assertTrue(inJapanese.getJsonObject(0).getString("message").contains("制御文字"), inJapanese.toString());
        assertEquals("internee_family_name", errors.getJsonObject(1).getString("column"), errors.toString());

        var wildcard = HttpSession.object(association.get("/api/v1/claims?q=%25"));
        assertEquals(0, wildcard.getJsonArray("items").size(), "% is a character to look for, not a wildcard");
        var underscore = HttpSession.object(association.get("/api/v1/claims?q=_"));
        assertEquals(0, underscore.getJsonArray("items").size(), "_ likewise");
        var tampered = association.get("/api/v1/claims?size=abc");
        assertTrue(
                tampered.statusCode() >= 400 && tampered.statusCode() < 500,
                tampered.statusCode() + " " + tampered.body());
        // a malformed cursor is the caller's mistake, 400 naming it, not an address that does not exist
        for (String malformed : List.of("/api/v1/changes?after=abc", "/api/v1/notices?after=x1")) {
            var cursor = association.get(malformed, "Accept-Language", "ja");
            assertEquals(400, cursor.statusCode(), malformed + ": " + cursor.body());
            assertTrue(
                    cursor.headers().firstValue("Content-Type").orElseThrow().contains("json"),
                    cursor.headers().toString());
            assertTrue(cursor.body().contains("after"), cursor.body());
        }
        var audit = new HttpSession(base).as("auditor", PASSWORD).get("/api/v1/audit/events?after=9%2B1");
        assertEquals(400, audit.statusCode(), audit.body());
        assertEquals(
                "after",
                HttpSession.object(audit)
                        .getJsonArray("details")
                        .getJsonObject(0)
                        .getString("field"),
                audit.body());

        JsonObject draft = HttpSession.object(association.postJson(
                "/api/v1/claims", claim().interneeFamilyName(family).json()));
        var blind = association.putJson(
                "/api/v1/claims/" + draft.getJsonNumber("id").longValue(),
                claim().interneeFamilyName(family + "改").json());
        assertEquals(428, blind.statusCode(), blind.body());
        assertEquals("preconditionRequired", HttpSession.object(blind).getString("error"));
    }

    @Test
    void aStaleVersionIsA409AndNoUpdateIsLost() {
        var association = assocA();
        JsonObject draft = HttpSession.object(association.postJson("/api/v1/claims", claim().json()));
        long id = draft.getJsonNumber("id").longValue();
        long version = draft.getJsonNumber("version").longValue();

        var first = association.putJson(
                "/api/v1/claims/" + id,
                claim().returnedOn(LocalDate.of(1950, 5, 1)).json(),
                "If-Match",
                "\"" + version + "\"");
        assertEquals(200, first.statusCode(), first.body());
        var second = association.putJson(
                "/api/v1/claims/" + id,
                claim().returnedOn(LocalDate.of(1955, 5, 1)).json(),
                "If-Match",
                "\"" + version + "\"");
        assertEquals(409, second.statusCode(), second.body());
        assertEquals(
                "1950-05-01",
                claimOf(association, id).getJsonObject("internment").getString("returnedOn"),
                "the first change stands");
    }

    @Test
    void credentialsAreRequiredAndApiKeysWork() {
        var anonymous = new HttpSession(base);
        var none = anonymous.get("/api/v1/claims");
        assertEquals(401, none.statusCode());
        assertTrue(
                none.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"),
                "no browser password prompt");
        assertEquals(401, anonymous.as("assoc-a", "wrong").get("/api/v1/claims").statusCode());
        assertEquals(
                401, anonymous.withKey("mzk_not-a-key").get("/api/v1/claims").statusCode());

        var issued = assocA().postJson("/api/v1/api-keys", "{\"label\": \"filing system\", \"days\": 90}");
        assertEquals(201, issued.statusCode(), issued.body());
        String key = HttpSession.object(issued).getString("key");
        String prefix = HttpSession.object(issued).getString("prefix");
        var byKey = anonymous.withKey(key);
        assertEquals(200, byKey.get("/api/v1/claims").statusCode());

        var successor = byKey.postJson("/api/v1/api-keys", "{\"label\": \"made by a key\"}");
        assertEquals(403, successor.statusCode(), "a leaked key cannot make itself successors");
        assertEquals("apiKey.passwordRequired", HttpSession.object(successor).getString("error"));
        assertEquals(
                400,
                assocA().postJson("/api/v1/api-keys", "{\"label\": \"forever\", \"days\": 400}")
                        .statusCode());

        var listed = HttpSession.json(assocA().get("/api/v1/api-keys")).asJsonArray().stream()
                .map(k -> k.asJsonObject())
                .filter(k -> k.getString("prefix").equals(prefix))
                .findFirst()
                .orElseThrow();
        var lifetime = Duration.between(
                Instant.parse(listed.getString("createdAt")), Instant.parse(listed.getString("expiresAt")));
        assertEquals(90, lifetime.toDays(), listed.toString());
        assertFalse(listed.toString().contains(key), "a listed key is never shown again");

        assertEquals(
                404, assocB().delete("/api/v1/api-keys/" + prefix).statusCode(), "another account cannot revoke it");
        assertEquals(200, assocA().delete("/api/v1/api-keys/" + prefix).statusCode());
        assertEquals(401, byKey.get("/api/v1/claims").statusCode(), "a revoked key stops working at once");
    }

    @Test
    void threeHundredGuessesAtFullSpeedNeverGetA200WhereverTheRightPasswordComesAndTheAccountLocks() {
        String name = "guess-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String given = "given-by-admin-" + DemoClaims.suffix() + "-x";
        DemoClaims.openAccount(base, name, "推測 試験", "AUDITOR", given);
        String chosen = "the-owners-own-password-" + DemoClaims.suffix() + "-x";
        assertEquals(
                204,
                new HttpSession(base)
                        .as(name, given)
                        .postJson(
                                "/api/v1/account/password",
                                "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(given, chosen))
                        .statusCode());
        String address = guessersAddress();
        var owner = new HttpSession(base).as(name, chosen).from(address);
        assertEquals(
                200, owner.get("/api/v1/claims?size=1").statusCode(), "the owner's program signed in a moment before");

        var guesser = new HttpSession(base).as(name, "not-it").from(address);
        var rightAt = Set.of(3, 10, 100, 299);
        var answers = new TreeMap<Integer, Integer>();
        for (int i = 0; i < 300; i++) {
            int status = (rightAt.contains(i) ? owner : guesser)
                    .get("/api/v1/claims?size=1")
                    .statusCode();
            answers.merge(status, 1, Integer::sum);
            if (rightAt.contains(i)) {
                assertEquals(429, status, "the right password at guess " + i + " is refused as the wrong ones are");
            }
        }
        assertFalse(answers.containsKey(200), "no guess got a 200: " + answers);
        var locked = owner.get("/api/v1/claims?size=1");
        assertEquals(429, locked.statusCode());
        assertTrue(
                Set.of("api.accountLocked", "api.signInWait")
                        .contains(HttpSession.object(locked).getString("error")),
                "the account is locked, and the tries during the lock counted against the address, which may wait too");

        // The trail saw the lock and the tries made unheard, in a bounded way: the 1st, 10th, 100th… during the
        // lock and during the address's wait, not one event per try.
        var auditor = new HttpSession(base).as("auditor", PASSWORD);
        var held = HttpSession.object(
                        auditor.get("/api/v1/audit/events?size=200&action=SIGN_IN_REFUSED_WHILE_HELD&actor=" + name))
                .getJsonArray("items")
                .stream()
                .map(e -> e.asJsonObject().getJsonObject("details"))
                .map(d -> d.getString("held") + " " + d.getString("refused"))
                .sorted()
                .toList();
        var locks = HttpSession.object(auditor.get("/api/v1/audit/events?action=ACCOUNT_LOCKED&actor=" + name))
                .getJsonArray("items");
        assertEquals(1, locks.size(), locks.toString());
        assertEquals(List.of("account 1", "account 10", "address 1", "address 10", "address 100"), held);
    }

    /**
     * An address of a documentation range for a guessing test, a new one at every call, so that only that test waits
     * for its guesses (two tests that drew the same address at random once made the second wait for the first's).
     */
    private static String guessersAddress() {
        return "198.51.100." + (1 + GUESSERS.getAndIncrement() % 254);
    }

    private static final AtomicInteger GUESSERS = new AtomicInteger(new Random().nextInt(254));

    @Test
    void wrongPasswordsMakeTheNextTryWaitThenLockTheAccountUntilItOpensOrAnAdministratorUnlocksIt() throws Exception {
        var admin = new HttpSession(base).as("admin", PASSWORD);
        String name = "lock-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String password = "the-right-password-" + DemoClaims.suffix() + "-x";
        DemoClaims.openAccount(base, name, "施錠 試験", "AUDITOR", password);
        String address = guessersAddress();
        var guesser = new HttpSession(base).as(name, "a-wrong-guess").from(address);
        var owner = new HttpSession(base).as(name, password).from(address);

        // Held, so that the waits pass only when the test says: on a busy machine a second can pass between tries.
        try (var held = server.holdClock()) {
            for (int i = 0; i < 3; i++) {
                assertEquals(401, guesser.get("/api/v1/claims").statusCode(), "free failure " + (i + 1));
            }
            var waiting = owner.get("/api/v1/claims", "Accept-Language", "ja");
            assertEquals(
                    429, waiting.statusCode(), "even the right password waits: the answer tells a guesser nothing");
            assertEquals("api.signInWait", HttpSession.object(waiting).getString("error"));
            long wait =
                    Long.parseLong(waiting.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(wait >= 1 && wait <= 2, "Retry-After " + wait);

            HttpResponse<String> last = null;
            for (int failure = 4; failure <= 6; failure++) {
                // the wait before this try (1 s, 2 s, 4 s) passes on the server's clock, not in a sleep
                server.advanceClock(Duration.ofMillis((1000L << (failure - 4)) + 200));
                last = guesser.get("/api/v1/claims");
            }
            assertEquals(429, last.statusCode(), "the sixth wrong password locks the account: " + last.body());
            assertEquals("api.accountLocked", HttpSession.object(last).getString("error"));
            var locked = owner.get("/api/v1/claims", "Accept-Language", "ja");
            assertEquals(429, locked.statusCode());
            assertTrue(HttpSession.object(locked).getString("message").contains("このアカウントは"), locked.body());
            long lockSeconds =
                    Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(lockSeconds > 240 && lockSeconds <= 300, "a first lock lasts five minutes: " + lockSeconds);

            var trail = HttpSession.object(
                    new HttpSession(base).as("auditor", PASSWORD).get("/api/v1/audit/events?actor=" + name));
            var actions = trail.getJsonArray("items").stream()
                    .map(e -> e.asJsonObject().getString("action"))
                    .toList();
            assertEquals(6, actions.stream().filter("SIGN_IN_FAILED"::equals).count(), actions.toString());
            assertTrue(actions.contains("ACCOUNT_LOCKED"), actions.toString());

            assertEquals(
                    403,
                    new HttpSession(base)
                            .as("auditor", PASSWORD)
                            .postJson("/api/v1/accounts/" + name + "/unlock", "{}")
                            .statusCode(),
                    "only an administrator unlocks");
            assertEquals(
                    200,
                    admin.postJson("/api/v1/accounts/" + name + "/unlock", "{}").statusCode());
            var oneTime = owner.get("/api/v1/claims");
            assertEquals(
                    403, oneTime.statusCode(), "unlocked, but the administrator's password is for choosing one's own");
            assertEquals(
                    "account.mustChangePassword", HttpSession.object(oneTime).getString("error"));
            var wrongCurrent = owner.postJson(
                    "/api/v1/account/password",
                    "{\"currentPassword\": \"not-it\", \"newPassword\": \"a-sentence-i-will-remember\"}");
            assertEquals(400, wrongCurrent.statusCode(), wrongCurrent.body());
            var changed = owner.postJson(
                    "/api/v1/account/password",
                    "{\"currentPassword\": \"%s\", \"newPassword\": \"a-sentence-i-will-remember\"}"
                            .formatted(password));
            assertEquals(204, changed.statusCode(), changed.body());
            assertEquals(401, owner.get("/api/v1/claims").statusCode(), "the old password is gone at once");
            assertEquals(
                    200,
                    new HttpSession(base)
                            .as(name, "a-sentence-i-will-remember")
                            .get("/api/v1/claims")
                            .statusCode());
        }
    }

    @Test
    void documentsAreJudgedByTheirContentAndSize() {
        var association = assocA();
        long id = HttpSession.object(association.postJson("/api/v1/claims", claim().json()))
                .getJsonNumber("id")
                .longValue();

        var html = association.upload(
                "/api/v1/claims/" + id + "/evidence",
                "certificate.pdf",
                "<html><script>alert(1)</script></html>".getBytes(),
                "type",
                "REPATRIATION_CERTIFICATE");
        assertEquals(415, html.statusCode(), html.body());

        byte[] huge = new byte[25 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(), 0, huge, 0, 8);
        var tooLarge = association.upload("/api/v1/claims/" + id + "/evidence", "huge.pdf", huge, "type", "OTHER");
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());

        assertEquals(0, claimOf(association, id).getJsonArray("evidence").size(), "a refused upload leaves nothing");
        var noEvidence = association.post("/api/v1/claims/" + id + "/submit", JSON, "");
        assertEquals(409, noEvidence.statusCode(), "a claim without evidence is not submitted");
    }

    /**
     * A claim sent again with its Idempotency-Key (a lost answer, a retry) is the same claim, however many copies
     * arrive at once; the key is the caller's, and a key used for another claim is a mistake, not a new claim.
     */
    @Test
    void aClaimSentAgainWithItsIdempotencyKeyIsFiledOnce() throws Exception {
        String family = "冪等" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String body = claim().interneeFamilyName(family).json();
        String key = UUID.randomUUID().toString();
        var association = assocA();
        var first = association.postJson("/api/v1/claims", body, "Idempotency-Key", key);
        var again = association.postJson("/api/v1/claims", body, "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));

        String together = claim().interneeFamilyName(family + "同時").json();
        String togetherKey = UUID.randomUUID().toString();
        var senders = Executors.newFixedThreadPool(6);
        try {
            var sent = new ArrayList<Future<HttpResponse<String>>>();
            for (int i = 0; i < 6; i++) {
                sent.add(senders.submit(
                        () -> assocA().postJson("/api/v1/claims", together, "Idempotency-Key", togetherKey)));
            }
            var locations = new HashSet<String>();
            for (var answer : sent) {
                assertEquals(201, answer.get().statusCode(), answer.get().body());
                locations.add(answer.get().headers().firstValue("Location").orElseThrow());
            }
            assertEquals(1, locations.size(), "six copies at once are one claim: " + locations);
        } finally {
            senders.shutdown();
        }
        var filed = HttpSession.object(
                association.get("/api/v1/claims?size=100&q=" + URLEncoder.encode(family, StandardCharsets.UTF_8)));
        assertEquals(2, filed.getJsonArray("items").size(), filed.toString());

        var otherClaim = association.postJson(
                "/api/v1/claims",
                claim().interneeFamilyName(family + "別").json(),
                "Idempotency-Key",
                key,
                "Accept-Language",
                "ja");
        assertEquals(422, otherClaim.statusCode(), otherClaim.body());
        assertTrue(otherClaim.body().contains("別の依頼ですでに使われています"), otherClaim.body());
        var anotherCaller = assocB().postJson("/api/v1/claims", body, "Idempotency-Key", key);
        assertEquals(201, anotherCaller.statusCode(), anotherCaller.body());
        assertNotEquals(
                first.headers().firstValue("Location"), anotherCaller.headers().firstValue("Location"));
        var malformed = association.postJson("/api/v1/claims", body, "Idempotency-Key", "k".repeat(201));
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("Idempotency-Key"), malformed.body());
    }

    /** An import sent again with its key answers the first import; the key with another file is refused. */
    @Test
    void anImportSentAgainWithItsIdempotencyKeyRunsOnce() {
        String family = "再送" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String csv = CLAIMS_CSV_HEADER + "\r\n" + family
                + ",清,サイソウ,キヨシ,1924-02-03,MALE,,SELF,,,,,,1945-08-20,MANCHURIA,TAISHET,1945-09-20,1953-06-10,1953-07-01,舞鶴\r\n";
        String key = UUID.randomUUID().toString();
        var association = assocA();
        var first = association.post("/api/v1/imports/claims", "text/csv", csv, "Idempotency-Key", key);
        JsonObject done = association.awaitImport(first);
        assertEquals(1, done.getInt("accepted"), done.toString());
        var again = association.post("/api/v1/imports/claims", "text/csv", csv, "Idempotency-Key", key);
        assertEquals(202, again.statusCode(), again.body());
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        var filed = HttpSession.object(
                association.get("/api/v1/claims?q=" + URLEncoder.encode(family, StandardCharsets.UTF_8)));
        assertEquals(1, filed.getJsonArray("items").size(), "the file sent twice was filed once: " + filed);
        var otherFile = association.post(
                "/api/v1/imports/claims",
                "text/csv",
                csv + csv.substring(csv.indexOf("\r\n") + 2),
                "Idempotency-Key",
                key);
        assertEquals(422, otherFile.statusCode(), otherFile.body());
    }

    /** A document is read in full before it is taken: a TIFF scan is kept as it came; a cut-off or polyglot PDF is refused. */
    @Test
    void aDocumentIsReadInFullBeforeItIsTaken() throws Exception {
        var association = assocA();
        long id = HttpSession.object(association.postJson("/api/v1/claims", claim().json()))
                .getJsonNumber("id")
                .longValue();

        byte[] tiff = SampleScans.tiff(300, 200);
        var scanned = association.upload(
                "/api/v1/claims/" + id + "/evidence", "引揚証明書.tif", tiff, "type", "REPATRIATION_CERTIFICATE");
        assertEquals(201, scanned.statusCode(), scanned.body());
        JsonObject evidence = HttpSession.object(scanned);
        assertEquals("image/tiff", evidence.getString("mediaType"));
        assertEquals("引揚証明書.tif", evidence.getString("fileName"), "a Japanese file name is kept as it was sent");
        var download =
                association.getBytes("/api/v1/claims/" + id + "/evidence/" + evidence.getJsonNumber("id") + "/content");
        assertEquals("image/tiff", download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(Arrays.equals(tiff, download.body()), "the scan comes back byte for byte");

        byte[] pdf = pdf("Repatriation certificate");
        var polyglot = new ByteArrayOutputStream();
        polyglot.writeBytes(pdf);
        polyglot.writeBytes("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
        for (byte[] spoilt : new byte[][] {Arrays.copyOf(pdf, pdf.length / 2), polyglot.toByteArray()}) {
            var refused = association.upload(
                    "/api/v1/claims/" + id + "/evidence", "certificate.pdf", spoilt, "type", "OTHER");
            assertEquals(415, refused.statusCode(), refused.body());
            assertEquals("document.damaged", HttpSession.object(refused).getString("error"), refused.body());
        }
        // A PDF that would run script when a caseworker opens it never gets in.
        try (var document = Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened');"));
            var out = new ByteArrayOutputStream();
            document.save(out);
            var acting = association.upload(
                    "/api/v1/claims/" + id + "/evidence", "certificate.pdf", out.toByteArray(), "type", "OTHER");
            assertEquals(415, acting.statusCode(), acting.body());
            assertEquals("document.activeContent", HttpSession.object(acting).getString("error"), acting.body());
        }
        assertEquals(1, claimOf(association, id).getJsonArray("evidence").size(), "only the scan was kept");
    }

    /** A file over the limit is refused on its announced length: the server has read none of it. */
    @Test
    void anImportOverTheLimitIsRefusedBeforeItsBodyIsSent() {
        String answer =
                assocA().announce("/api/v1/imports/claims", "text/csv", 300L * 1024 * 1024, "Accept-Language", "ja");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("256 MB を超えています"), answer);
        String archive = new HttpSession(base)
                .as("admin", PASSWORD)
                .announce("/api/v1/imports/archive-records", "text/csv", 300L * 1024 * 1024);
        assertTrue(archive.startsWith("HTTP/1.1 413"), archive);
    }

    @Test
    void anIllegalTransitionIsA409WithAClearMessage() {
        long id = decided(claim().json());
        var withdrawn = assocA().post("/api/v1/claims/" + id + "/withdraw", JSON, "");
        assertEquals(409, withdrawn.statusCode());
        assertTrue(HttpSession.object(withdrawn).getString("message").contains("DECIDED"), withdrawn.body());
    }

    @Test
    void theUnassignedQueueServesTheOldestClaimantsFirst() {
        submitted(claim().interneeBorn(LocalDate.of(1919, 1, 2)).json());
        submitted(claim().interneeBorn(LocalDate.of(1928, 1, 2)).json());
        var queue = HttpSession.object(caseworker().get("/api/v1/casework/queues/unassigned?size=100"))
                .getJsonArray("items");
        LocalDate previous = LocalDate.MIN;
        for (int i = 0; i < queue.size(); i++) {
            LocalDate born = LocalDate.parse(
                    queue.getJsonObject(i).getJsonObject("claimant").getString("birthDate"));
            assertFalse(born.isBefore(previous), "ordered by the claimant's birth date");
            previous = born;
        }
        assertEquals(403, assocA().get("/api/v1/casework/queues/unassigned").statusCode());
    }

    @Test
    void anAdministratorConfiguresAPensionWhoseSurvivorsShareIsPaidToTheWidow() {
        String code = "PENSION_IT_" + System.nanoTime() % 1_000_000;
        String programme = """
                {"code": "%s", "kind": "PENSION", "nameJa": "抑留者年金（試験）", "nameEn": "Internee pension (test)",
                 "internedFrom": "1945-09-02", "survivorsSharePercent": 75, "appealDays": 60,
                 "filingWindows": [{"opensOn": "2026-01-01", "closesOn": "2035-12-31"}],
                 "rates": [{"effectiveFrom": "2020-04-01", "effectiveTo": "2025-03-31", "amountYen": 30000},
                           {"effectiveFrom": "2025-04-01", "amountYen": 40000}]}""".formatted(code);
        assertEquals(403, assocA().postJson("/api/v1/programmes", programme).statusCode(), "only administrators");
        var admin = new HttpSession(base).as("admin", PASSWORD);
        var created = admin.postJson("/api/v1/programmes", programme);
        assertEquals(201, created.statusCode(), created.body());
        var overlapping = admin.postJson(
                "/api/v1/programmes/" + code + "/filing-windows",
                "{\"opensOn\": \"2030-01-01\", \"closesOn\": \"2040-01-01\"}");
        assertEquals(400, overlapping.statusCode(), "filing windows of one programme never overlap");

        String widow = claim().heirOfInterneeWhoDied(LocalDate.of(2015, 3, 1))
                .json()
                .replace("\"SPECIAL_BENEFIT_2010\"", "\"" + code + "\"")
                .replace("\"CHILD\"", "\"SPOUSE\"");
        long id = decided(widow);
        JsonObject decision = HttpSession.object(assocA().get("/api/v1/claims/" + id + "/decision"));
        assertEquals("GRANTED", decision.getString("outcome"));
        assertEquals("MONTH", decision.getString("period"));
        assertEquals(30_000, decision.getJsonNumber("amountYen").longValue(), "75% of the 40,000 yen in effect today");
    }

    @Test
    void noClaimIsSubmittedOutsideAFilingWindow() {
        String code = "CLOSED_IT_" + System.nanoTime() % 1_000_000;
        var admin = new HttpSession(base).as("admin", PASSWORD);
        assertEquals(
                201, admin.postJson("/api/v1/programmes", """
                {"code": "%s", "kind": "LUMP_SUM", "nameJa": "締切済の給付金", "nameEn": "A closed benefit",
                 "internedFrom": "1945-09-02", "entitlementDate": "2010-06-16",
                 "filingWindows": [{"opensOn": "2010-10-25", "closesOn": "2012-03-31"}],
                 "rates": [{"effectiveFrom": "2010-06-16", "amountYen": 100000}]}""".formatted(code)).statusCode());
        var association = assocA();
        long id = HttpSession.object(association.postJson(
                        "/api/v1/claims", claim().json().replace("\"SPECIAL_BENEFIT_2010\"", "\"" + code + "\"")))
                .getJsonNumber("id")
                .longValue();
        association.upload("/api/v1/claims/" + id + "/evidence", "c.pdf", pdf("c"), "type", "OTHER");

        var late = association.post("/api/v1/claims/" + id + "/submit", JSON, "");
        assertEquals(409, late.statusCode(), late.body());
        assertEquals("programme.filingClosed", HttpSession.object(late).getString("error"));

        assertEquals(
                201,
                admin.postJson(
                                "/api/v1/programmes/" + code + "/filing-windows",
                                "{\"opensOn\": \"" + today().minusDays(1) + "\", \"closesOn\": \""
                                        + today().plusYears(1) + "\"}")
                        .statusCode());
        assertStatus("SUBMITTED", association.post("/api/v1/claims/" + id + "/submit", JSON, ""));
    }

    @Test
    void anAssociationFilesClaimsInBulkAndLearnsWhichLinesWereRefused() throws Exception {
        String family = "一括" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String header = CLAIMS_CSV_HEADER;
        String csv = header + "\r\n"
                + family
                + ",清,イッカツ,キヨシ,1924-02-03,MALE,,SELF,,,,,,1945-08-20,MANCHURIA,TAISHET,1945-09-20,1953-06-10,1953-07-01,舞鶴\r\n"
                + family + ",茂,イッカツ,シゲル,大正12年5月6日,MALE,2015-01-01,CHILD," + family
                + ",和子,イッカツ,カズコ,1950-01-01,1945-08-20,KOREA,KOMSOMOLSK,1945-10-01,1948-11-20,1948-12-05,\"舞鶴, 京都\"\r\n"
                + family + ",実,,,1924-13-40,MALE,,SELF,,,,,,,,TAISHET,1945-09-20,1953-06-10,1953-07-01,\r\n"
                + family
                + ",勇,,,1922-01-01,MALE,,SELF,,,,,,1945-08-20,MANCHURIA,ATLANTIS,1945-09-20,1950-06-10,1950-07-01,\r\n";
        JsonObject status = assocA().awaitImport(assocA().post("/api/v1/imports/claims", "text/csv", csv));
        long id = status.getJsonNumber("id").longValue();
        assertEquals("COMPLETED", status.getString("status"), status.toString());
        assertEquals(2, status.getInt("accepted"), status.toString());
        assertEquals(2, status.getInt("rejected"), status.toString());
        var errors = status.getJsonArray("errors");
        assertEquals(4, errors.getJsonObject(0).getInt("line"), "the header is line 1");
        assertEquals("internee_birth_date", errors.getJsonObject(0).getString("column"), errors.toString());
        assertEquals("import.row.notADate", errors.getJsonObject(0).getString("code"), errors.toString());
        assertTrue(errors.getJsonObject(0).getString("message").contains("1924-13-40"), errors.toString());
        assertEquals(5, errors.getJsonObject(1).getInt("line"));
        assertEquals("camp", errors.getJsonObject(1).getString("column"), errors.toString());

        var filed = HttpSession.object(assocA().get("/api/v1/claims?q=" + URLEncoder.encode(family, "UTF-8")))
                .getJsonArray("items");
        assertEquals(2, filed.size(), "two drafts were filed");
        assertEquals(
                404, assocB().get("/api/v1/imports/" + id).statusCode(), "another association's import is not found");
        assertEquals(
                400,
                assocA().post("/api/v1/imports/claims", "text/csv", "name,birth\r\nx,y\r\n")
                        .statusCode(),
                "a header without the contract's columns is refused at once");
        assertEquals(
                403,
                caseworker().post("/api/v1/imports/claims", "text/csv", csv).statusCode());
    }

    @Test
    void anAdministratorLoadsAnArchiveListAndTheCaseworkerSeesTheRecordsThatMatchAClaim() {
        String[] kana = randomKana();
        String family = "照合" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long id = submitted(claim().interneeFamilyName(family)
                .interneeKana(kana[0], "キヨシ")
                .interneeBorn(LocalDate.of(1925, 4, 1))
                .camp("TAISHET")
                .json());
        String source = "MVD-" + family;
        String csv = "source,record_id,family_name,given_name,birth_year,camp,note\r\n"
                + source + ",1," + family + ",清,1925,Taishet,registration card\r\n"
                + source + ",2," + kana[1] + ",Kiyoshi,1926,,\r\n"
                + "deaths-" + family + ",3," + kana[0] + ",キヨシ,,Irkutsk Oblast,\"died 1946, buried at Taishet\"\r\n"
                + source + ",4," + family + ",清,1890,,an older man of the same name\r\n"
                + source + ",," + family + ",清,1925,,\r\n"
                + source + ",6," + family + ",清,nineteen,,\r\n"
                + source + ",1," + family + ",清,1925,,again\r\n";
        var admin = new HttpSession(base).as("admin", PASSWORD);
        JsonObject status = imported(admin, admin.post("/api/v1/imports/archive-records", "text/csv", csv));
        assertEquals("ARCHIVE_RECORDS", status.getString("kind"));
        assertEquals(4, status.getInt("accepted"), status.toString());
        assertEquals(3, status.getInt("rejected"), status.toString());
        var errors = status.getJsonArray("errors");
        assertEquals(6, errors.getJsonObject(0).getInt("line"));
        assertEquals("record_id", errors.getJsonObject(0).getString("column"), errors.toString());
        assertEquals("birth_year", errors.getJsonObject(1).getString("column"), errors.toString());
        assertEquals(8, errors.getJsonObject(2).getInt("line"));

        var matches = caseworker().get("/api/v1/casework/claims/" + id + "/matches");
        assertEquals(200, matches.statusCode(), matches.body());
        var items = HttpSession.object(matches).getJsonArray("items");
        assertEquals(3, items.size(), "the man born in 1890 is not him: " + items);
        var best = items.getJsonObject(0);
        assertEquals("1", best.getJsonObject("record").getString("recordId"));
        assertEquals("TAISHET", best.getJsonObject("record").getString("place"), "the camp's English name is resolved");
        assertEquals(
                "[\"FAMILY_NAME_SAME_WRITING\",\"GIVEN_NAME_SAME_WRITING\",\"BIRTH_YEAR_SAME\",\"CAMP_SAME\"]",
                best.getJsonArray("reasons").toString());
        var romanised = items.getJsonObject(1);
        assertEquals(
                "2", romanised.getJsonObject("record").getString("recordId"), "Hepburn reads as the kana: " + items);
        assertEquals(
                "[\"FAMILY_NAME_SAME_READING\",\"GIVEN_NAME_SAME_READING\",\"BIRTH_YEAR_NEAR\"]",
                romanised.getJsonArray("reasons").toString());
        assertEquals("3", items.getJsonObject(2).getJsonObject("record").getString("recordId"));
        assertTrue(items.getJsonObject(2).getJsonArray("reasons").toString().contains("REGION_SAME"));
        assertTrue(
                best.getInt("score") > romanised.getInt("score")
                        && romanised.getInt("score") > items.getJsonObject(2).getInt("score"),
                "ranked by score: " + items);

        // a corrected list replaces what it corrects
        imported(
                admin,
                admin.post(
                        "/api/v1/imports/archive-records",
                        "text/csv",
                        "source,record_id,family_name,given_name,birth_year\n" + source + ",2," + kana[1]
                                + ",Kiyoshi,1925\n"));
        var corrected = HttpSession.object(caseworker().get("/api/v1/casework/claims/" + id + "/matches"))
                .getJsonArray("items");
        assertEquals(3, corrected.size());
        var second = corrected.stream()
                .map(JsonValue::asJsonObject)
                .filter(item ->
                        item.getJsonObject("record").getString("recordId").equals("2"))
                .findFirst()
                .orElseThrow();
        assertEquals(1925, second.getJsonObject("record").getInt("birthYear"));
        assertTrue(second.getJsonArray("reasons").toString().contains("BIRTH_YEAR_SAME"), second.toString());

        assertEquals(
                403,
                assocA().post("/api/v1/imports/archive-records", "text/csv", csv)
                        .statusCode());
        assertEquals(
                403,
                caseworker()
                        .post("/api/v1/imports/archive-records", "text/csv", csv)
                        .statusCode());
        assertEquals(
                400,
                admin.post("/api/v1/imports/archive-records", "text/csv", "name,year\nx,1\n")
                        .statusCode());
        assertEquals(
                403, assocA().get("/api/v1/casework/claims/" + id + "/matches").statusCode());
        assertEquals(
                404,
                assocA().get("/api/v1/imports/" + status.getJsonNumber("id").longValue())
                        .statusCode(),
                "an archive import is no association's business");
    }

    @Test
    void aGrantBindsALaterClaimThatWritesTheInterneesNameInAnotherForm() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        LocalDate born = LocalDate.of(1921, 2, 3);
        LocalDate died = LocalDate.of(2013, 5, 1);
        long first = decided(claim().interneeFamilyName("齋藤" + suffix)
                .interneeBorn(born)
                .heirOfInterneeWhoDied(died)
                .json());
        assertEquals(
                "GRANTED",
                HttpSession.object(assocA().get("/api/v1/claims/" + first + "/decision"))
                        .getString("outcome"));

        // the same man, his old character written in its common form and no reading given
        long again = submittedAndAssigned(claim().interneeFamilyName("斎藤" + suffix)
                .interneeKana(null, null)
                .interneeBorn(born)
                .heirOfInterneeWhoDied(died)
                .json());
        var refused = caseworker()
                .postJson("/api/v1/casework/claims/" + again + "/recommendation", "{\"outcome\": \"GRANT\"}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(
                refused.body().contains("Already granted for this internee"),
                "paid once per internee, however his name is written");

        long other = submittedAndAssigned(claim().interneeFamilyName("斎藤" + suffix)
                .interneeKana(null, null)
                .interneeBorn(born.plusDays(1))
                .heirOfInterneeWhoDied(died)
                .json());
        assertEquals(
                200,
                caseworker()
                        .postJson("/api/v1/casework/claims/" + other + "/recommendation", "{\"outcome\": \"GRANT\"}")
                        .statusCode(),
                "a man of the same name born another day is another man");
    }

    @Test
    void claimsAboutTheSameInterneeFromTwoAssociationsAreFoundAsDuplicates() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String kana = randomKana()[0];
        LocalDate born = LocalDate.of(1923, 6, 15);
        long a = submitted(claim().interneeFamilyName("齋藤" + suffix)
                .interneeKana(kana, "キヨシ")
                .interneeBorn(born)
                .json());
        long b = submittedBy(
                assocB(),
                claim().interneeFamilyName("斎藤" + suffix)
                        .interneeKana(kana, "キヨシ")
                        .interneeBorn(born)
                        .json());
        long younger = submittedBy(
                assocB(),
                claim().interneeFamilyName("斎藤" + suffix)
                        .interneeKana(kana, "キヨシ")
                        .interneeBorn(born.plusYears(8))
                        .json());

        var response = caseworker().get("/api/v1/casework/claims/" + a + "/duplicates");
        assertEquals(200, response.statusCode(), response.body());
        var items = HttpSession.object(response).getJsonArray("items");
        assertEquals(1, items.size(), items.toString());
        var duplicate = items.getJsonObject(0);
        assertEquals(b, duplicate.getJsonObject("claim").getJsonNumber("id").longValue(), "齋 and 斎 are one name");
        assertEquals(100, duplicate.getInt("score"));
        assertTrue(duplicate.getJsonArray("reasons").toString().contains("BIRTH_DATE_SAME"));
        assertFalse(items.toString().contains("\"id\":" + younger + ","));
        assertEquals(
                403,
                assocA().get("/api/v1/casework/claims/" + a + "/duplicates").statusCode());
        assertEquals(
                404,
                caseworker().get("/api/v1/casework/claims/999999999/duplicates").statusCode());
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private long grantedAmount(LocalDate returned) {
        long id = decided(claim().returnedOn(returned).json());
        return HttpSession.object(assocA().get("/api/v1/claims/" + id + "/decision"))
                .getJsonNumber("amountYen")
                .longValue();
    }

    private long decided(String json) {
        long id = submittedAndAssigned(json);
        assertStatus(
                "RECOMMENDED",
                caseworker().postJson("/api/v1/casework/claims/" + id + "/recommendation", "{\"outcome\": \"GRANT\"}"));
        assertStatus(
                "DECIDED", supervisor().postJson("/api/v1/casework/claims/" + id + "/approval", "{\"approve\": true}"));
        return id;
    }

    private long submittedAndAssigned(String json) {
        long id = submitted(json);
        assertStatus("IN_REVIEW", caseworker().post("/api/v1/casework/claims/" + id + "/assign", JSON, ""));
        return id;
    }

    private long submitted(String json) {
        return submittedBy(assocA(), json);
    }

    private long submittedBy(HttpSession association, String json) {
        var created = association.postJson("/api/v1/claims", json);
        assertEquals(201, created.statusCode(), created.body());
        long id = HttpSession.object(created).getJsonNumber("id").longValue();
        var upload = association.upload(
                "/api/v1/claims/" + id + "/evidence",
                "certificate.pdf",
                pdf("certificate " + id),
                "type",
                "REPATRIATION_CERTIFICATE");
        assertEquals(201, upload.statusCode(), upload.body());
        assertStatus("SUBMITTED", association.post("/api/v1/claims/" + id + "/submit", JSON, ""));
        return id;
    }

    /** A family name in katakana made of random syllables, and the same name in Hepburn romanisation. */
    private static String[] randomKana() {
        return ClaimJsonBuilder.randomKana();
    }

    /** Waits for an import to finish, checks that it completed, and returns its status. */
    private static JsonObject imported(HttpSession session, HttpResponse<String> started) {
        JsonObject status = session.awaitImport(started);
        assertEquals("COMPLETED", status.getString("status"), status.toString());
        return status;
    }

    private static JsonObject claimOf(HttpSession session, long id) {
        var response = session.get("/api/v1/claims/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return HttpSession.object(response);
    }

    private static void assertStatus(String expected, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected, HttpSession.object(response).getString("status"), response.body());
    }

    private LocalDate today() {
        return server.today();
    }

    /** A minimal, valid one-page PDF. */
    @Test
    void aDocumentUploadedByMistakeIsRemovedFromADraftButNotFromAClaimSubmitted() {
        var created = assocA().postJson(
                        "/api/v1/claims",
                        ClaimJsonBuilder.claim()
                                .interneeFamilyName("削除" + DemoClaims.suffix())
                                .json());
        long draft = HttpSession.object(created).getJsonNumber("id").longValue();
        var uploaded = assocA().upload(
                        "/api/v1/claims/" + draft + "/evidence",
                        "wrong.pdf",
                        pdf("wrong"),
                        "type",
                        "REPATRIATION_CERTIFICATE");
        long evidence = HttpSession.object(uploaded).getJsonNumber("id").longValue();
        String document = "/api/v1/claims/" + draft + "/evidence/" + evidence;
        assertEquals(
                404, assocB().delete(document).statusCode(), "another association's document does not exist for it");
        assertEquals(403, caseworker().delete(document).statusCode(), "only the association takes a document back");
        assertEquals(204, assocA().delete(document).statusCode());
        assertEquals(404, assocA().get(document + "/content").statusCode(), "the file is gone");
        assertEquals(404, assocA().delete(document).statusCode(), "and cannot be removed twice");

        long submitted = DemoClaims.submitted(base, "提出" + DemoClaims.suffix());
        long kept = HttpSession.object(assocA().get("/api/v1/claims/" + submitted))
                .getJsonArray("evidence")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        var refused = assocA().delete("/api/v1/claims/" + submitted + "/evidence/" + kept);
        assertEquals(409, refused.statusCode(), refused.body());
    }

    static byte[] pdf(String text) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
