package org.maizuru.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail on the database the build names: every act is in it, it is searched a page at a time,
 * only auditors and administrators read it, and its hash chain reveals a modified, a removed and an inserted
 * row by number — on PostgreSQL also when the rewrite went around the append-only trigger.
 */
@ExtendWith(TestServer.class)
class AuditIT {

    private static final String PASSWORD = "maizuru-demo";

    private final ServerUnderTest server;
    private final URL base;

    AuditIT(ServerUnderTest server) {
        this.server = server;
        this.base = server.base();
    }

    /** The scheduled duties write to the trail every few seconds in the tests; not while a test rewrites it. */
    @BeforeEach
    void holdTheDuties() {
        var held = new HttpSession(base).as("admin", PASSWORD).post("/api/v1/it/audit/duties/hold", "text/plain", "");
        assertEquals("true", held.body(), "the duties' lock was taken");
    }

    @AfterEach
    void releaseTheDuties() {
        new HttpSession(base).as("admin", PASSWORD).post("/api/v1/it/audit/duties/release", "text/plain", "");
    }

    private HttpSession auditor() {
        return new HttpSession(base).as("auditor", PASSWORD);
    }

    @Test
    void theChainOfTheDemoHistoryIsWholeAndOnlyAuditorsReadIt() {
        JsonObject result = verify();
        assertTrue(result.getBoolean("valid"), result.toString());
        assertTrue(result.getJsonNumber("events").longValue() > 100, "the demo history is in the trail");
        assertEquals(
                200,
                new HttpSession(base)
                        .as("admin", PASSWORD)
                        .get("/api/v1/audit/verify")
                        .statusCode());
        assertEquals(
                403,
                new HttpSession(base)
                        .as("assoc-a", PASSWORD)
                        .get("/api/v1/audit/verify")
                        .statusCode());
        assertEquals(
                403,
                new HttpSession(base)
                        .as("caseworker", PASSWORD)
                        .get("/api/v1/audit/events")
                        .statusCode());
        assertEquals(401, new HttpSession(base).get("/api/v1/audit/events").statusCode());
    }

    @Test
    void theChainIsValidTwentyTimesOutOfTwentyWhileFourClientsReadAndFile() throws Exception {
        var stop = new AtomicBoolean();
        var filed = new AtomicInteger();
        var refused = new ConcurrentLinkedQueue<String>();
        var clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            String family = "監査" + c + DemoClaims.suffix();
            clients.submit(() -> {
                var association = new HttpSession(base).as("assoc-a", PASSWORD);
                while (!stop.get()) {
                    var created = association.postJson(
                            "/api/v1/claims",
                            ClaimJsonBuilder.claim().interneeFamilyName(family).json());
                    if (created.statusCode() != 201) {
                        refused.add(created.statusCode() + " " + created.body());
                        return;
                    }
                    filed.incrementAndGet();
                    association.get("/api/v1/claims/"
                            + HttpSession.object(created).getJsonNumber("id").longValue());
                }
            });
        }
        try {
            for (int i = 1; i <= 20; i++) {
                JsonObject answer = HttpSession.object(auditor().get("/api/v1/audit/verify"));
                assertTrue(
                        answer.getBoolean("valid"), "verification " + i + " of 20, while four clients file: " + answer);
            }
        } finally {
            stop.set(true);
            clients.shutdown();
            clients.awaitTermination(60, TimeUnit.SECONDS);
        }
        assertEquals(List.of(), List.copyOf(refused));
        assertTrue(filed.get() >= 4, "the clients filed while the chain was verified: " + filed.get());
    }

    @Test
    void eventsAreFoundByActorAndActionAPageAtATime() {
        var firstPage =
                HttpSession.object(auditor().get("/api/v1/audit/events?actor=supervisor&action=CLAIM_APPROVE&size=3"));
        var items = firstPage.getJsonArray("items");
        assertEquals(3, items.size());
        long next = firstPage.getJsonNumber("next").longValue();
        for (int i = 0; i < items.size(); i++) {
            assertEquals("supervisor", items.getJsonObject(i).getString("actor"));
            assertEquals("CLAIM_APPROVE", items.getJsonObject(i).getString("action"));
        }
        var secondPage = HttpSession.object(auditor()
                        .get("/api/v1/audit/events?actor=supervisor&action=CLAIM_APPROVE&size=3&after=" + next))
                .getJsonArray("items");
        assertTrue(secondPage.getJsonObject(0).getJsonNumber("id").longValue() < next, "newest first, then older");
        var signIns = HttpSession.object(auditor().get("/api/v1/audit/events?action=SIGN_IN_FAILED&size=1"));
        assertEquals(
                200,
                auditor()
                        .get("/api/v1/audit/events?from=2020-01-01&to=2099-12-31")
                        .statusCode());
        assertEquals(400, auditor().get("/api/v1/audit/events?from=yesterday").statusCode());
        assertTrue(signIns.containsKey("items"));
    }

    @Test
    void theApplicationItselfCannotRewriteTheTrailOnPostgreSql() {
        assumeTrue(server.onPostgreSql(), "the append-only trigger is PostgreSQL's");
        String answer = new HttpSession(base)
                .as("admin", PASSWORD)
                .post("/api/v1/it/audit/5/plain-update", "text/plain", "")
                .body();
        assertTrue(answer.startsWith("refused") && answer.contains("append-only"), answer);
    }

    @Test
    void aModifiedARemovedAndAnInsertedRowAreEachNamed() {
        long target = 7;
        JsonObject original = HttpSession.object(auditor().get("/api/v1/audit/events?size=1&after=" + (target + 1)))
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(target, original.getJsonNumber("id").longValue());
        String summary = original.getString("summary");

        sql("update audit_event set summary = 'nothing happened here' where id = " + target);
        assertBrokenAt(target);
        sql("update audit_event set summary = '" + summary.replace("'", "''") + "' where id = " + target);
        assertTrue(verify().getBoolean("valid"), "restored");

        sql("create table audit_event_kept as select * from audit_event where id = " + target);
        sql("delete from audit_event where id = " + target);
        assertBrokenAt(target + 1);
        sql("insert into audit_event select * from audit_event_kept");
        sql("drop table audit_event_kept");
        assertTrue(verify().getBoolean("valid"), "restored");

        long last = verify().getJsonNumber("events").longValue();
        sql("insert into audit_event (id, at, actor, role, action, summary, prev_hash, hash) values (" + (last + 1)
                + ", current_timestamp, 'intruder', 'ADMINISTRATOR', 'CLAIM_APPROVE', 'forged', null, 'f00d')");
        assertBrokenAt(last + 1);
        sql("delete from audit_event where id = " + (last + 1));
        assertTrue(verify().getBoolean("valid"), "restored");
    }

    /**
     * Someone with the database's rights rewrites an event and recomputes every plain hash after it, head
     * included: without the audit key the seals do not hold, and the rewritten event is named.
     */
    @Test
    void aRewriteWhoseHashesAreRecomputedWithoutTheKeyIsStillNamed() {
        long last = verify().getJsonNumber("events").longValue();
        long target = last - 2;
        sql("create table audit_event_kept as select * from audit_event where id >= " + target);
        sql("create table audit_chain_kept as select * from audit_chain");
        try {
            for (String keyless : new String[] {"false", "true"}) {
                var rewritten = new HttpSession(base)
                        .as("admin", PASSWORD)
                        .post(
                                "/api/v1/it/audit/" + target + "/rewrite-and-rechain?keyless=" + keyless,
                                "text/plain",
                                "");
                assertEquals(200, rewritten.statusCode(), rewritten.body());
                assertEquals("3", rewritten.body());
                JsonObject result = verify();
                assertFalse(result.getBoolean("valid"), "keyless=" + keyless + ": " + result);
                assertEquals(target, result.getJsonNumber("firstBrokenEvent").longValue(), result.toString());
            }
        } finally {
            sql("delete from audit_event where id >= " + target);
            sql("insert into audit_event select * from audit_event_kept");
            sql("update audit_chain set last_id = (select last_id from audit_chain_kept), "
                    + "last_hash = (select last_hash from audit_chain_kept) where id = 1");
            sql("drop table audit_event_kept");
            sql("drop table audit_chain_kept");
        }
        assertTrue(verify().getBoolean("valid"), "restored");
    }

    private void assertBrokenAt(long id) {
        JsonObject result = verify();
        assertFalse(result.getBoolean("valid"), result.toString());
        assertEquals(id, result.getJsonNumber("firstBrokenEvent").longValue(), result.toString());
    }

    private JsonObject verify() {
        var response = auditor().get("/api/v1/audit/verify");
        assertEquals(200, response.statusCode(), response.body());
        return HttpSession.object(response);
    }

    private void sql(String statement) {
        var response = new HttpSession(base)
                .as("admin", PASSWORD)
                .post(
                        "/api/v1/it/audit/sql?statement=" + URLEncoder.encode(statement, StandardCharsets.UTF_8),
                        "text/plain",
                        "");
        assertEquals(200, response.statusCode(), statement + ": " + response.body());
    }
}
