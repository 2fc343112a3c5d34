package org.maizuru.claims.it;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims the demo data filed, as each account sees them: the forty claims its plan drives into every status,
 * which are the first forty filed (DemoSeeder writes them before anything else, and claim ids rise). A test that
 * means "a claim in this status" takes one of these, not whichever claim another test class filed last on the
 * shared server, so that what it opens does not depend on which class ran before it.
 */
final class DemoClaimsByStatus {

    /** As many as DemoCaseload's plan. */
    private static final long DEMO_PLAN = 40;
    /** The draft begun with the bare minimum: no kana readings, no internment, no camps (DemoPeople.SPARE_DRAFT). */
    static final long SPARE_DRAFT = 3;

    private final Map<String, Map<Long, String>> statusByAccount = new LinkedHashMap<>();

    private DemoClaimsByStatus() {}

    /** Reads the demo's claims as an association (its own) and as an auditor (all of them). */
    static DemoClaimsByStatus read(URL base) {
        var demo = new DemoClaimsByStatus();
        for (String account : List.of("assoc-a", "auditor")) {
            var session = new HttpSession(base).as(account, DemoClaims.PASSWORD);
            var seen = new LinkedHashMap<Long, String>();
            for (long id = 1; id <= DEMO_PLAN; id++) {
                var answer = session.get("/api/v1/claims/" + id);
                if (answer.statusCode() == 200) {
                    JsonObject claim = HttpSession.object(answer);
                    seen.put(id, claim.getString("status"));
                } else if (answer.statusCode() != 404) {
                    throw new AssertionError(
                            "claim " + id + " as " + account + ": " + answer.statusCode() + " " + answer.body());
                }
            }
            demo.statusByAccount.put(account, seen);
        }
        return demo;
    }

    /** The first demo claim of each status the account sees, by status. */
    Map<String, Long> firstByStatus(String account) {
        var first = new LinkedHashMap<String, Long>();
        statusByAccount.get(account).forEach((id, status) -> first.putIfAbsent(status, id));
        return first;
    }

    /** The demo's drafts that the account sees. */
    List<Long> drafts(String account) {
        var drafts = new ArrayList<Long>();
        statusByAccount.get(account).forEach((id, status) -> {
            if (status.equals("DRAFT")) {
                drafts.add(id);
            }
        });
        return drafts;
    }
}
