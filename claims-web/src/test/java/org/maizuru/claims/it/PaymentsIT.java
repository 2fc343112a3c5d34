package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maizuru.claims.it.ClaimJsonBuilder.claim;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payments through the REST contract, on a real Payara Micro and the database the build names: the payee's account,
 * a lump sum and a pension granted and paid in runs with four eyes, the 全銀 file read back record by record, a
 * death that ends a pension, a returned transfer, two runs prepared at the same moment; and the refusals.
 */
@ExtendWith(TestServer.class)
class PaymentsIT {

    private static final String PASSWORD = "maizuru-demo";
    private static final String JSON = "application/json";
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private final ServerUnderTest server;
    private final URL base;

    PaymentsIT(ServerUnderTest server) {
        this.server = server;
        this.base = server.base();
    }

    private HttpSession as(String username) {
        return new HttpSession(base).as(username, PASSWORD);
    }

    @Test
    void aLumpSumIsPaidOnceInTheFirstApprovedRunWithItsAmountInColumns81To90() throws Exception {
        var association = as("assoc-a");
        long id = decided(claim().returnedOn(LocalDate.of(1953, 7, 1)).json());
        String number =
                HttpSession.object(association.get("/api/v1/claims/" + id)).getString("number");

        // The association types the name in hiragana and the numbers in full width, as people do.
        var entered = association.putJson("/api/v1/claims/" + id + "/bank-account", """
                {"bankCode": "０００５", "branchCode": "123", "accountType": "ORDINARY", "accountNumber": "１２３４５６",
                 "holderName": "まいづる　きよし"}""");
        assertEquals(200, entered.statusCode(), entered.body());
        JsonObject account = HttpSession.object(entered);
        assertEquals("ﾏｲﾂﾞﾙ ｷﾖｼ", account.getString("holderName"), "the bank's half-width form");
        assertEquals("****456", account.getString("accountNumber"), "masked for the association");
        assertFalse(account.getBoolean("holderMatchesClaimant"), "not the claimant's reading: flagged, not refused");
        assertEquals("FIRST", account.getString("nextPayeeCode"));
        JsonObject full = HttpSession.object(as("admin").get("/api/v1/claims/" + id + "/bank-account"));
        assertEquals(
                "0123456", full.getString("accountNumber"), "in full, zero-filled, for those who prepare payments");
        assertEquals(
                "****456",
                HttpSession.object(as("caseworker").get("/api/v1/claims/" + id + "/bank-account"))
                        .getString("accountNumber"));
        assertEquals(
                404, as("assoc-b").get("/api/v1/claims/" + id + "/bank-account").statusCode(), "another's claim");

        var admin = as("admin");
        JsonObject run = prepare(admin, today());
        long runId = run.getJsonNumber("id").longValue();
        JsonObject transfer = transferTo(run, id);
        assertEquals(1_100_000, transfer.getJsonNumber("amountYen").longValue());
        assertEquals("FIRST", transfer.getString("payeeCode"));

        var own = admin.postJson("/api/v1/payment-runs/" + runId + "/approval", "{\"approve\": true}");
        assertEquals(403, own.statusCode(), own.body());
        assertEquals("payment.ownRun", HttpSession.object(own).getString("error"));
        assertEquals(
                409,
                admin.getBytes("/api/v1/payment-runs/" + runId + "/file?format=zengin")
                        .statusCode(),
                "nothing of a run is given before it is approved");
        assertEquals(
                409,
                admin.post("/api/v1/payment-runs/" + runId + "/sent", JSON, "").statusCode(),
                "nor sent");
        assertEquals(403, association.get("/api/v1/payment-runs").statusCode(), "associations do not see runs");
        assertEquals(403, association.get("/api/v1/payment-runs/" + runId).statusCode());
        assertEquals(
                403,
                as("caseworker")
                        .postJson("/api/v1/payment-runs/" + runId + "/approval", "{\"approve\": true}")
                        .statusCode(),
                "a caseworker does not approve runs");

        var supervisor = as("supervisor");
        var approved = supervisor.postJson(
                "/api/v1/payment-runs/" + runId + "/approval", "{\"approve\": true, \"comment\": \"照合済み\"}");
        assertEquals(200, approved.statusCode(), approved.body());
        run = HttpSession.object(approved);
        assertEquals("APPROVED", run.getString("state"));
        assertEquals(
                409,
                supervisor
                        .postJson("/api/v1/payment-runs/" + runId + "/approval", "{\"approve\": false}")
                        .statusCode(),
                "decided once");

        var file = supervisor.getBytes("/api/v1/payment-runs/" + runId + "/file?format=zengin");
        assertEquals(200, file.statusCode());
        byte[] zengin = file.body();
        assertEquals(run.getString("fileSha256"), sha256(zengin), "the file is the one approved");
        assertTrue(
                Arrays.equals(
                        zengin,
                        supervisor
                                .getBytes("/api/v1/payment-runs/" + runId + "/file")
                                .body()),
                "and it never changes");
        List<String> records = records(zengin);
        assertEquals('1', records.get(0).charAt(0));
        assertEquals("21", records.get(0).substring(1, 3), "a general transfer");
        String dueDay = String.format(
                "%02d%02d",
                LocalDate.parse(run.getString("payDate")).getMonthValue(),
                LocalDate.parse(run.getString("payDate")).getDayOfMonth());
        assertEquals(dueDay, records.get(0).substring(54, 58), "the transfer date, MMDD, in columns 55–58");
        List<String> data = records.stream().filter(r -> r.charAt(0) == '2').toList();
        String ours = data.stream()
                .filter(r ->
                        r.substring(91, 101).equals(number.replaceAll("\\D", "").substring(0, 10)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no data record for " + number + " in " + records));
        assertEquals("0005", ours.substring(1, 5), "the bank code");
        assertEquals("123", ours.substring(20, 23), "the branch code");
        assertEquals("1", ours.substring(42, 43), "an ordinary account");
        assertEquals("0123456", ours.substring(43, 50));
        assertEquals("ﾏｲﾂﾞﾙ ｷﾖｼ", ours.substring(50, 80).stripTrailing());
        assertEquals("0001100000", ours.substring(80, 90), "the amount in columns 81–90");
        assertEquals("1", ours.substring(90, 91), "a first transfer to this payee");
        String trailer = records.get(records.size() - 2);
        assertEquals('8', trailer.charAt(0));
        assertEquals(data.size(), Integer.parseInt(trailer.substring(1, 7)), "the trailer counts the data records");
        long total = data.stream()
                .mapToLong(r -> Long.parseLong(r.substring(80, 90)))
                .sum();
        assertEquals(total, Long.parseLong(trailer.substring(7, 19)), "and totals them");
        assertEquals(run.getJsonNumber("totalYen").longValue(), total, "the run's total is the file's");
        assertEquals('9', records.get(records.size() - 1).charAt(0));

        // The CSV is for people: headings and words in the reader's language, a byte-order mark for Excel.
        var csv = supervisor.get("/api/v1/payment-runs/" + runId + "/file?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFF"), "a byte-order mark first");
        var rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body().substring(1)))
                .getRecords();
        assertEquals(data.size(), rows.size());
        assertTrue(
                rows.stream()
                        .anyMatch(r -> r.get("請求番号").equals(number)
                                && r.get("金額（円）").equals("1100000")
                                && r.get("預金種目").equals("普通")
                                && r.get("状態").equals("処理中")),
                rows.toString());
        var english = supervisor
                .get("/api/v1/payment-runs/" + runId + "/file?format=csv&lang=en")
                .body();
        assertTrue(english.startsWith("\uFEFFClaim number,Bank code,") && english.contains(",Ordinary,"), english);
        var pdf = supervisor.getBytes("/api/v1/payment-runs/" + runId + "/file?format=pdf");
        assertEquals(200, pdf.statusCode());
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(
                    text.contains(number)
                            && text.replaceAll("\\s", "").contains(run.getString("fileSha256"))
                            && text.contains("監督者 石川"),
                    "the summary names the claims, the file's seal and the approver by name: " + text);
        }
        assertEquals(
                403,
                as("auditor")
                        .getBytes("/api/v1/payment-runs/" + runId + "/file")
                        .statusCode(),
                "auditors read runs, not the bank's file");
        assertEquals(
                "****456",
                transferTo(HttpSession.object(as("auditor").get("/api/v1/payment-runs/" + runId)), id)
                        .getString("accountNumber"));

        assertEquals(
                200,
                admin.post("/api/v1/payment-runs/" + runId + "/sent", JSON, "").statusCode());
        JsonObject schedule = schedule(association, id);
        JsonObject paid = schedule.getJsonArray("payments").getJsonObject(0);
        assertEquals("ONCE", paid.getString("period"));
        assertEquals("PAID", paid.getString("state"));
        assertEquals(runId, paid.getJsonNumber("runId").longValue());
        assertEquals(
                1_100_000,
                schedule.getJsonObject("totals").getJsonNumber("paidYen").longValue());
        assertTrue(sentToTheBank(association, id), "the association's change feed tells it the transfer was sent");

        assertTrue(
                wouldPay(admin, LocalDate.parse(run.getString("payDate")).plusDays(1)).stream()
                        .noneMatch(t -> t.getJsonNumber("claim").longValue() == id),
                "a second run does not contain it again");
    }

    @Test
    void aReturnedTransferIsDueAgainAndWaitsForTheCorrectedAccountWhichTellsTheBankThePayeeChanged() {
        var association = as("assoc-a");
        long id = decided(claim().returnedOn(LocalDate.of(1949, 5, 1)).json());
        enterAccount(association, id, "0009", "ｼｹﾝ ｶｽﾞｺ");
        var admin = as("admin");
        JsonObject run = prepare(admin, today());
        long runId = run.getJsonNumber("id").longValue();
        approve(run);
        assertEquals(
                409,
                admin.postJson(
                                "/api/v1/payment-runs/" + runId + "/returns",
                                "{\"claim\": " + id + ", \"reason\": \"口座なし\"}")
                        .statusCode(),
                "nothing comes back before it is sent");
        assertEquals(
                200,
                admin.post("/api/v1/payment-runs/" + runId + "/sent", JSON, "").statusCode());
        var returned = admin.postJson(
                "/api/v1/payment-runs/" + runId + "/returns", "{\"claim\": " + id + ", \"reason\": \"口座名義相違\"}");
        assertEquals(200, returned.statusCode(), returned.body());
        assertEquals("RETURNED", HttpSession.object(returned).getString("state"));
        JsonObject schedule = schedule(association, id);
        assertEquals("DUE", schedule.getJsonArray("payments").getJsonObject(0).getString("state"), "due again");
        assertTrue(schedule.getJsonObject("account").getBoolean("returned"));

        // another claim is paid in the same run, so that the run is made and lists what it left out
        long other = decided(claim().returnedOn(LocalDate.of(1949, 6, 1)).json());
        enterAccount(association, other, "0005", "ｼｹﾝ ﾀﾛｳ");
        JsonObject held =
                prepare(admin, LocalDate.parse(run.getString("payDate")).plusDays(1));
        assertTrue(
                transfers(held).stream().noneMatch(t -> t.getJsonNumber("claim").longValue() == id));
        assertTrue(
                held.getJsonArray("leftOut").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(l -> l.getJsonNumber("claim").longValue() == id
                                && l.getString("reason").equals("ACCOUNT_RETURNED")),
                "left out with its reason until the account is corrected");
        reject(held);

        enterAccount(association, id, "0001", "ｼｹﾝ ｶｽﾞｺ");
        JsonObject corrected =
                prepare(admin, LocalDate.parse(run.getString("payDate")).plusDays(1));
        JsonObject again = transferTo(corrected, id);
        assertEquals("CHANGED", again.getString("payeeCode"), "new-payee code 2: the account changed after a payment");
        assertEquals(350_000, again.getJsonNumber("amountYen").longValue(), "paid once more, once");
        reject(corrected);
    }

    @Test
    void aPensionGrantedFromAPastMonthOwesArrearsInTheNextRunAndNoneAfterARecordedDeath() {
        String code = "PENSION_PAY_" + System.nanoTime() % 1_000_000;
        YearMonth first = YearMonth.from(today()).minusMonths(3);
        var admin = as("admin");
        var created = admin.postJson(
                "/api/v1/programmes", """
                {"code": "%s", "kind": "PENSION", "nameJa": "抑留者年金（支払試験）", "nameEn": "Internee pension (payments test)",
                 "internedFrom": "1945-09-02", "entitlementDate": "%s", "survivorsSharePercent": 75,
                 "filingWindows": [{"opensOn": "2020-01-01", "closesOn": "2035-12-31"}],
                 "rates": [{"effectiveFrom": "2020-01-01", "amountYen": 40000}]}""".formatted(code, first.minusMonths(1).atDay(1)));
        assertEquals(201, created.statusCode(), created.body());
        var association = as("assoc-a");
        long id = decided(claim().json().replace("\"SPECIAL_BENEFIT_2010\"", "\"" + code + "\""));
        enterAccount(association, id, "0005", "ｼｹﾝ ｷﾖｼ");

        JsonObject run = prepare(admin, today());
        LocalDate payDate = LocalDate.parse(run.getString("payDate"));
        JsonObject transfer = transferTo(run, id);
        JsonObject coming = schedule(association, id);
        var inRun = items(coming, "IN_RUN");
        assertFalse(inRun.isEmpty());
        assertEquals(first.toString(), inRun.get(0).getString("period"), "owed from the month after the right arose");
        assertTrue(
                LocalDate.parse(inRun.get(0).getString("dueOn")).isBefore(today()), "arrears: its pay day has passed");
        assertTrue(inRun.stream()
                .allMatch(i -> !LocalDate.parse(i.getString("dueOn")).isAfter(payDate)));
        assertEquals(
                40_000L * inRun.size(), transfer.getJsonNumber("amountYen").longValue(), "the arrears in one transfer");
        assertFalse(items(coming, "COMING").isEmpty(), "and the pay days to come are shown");
        assertTrue(
                items(coming, "COMING").stream()
                        .allMatch(i -> LocalDate.parse(i.getString("dueOn")).getDayOfMonth() <= 15
                                && LocalDate.parse(i.getString("dueOn")).getMonthValue() % 2 == 0),
                "on the 15th of even months or before");
        approve(run);
        assertEquals(
                200,
                admin.post("/api/v1/payment-runs/" + run.getJsonNumber("id") + "/sent", JSON, "")
                        .statusCode());

        // The pensioner died in the first month paid: later months paid are to be recovered, nothing more is owed.
        assertEquals(
                400,
                association
                        .postJson(
                                "/api/v1/claims/" + id + "/life-events",
                                "{\"kind\": \"DEATH\", \"on\": \"" + today().plusDays(3) + "\"}")
                        .statusCode(),
                "not a death to come");
        var certificate = association.upload(
                "/api/v1/claims/" + id + "/evidence",
                "死亡診断書.pdf",
                ClaimsApiIT.pdf("death certificate " + id),
                "type",
                "DEATH_CERTIFICATE");
        assertEquals(201, certificate.statusCode(), certificate.body());
        var death = association.postJson(
                "/api/v1/claims/" + id + "/life-events",
                "{\"kind\": \"DEATH\", \"on\": \"" + first.atDay(10) + "\", \"evidence\": "
                        + HttpSession.object(certificate).getJsonNumber("id") + "}");
        assertEquals(201, death.statusCode(), death.body());
        JsonObject after = schedule(association, id);
        assertEquals(List.of(), items(after, "COMING"), "nothing after the month of death");
        assertEquals(first.toString(), items(after, "PAID").get(0).getString("period"));
        assertEquals(
                40_000L * (inRun.size() - 1),
                after.getJsonObject("totals").getJsonNumber("overpaidYen").longValue(),
                "months paid after the death are to be recovered");

        assertTrue(
                wouldPay(admin, payDate.plusDays(1)).stream()
                        .noneMatch(t -> t.getJsonNumber("claim").longValue() == id),
                "the next run pays the pension no more");
    }

    @Test
    void aWidowsPensionStartsTheMonthAfterTheDeathAtTheSurvivorsShare() {
        String code = "PENSION_SURV_" + System.nanoTime() % 1_000_000;
        var admin = as("admin");
        assertEquals(
                201, admin.postJson("/api/v1/programmes", """
                {"code": "%s", "kind": "PENSION", "nameJa": "抑留者年金（遺族試験）", "nameEn": "Internee pension (survivors test)",
                 "internedFrom": "1945-09-02", "entitlementDate": "2024-04-01", "survivorsSharePercent": 75,
                 "filingWindows": [{"opensOn": "2020-01-01", "closesOn": "2035-12-31"}],
                 "rates": [{"effectiveFrom": "2020-01-01", "amountYen": 40000}]}""".formatted(code)).statusCode());
        LocalDate died = today().minusMonths(4).withDayOfMonth(12);
        long id = decided(claim().heirOfInterneeWhoDied(died)
                .json()
                .replace("\"SPECIAL_BENEFIT_2010\"", "\"" + code + "\"")
                .replace("\"CHILD\"", "\"SPOUSE\""));
        JsonObject schedule = schedule(as("assoc-a"), id);
        JsonObject firstMonth = schedule.getJsonArray("payments").getJsonObject(0);
        assertEquals(YearMonth.from(died).plusMonths(1).toString(), firstMonth.getString("period"));
        assertEquals(30_000, firstMonth.getJsonNumber("amountYen").longValue(), "75% of 40,000 yen");
        assertNotEquals(null, schedule.get("proofOfLifeDue"), "a living pensioner owes a yearly proof of life");
    }

    @Test
    void aPensionersDeathStopsThePensionAndTheNextRunPaysTheWidowTheMonthsOwedAndHerOwnPension() throws Exception {
        String code = "PENSION_WIDOW_" + System.nanoTime() % 1_000_000;
        YearMonth first = YearMonth.from(today()).minusMonths(5);
        var admin = as("admin");
        assertEquals(
                201,
                admin.postJson("/api/v1/programmes", """
                {"code": "%s", "kind": "PENSION", "nameJa": "抑留者年金（遺族への支払試験）", "nameEn": "Internee pension (survivor test)",
                 "internedFrom": "1945-09-02", "entitlementDate": "%s", "survivorsSharePercent": 75,
                 "filingWindows": [{"opensOn": "2020-01-01", "closesOn": "2035-12-31"}],
                 "rates": [{"effectiveFrom": "2020-01-01", "amountYen": 40000}]}""".formatted(
                                        code, first.minusMonths(1).atDay(1)))
                        .statusCode());
        var pensioner = claim();
        String kana = ClaimJsonBuilder.randomKana()[0];
        var association = as("assoc-a");
        long id = decided(
                pensioner.interneeKana(kana, "キヨシ").json().replace("\"SPECIAL_BENEFIT_2010\"", "\"" + code + "\""));
        enterAccount(association, id, "0005", "ｼｹﾝ ｷﾖｼ");
        LocalDate died = first.plusMonths(1).atDay(10);
        assertEquals(
                201,
                association
                        .postJson(
                                "/api/v1/claims/" + id + "/life-events",
                                "{\"kind\": \"DEATH\", \"on\": \"" + died + "\"}")
                        .statusCode());

        assertTrue(
                wouldPay(admin, today()).stream()
                        .noneMatch(t -> t.getJsonNumber("claim").longValue() == id),
                "the pension is not paid to the account of a man who died");
        JsonObject held = schedule(association, id);
        assertEquals(
                List.of(first.toString(), first.plusMonths(1).toString()),
                items(held, "HELD").stream().map(i -> i.getString("period")).toList(),
                "owed to the month of death, held");
        assertEquals(
                80_000, held.getJsonObject("totals").getJsonNumber("heldYen").longValue());

        // His widow claims her survivor's pension, and with it the months he was owed.
        long widow = decided(claim().interneeFamilyName(pensioner.familyName())
                .interneeKana(kana, "キヨシ")
                .heirOfInterneeWhoDied(died)
                .json()
                .replace("\"SPECIAL_BENEFIT_2010\"", "\"" + code + "\"")
                .replace("\"CHILD\"", "\"SPOUSE\""));
        enterAccount(association, widow, "0009", "ｼｹﾝ ｶｽﾞｺ");
        String release = "{\"survivorClaim\": " + widow + "}";
        assertEquals(
                403,
                association
                        .postJson("/api/v1/claims/" + id + "/held-payments", release)
                        .statusCode());
        assertEquals(
                400,
                as("supervisor")
                        .postJson("/api/v1/claims/" + id + "/held-payments", "{\"survivorClaim\": " + id + "}")
                        .statusCode(),
                "the man himself is not his survivor");
        // Three supervisors release them at the same moment, while a transaction holds his payment rows (a fixture):
        // the months go to her once, and the others are told nothing is held.
        var supervisors = List.of(as("supervisor"), as("supervisor"), as("supervisor"));
        supervisors.forEach(
                one -> assertEquals(200, one.get("/api/v1/claims?size=1").statusCode(), "signed in before the race"));
        assertEquals(
                "2",
                admin.post("/api/v1/it/payments/hold?claim=" + id, "text/plain", "")
                        .body(),
                "his two months held");
        var answers = new ArrayList<Future<HttpResponse<String>>>();
        try (var senders = Executors.newFixedThreadPool(supervisors.size())) {
            try {
                for (var supervisor : supervisors) {
                    answers.add(senders.submit(
                            () -> supervisor.postJson("/api/v1/claims/" + id + "/held-payments", release)));
                }
                long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (Integer.parseInt(admin.get("/api/v1/it/payments/waiting").body()) < supervisors.size()) {
                    assertTrue(System.nanoTime() < until, "every release waits, on the held rows or its turn");
                    Thread.sleep(20);
                }
            } finally {
                admin.post("/api/v1/it/payments/release", "text/plain", "");
            }
        }
        HttpResponse<String> released = null;
        for (var answer : answers) {
            if (answer.get().statusCode() == 200) {
                assertEquals(null, released, "released once: " + answer.get().body());
                released = answer.get();
            } else {
                assertEquals(409, answer.get().statusCode(), answer.get().body());
                assertEquals(
                        "payment.nothingHeld", HttpSession.object(answer.get()).getString("error"));
            }
        }
        assertTrue(released != null, "one of them released the months");
        assertEquals(
                80_000, HttpSession.object(released).getJsonNumber("amountYen").longValue());
        assertEquals(
                1,
                HttpSession.object(as("auditor").get("/api/v1/audit/events?action=HELD_PAYMENTS_RELEASED&claim=" + id))
                        .getJsonArray("items")
                        .size(),
                "one release in the trail");

        JsonObject run = prepare(admin, today());
        JsonObject toWidow = transferTo(run, widow);
        var own = items(schedule(association, widow), "IN_RUN");
        assertFalse(own.isEmpty(), "her own pension is due from the month after the death");
        assertEquals(first.plusMonths(2).toString(), own.get(0).getString("period"));
        assertTrue(
                own.stream().allMatch(i -> i.getJsonNumber("amountYen").longValue() == 30_000),
                "at the survivors' 75%");
        assertEquals(
                80_000 + 30_000L * own.size(),
                toWidow.getJsonNumber("amountYen").longValue(),
                "one transfer to her account: his unpaid months and her own");
        assertEquals(List.of(), items(schedule(association, id), "HELD"), "nothing of his is held any more");
        reject(run);
    }

    /**
     * Administrators preparing runs at the same moment, each request in a thread of its own, while a transaction
     * holds the payments due to three claims (a fixture): every preparation comes to those payments and waits, and
     * all go on together when the hold ends. With the lock on the ledger, one run prepares while the others wait their
     * turn, and each payment is in one run; without it, they have all read the same payments as due, and take them
     * twice or fail.
     */
    @Test
    void runsPreparedAtTheSameMomentNeverTakeTheSamePayment() throws Exception {
        var association = as("assoc-a");
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            long id = decided(claim().returnedOn(LocalDate.of(1951, 3, 1)).json());
            enterAccount(association, id, "0005", "ｼｹﾝ ｷﾖｼ");
            ids.add(id);
        }
        String body = "{\"payDate\": \"" + bankingDayFrom(today()) + "\"}";
        var admin = as("admin");
        reject(prepare(admin, today())); // the payments are written as due, to be held
        var administrators = new ArrayList<HttpSession>();
        for (int i = 0; i < 3; i++) {
            var another = as("admin");
            assertEquals(200, another.get("/api/v1/payment-runs").statusCode(), "signed in before the race");
            administrators.add(another);
        }
        String claims = ids.stream().map(id -> "claim=" + id).collect(Collectors.joining("&"));
        assertEquals(
                "3",
                admin.post("/api/v1/it/payments/hold?" + claims, "text/plain", "")
                        .body(),
                "one payment each held");
        var answers = new ArrayList<Future<HttpResponse<String>>>();
        try (var senders = Executors.newFixedThreadPool(administrators.size())) {
            try {
                for (var preparer : administrators) {
                    answers.add(senders.submit(() -> preparer.postJson("/api/v1/payment-runs", body)));
                }
                long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (Integer.parseInt(admin.get("/api/v1/it/payments/waiting").body()) < administrators.size()) {
                    assertTrue(System.nanoTime() < until, "every preparation waits, on the held payments or its turn");
                    Thread.sleep(20);
                }
            } finally {
                admin.post("/api/v1/it/payments/release", "text/plain", "");
            }
        }
        var runs = new ArrayList<JsonObject>();
        for (var answer : answers) {
            if (answer.get().statusCode() == 409) {
                // its turn came after the others had taken everything due: refused, not an empty run
                assertEquals(
                        "payment.nothingToPay",
                        HttpSession.object(answer.get()).getString("error"),
                        answer.get().body());
                continue;
            }
            assertEquals(201, answer.get().statusCode(), answer.get().body());
            runs.add(HttpSession.object(answer.get()));
        }
        assertFalse(runs.isEmpty(), "one of them prepared the run");
        assertTrue(runs.stream().noneMatch(run -> transfers(run).isEmpty()), "no run was made empty: " + runs);
        for (long id : ids) {
            long in = runs.stream()
                    .flatMap(run -> transfers(run).stream())
                    .filter(t -> t.getJsonNumber("claim").longValue() == id)
                    .count();
            assertEquals(1, in, "claim " + id + " is in exactly one of the runs");
        }
        runs.forEach(this::reject);
    }

    @Test
    void badInputAndWrongRolesAreRefusedWithTheFieldNamed() {
        var association = as("assoc-a");
        long id = decided(claim().json());
        var bad = association.putJson("/api/v1/claims/" + id + "/bank-account", """
                {"bankCode": "12", "branchCode": "001", "accountType": "ORDINARY", "accountNumber": "1234567",
                 "holderName": "舞鶴清"}""");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(
                bad.body().contains("\"field\":\"bankCode\"") && bad.body().contains("\"field\":\"holderName\""),
                bad.body());
        assertEquals(
                204, association.get("/api/v1/claims/" + id + "/bank-account").statusCode(), "nothing was stored");
        assertEquals(
                400,
                association
                        .putJson("/api/v1/claims/" + id + "/bank-account", """
                {"bankCode": "0001", "branchCode": "001", "accountType": "CHEQUE", "accountNumber": "1234567",
                 "holderName": "ｼｹﾝ"}""")
                        .statusCode());
        assertEquals(
                403,
                as("caseworker")
                        .putJson("/api/v1/claims/" + id + "/bank-account", """
                {"bankCode": "0001", "branchCode": "001", "accountType": "ORDINARY", "accountNumber": "1234567",
                 "holderName": "ｼｹﾝ"}""")
                        .statusCode(),
                "the association enters its claimant's account");

        var admin = as("admin");
        LocalDate sunday = today().plusDays(7 - today().getDayOfWeek().getValue() % 7);
        var weekend = admin.postJson("/api/v1/payment-runs", "{\"payDate\": \"" + sunday + "\"}");
        assertEquals(400, weekend.statusCode(), weekend.body());
        assertTrue(
                weekend.body().contains("\"field\":\"payDate\"")
                        && weekend.body().contains("banking day"),
                weekend.body());
        assertEquals(
                400,
                admin.postJson("/api/v1/payment-runs", "{\"payDate\": \"" + today().minusDays(1) + "\"}")
                        .statusCode());

        // Money within what the law and the bank file allow: a rate no 全銀 record holds, a pay date years ahead.
        var tooMuch = admin.postJson(
                "/api/v1/programmes", """
                {"code": "LIMIT_%s", "kind": "PENSION", "nameJa": "上限試験", "nameEn": "Limit test",
                 "internedFrom": "1945-09-02", "rates": [{"effectiveFrom": "2026-01-01", "amountYen": 9223372036854775807}]}""".formatted(DemoClaims.suffix().toUpperCase(Locale.ROOT)));
        assertEquals(400, tooMuch.statusCode(), tooMuch.body());
        assertTrue(tooMuch.body().contains("\"field\":\"amountYen\""), tooMuch.body());
        var farAhead = admin.postJson("/api/v1/payment-runs", "{\"payDate\": \"9999-12-30\"}"); // a Thursday
        assertEquals(400, farAhead.statusCode(), farAhead.body());
        assertTrue(farAhead.body().contains("\"field\":\"payDate\""), farAhead.body());
        wouldPay(
                admin,
                today()); // and a run can be prepared still (or is refused as having nothing to pay, never a 500)
        assertEquals(
                403,
                as("supervisor")
                        .postJson("/api/v1/payment-runs", "{\"payDate\": \"" + bankingDayFrom(today()) + "\"}")
                        .statusCode(),
                "supervisors approve runs; administrators prepare them");
        assertEquals(
                403,
                association
                        .postJson("/api/v1/payment-runs", "{\"payDate\": \"" + bankingDayFrom(today()) + "\"}")
                        .statusCode());
        assertEquals(
                409,
                association
                        .postJson(
                                "/api/v1/claims/" + decidedDenied() + "/life-events",
                                "{\"kind\": \"PROOF_OF_LIFE\", \"on\": \"" + today() + "\"}")
                        .statusCode(),
                "no grant, nothing to follow");
        assertEquals(
                409,
                association
                        .postJson(
                                "/api/v1/claims/" + id + "/life-events",
                                "{\"kind\": \"PROOF_OF_LIFE\", \"on\": \"" + today() + "\"}")
                        .statusCode(),
                "a lump sum owes no proof of life");
        assertEquals(
                404, as("assoc-b").get("/api/v1/claims/" + id + "/payments").statusCode());
    }

    @Test
    void bankCode9999IsRefusedNamingTheFieldAndAKnownCodeNamesTheBankAndBranchFromTheZenginMaster() {
        var association = as("assoc-a");
        long id = decided(claim().json());
        var unknown = association.putJson("/api/v1/claims/" + id + "/bank-account", """
                {"bankCode": "9999", "branchCode": "001", "accountType": "ORDINARY", "accountNumber": "1234567",
                 "holderName": "ｼｹﾝ ｷﾖｼ"}""");
        assertEquals(400, unknown.statusCode(), unknown.body());
        var details = HttpSession.object(unknown).getJsonArray("details").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("bankCode"),
                details.stream().map(d -> d.getString("field")).toList(),
                unknown.body());
        assertTrue(
                details.getFirst().getString("message").contains("9999")
                        && details.getFirst().getString("message").contains("Zengin"),
                unknown.body());
        assertEquals(
                204, association.get("/api/v1/claims/" + id + "/bank-account").statusCode(), "nothing was stored");

        var known = association.putJson("/api/v1/claims/" + id + "/bank-account", """
                {"bankCode": "0001", "branchCode": "001", "accountType": "ORDINARY", "accountNumber": "1234567",
                 "holderName": "ｼｹﾝ ｷﾖｼ"}""");
        assertEquals(200, known.statusCode(), known.body());
        JsonObject account = HttpSession.object(known);
        assertEquals("みずほ銀行", account.getString("bankName"));
        assertEquals("東京営業部", account.getString("branchName"));
    }

    @Test
    void aRunForMonday3January2028IsRefusedAsADayTheBanksAreClosedWithNoHolidayEnteredByHand() {
        var admin = as("admin");
        assertFalse(
                admin.get("/api/v1/public-holidays").body().contains("2028-01-03"), "no holiday was entered by hand");
        var refused = admin.postJson("/api/v1/payment-runs", "{\"payDate\": \"2028-01-03\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        var details = HttpSession.object(refused).getJsonArray("details").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("payDate"),
                details.stream().map(d -> d.getString("field")).toList(),
                refused.body());
        assertTrue(
                details.getFirst().getString("message").contains("not a banking day")
                        && details.getFirst().getString("message").contains("31 December to 3 January"),
                refused.body());
    }

    @Test
    void noPaymentOfTheDemoFallsDueOnAWeekend() {
        // The demo's closed claim was decided 120 days before the start, whatever day of the week that was.
        var auditor = as("auditor");
        int read = 0;
        for (long id = 1; id <= 40; id++) {
            var claim = auditor.get("/api/v1/claims/" + id);
            if (claim.statusCode() != 200
                    || !List.of("DECIDED", "CLOSED")
                            .contains(HttpSession.object(claim).getString("status"))) {
                continue;
            }
            for (var item : schedule(auditor, id).getJsonArray("payments").getValuesAs(JsonObject.class)) {
                var due = LocalDate.parse(item.getString("dueOn"));
                assertFalse(
                        due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY,
                        "claim " + id + " " + item);
                read++;
            }
        }
        assertTrue(read > 5, "the demo's grants owe payments: " + read);
    }

    @Test
    void administratorsKeepTheCalendarOfPublicHolidaysThatMovesAPayDay() {
        LocalDate day = LocalDate.of(2031, 1, 1).plusDays(System.nanoTime() % 300);
        String holiday = "{\"day\": \"" + day + "\", \"nameJa\": \"試験の祝日\", \"nameEn\": \"Test holiday\"}";
        assertEquals(
                403,
                as("supervisor").postJson("/api/v1/public-holidays", holiday).statusCode());
        var admin = as("admin");
        assertEquals(201, admin.postJson("/api/v1/public-holidays", holiday).statusCode());
        assertEquals(409, admin.postJson("/api/v1/public-holidays", holiday).statusCode(), "a day is a holiday once");
        assertTrue(as("assoc-a").get("/api/v1/public-holidays").body().contains(day.toString()));
        assertEquals(403, as("assoc-a").delete("/api/v1/public-holidays/" + day).statusCode());
        assertEquals(204, admin.delete("/api/v1/public-holidays/" + day).statusCode());
        assertEquals(404, admin.delete("/api/v1/public-holidays/" + day).statusCode());
    }

    // Helpers.

    /** Prepares a run on the first banking day from {@code from}. */
    /**
     * The transfers a run prepared now would make, the run then rejected; none when nothing at all can be paid, for
     * which no run is made.
     */
    private List<JsonObject> wouldPay(HttpSession admin, LocalDate from) {
        var response = admin.postJson("/api/v1/payment-runs", "{\"payDate\": \"" + bankingDayFrom(from) + "\"}");
        if (response.statusCode() == 409) {
            assertEquals("payment.nothingToPay", HttpSession.object(response).getString("error"), response.body());
            return List.of();
        }
        assertEquals(201, response.statusCode(), response.body());
        JsonObject run = HttpSession.object(response);
        reject(run);
        return transfers(run);
    }

    private JsonObject prepare(HttpSession admin, LocalDate from) {
        var response = admin.postJson("/api/v1/payment-runs", "{\"payDate\": \"" + bankingDayFrom(from) + "\"}");
        assertEquals(201, response.statusCode(), response.body());
        return HttpSession.object(response);
    }

    /** The first day from {@code from} that is neither a weekend nor one of the public holidays the server keeps. */
    private LocalDate bankingDayFrom(LocalDate from) {
        var holidays = HttpSession.json(as("admin").get("/api/v1/public-holidays")).asJsonArray().stream()
                .map(h -> LocalDate.parse(h.asJsonObject().getString("day")))
                .collect(Collectors.toSet());
        assertTrue(holidays.contains(LocalDate.of(2026, 9, 22)), "the citizens' holiday of 2026 is in the calendar");
        LocalDate day = from;
        while (day.getDayOfWeek().getValue() > 5 || holidays.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Whether the association's change feed holds the claim's transfer sent for 1,100,000 yen. */
    private static boolean sentToTheBank(HttpSession association, long id) {
        long cursor = 0;
        while (true) {
            JsonObject page = HttpSession.object(association.get("/api/v1/changes?size=500&after=" + cursor));
            boolean sent = page.getJsonArray("items").stream()
                    .map(item -> item.asJsonObject())
                    .anyMatch(change -> change.getJsonNumber("claim").longValue() == id
                            && "TRANSFER_SENT".equals(change.getString("change"))
                            && "1100000".equals(change.getJsonObject("details").getString("amountYen")));
            if (sent || !page.getBoolean("more")) {
                return sent;
            }
            cursor = page.getJsonNumber("next").longValue();
        }
    }

    private void approve(JsonObject run) {
        var turned = as("supervisor")
                .postJson(
                        "/api/v1/payment-runs/" + run.getJsonNumber("id") + "/approval",
                        "{\"approve\": true, \"comment\": \"照合済\u202Eみ\"}");
        assertEquals(
                400, turned.statusCode(), "a comment that turns the writing direction is no text: " + turned.body());
        assertTrue(turned.body().contains("\"field\":\"comment\""), turned.body());
        var approved = as("supervisor")
                .postJson("/api/v1/payment-runs/" + run.getJsonNumber("id") + "/approval", "{\"approve\": true}");
        assertEquals(200, approved.statusCode(), approved.body());
    }

    /** Rejects a run a test prepared, so that its payments are due again for the next. */
    private void reject(JsonObject run) {
        var rejected = as("supervisor")
                .postJson(
                        "/api/v1/payment-runs/" + run.getJsonNumber("id") + "/approval",
                        "{\"approve\": false, \"comment\": \"試験のため差し戻し\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", HttpSession.object(rejected).getString("state"));
    }

    private static void enterAccount(HttpSession association, long id, String bank, String holder) {
        var entered = association.putJson("/api/v1/claims/" + id + "/bank-account", """
                {"bankCode": "%s", "branchCode": "001", "accountType": "SAVINGS", "accountNumber": "7654321",
                 "holderName": "%s"}""".formatted(bank, holder));
        assertEquals(200, entered.statusCode(), entered.body());
    }

    private static List<JsonObject> transfers(JsonObject run) {
        JsonArray transfers = run.getJsonArray("transfers");
        return transfers == null
                ? List.of()
                : transfers.stream().map(JsonObject.class::cast).toList();
    }

    private static JsonObject transferTo(JsonObject run, long claimId) {
        return transfers(run).stream()
                .filter(t -> t.getJsonNumber("claim").longValue() == claimId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("run " + run + " has no transfer to claim " + claimId));
    }

    private static JsonObject schedule(HttpSession session, long id) {
        var response = session.get("/api/v1/claims/" + id + "/payments");
        assertEquals(200, response.statusCode(), response.body());
        return HttpSession.object(response);
    }

    private static List<JsonObject> items(JsonObject schedule, String state) {
        return schedule.getJsonArray("payments").stream()
                .map(JsonObject.class::cast)
                .filter(i -> i.getString("state").equals(state))
                .toList();
    }

    private static List<String> records(byte[] file) {
        assertEquals(0, file.length % 122, "records of 120 bytes and CR LF");
        var records = new ArrayList<String>();
        for (int at = 0; at < file.length; at += 122) {
            assertEquals('\r', file[at + 120]);
            assertEquals('\n', file[at + 121]);
            records.add(new String(file, at, 120, SHIFT_JIS));
        }
        return records;
    }

    private long decided(String json) {
        var association = as("assoc-a");
        var created = association.postJson("/api/v1/claims", json);
        assertEquals(201, created.statusCode(), created.body());
        long id = HttpSession.object(created).getJsonNumber("id").longValue();
        assertEquals(
                201,
                association
                        .upload(
                                "/api/v1/claims/" + id + "/evidence",
                                "certificate.pdf",
                                ClaimsApiIT.pdf("certificate " + id),
                                "type",
                                "REPATRIATION_CERTIFICATE")
                        .statusCode());
        assertEquals(
                200,
                association.post("/api/v1/claims/" + id + "/submit", JSON, "").statusCode());
        var caseworker = as("caseworker");
        assertEquals(
                200,
                caseworker
                        .post("/api/v1/casework/claims/" + id + "/assign", JSON, "")
                        .statusCode());
        var recommended =
                caseworker.postJson("/api/v1/casework/claims/" + id + "/recommendation", "{\"outcome\": \"GRANT\"}");
        assertEquals(200, recommended.statusCode(), recommended.body());
        var approved = as("supervisor").postJson("/api/v1/casework/claims/" + id + "/approval", "{\"approve\": true}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("DECIDED", HttpSession.object(approved).getString("status"));
        return id;
    }

    private long decidedDenied() {
        var association = as("assoc-a");
        var created = association.postJson(
                "/api/v1/claims",
                claim().heirOfInterneeWhoDied(LocalDate.of(2009, 5, 1)).json());
        assertEquals(201, created.statusCode(), created.body());
        long id = HttpSession.object(created).getJsonNumber("id").longValue();
        association.upload(
                "/api/v1/claims/" + id + "/evidence", "c.pdf", ClaimsApiIT.pdf("c " + id), "type", "DEATH_CERTIFICATE");
        association.post("/api/v1/claims/" + id + "/submit", JSON, "");
        var caseworker = as("caseworker");
        caseworker.post("/api/v1/casework/claims/" + id + "/assign", JSON, "");
        var recommended = caseworker.postJson(
                "/api/v1/casework/claims/" + id + "/recommendation",
                "{\"outcome\": \"DENY\", \"reasonCodes\": [\"DIED_BEFORE_ENTITLEMENT_DATE\"]}");
        assertEquals(200, recommended.statusCode(), recommended.body());
        assertEquals(
                200,
                as("supervisor")
                        .postJson("/api/v1/casework/claims/" + id + "/approval", "{\"approve\": true}")
                        .statusCode());
        return id;
    }

    private LocalDate today() {
        return server.today();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
