package io.versioner.deployment;

import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Events of one run (one invoke_id) arriving in every possible order. API.md, rule 5: the status is that of the
 * newest event <em>by arrival</em>, except that a non-terminal event never replaces a terminal status; a
 * terminal one does. (Any earlier idea of "newest by event time" is superseded by API.md: the timestamps a
 * client sends are hints, see CLIENTS.md, and play no part.) Replays of an already recorded status change
 * nothing and answer the first ids.
 */
@QuarkusTest
class EventOrderTest {
    static final Set<String> TERMINAL = Set.of("completed", "failed", "aborted");

    /** What the rule says after these canonical statuses arrive in this order. */
    record Expected(String status, boolean everCompleted, int events) {
        static Expected after(List<String> arrivals) {
            String status = null;
            boolean completed = false;
            Set<String> recorded = new LinkedHashSet<>();
            for (String s : arrivals) {
                if (!recorded.add(s)) {
                    continue; // a replay: nothing changes
                }
                if (status == null || TERMINAL.contains(s) || !TERMINAL.contains(status)) {
                    completed |= s.equals("completed") && !s.equals(status);
                    status = s;
                }
            }
            return new Expected(status, completed, recorded.size());
        }
    }

    static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T head = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> p = new ArrayList<>();
                p.add(head);
                p.addAll(tail);
                out.add(p);
            }
        }
        return out;
    }

    static final Map<String, String> WORD = Map.of("pending", "queued", "started", "in_progress", "completed", "success",
            "failed", "failure", "aborted", "cancelled");

    static String deployment(String product, String status, String invokeId, String completedAt) {
        return "{\"product_name\":\"" + product + "\",\"version\":\"1.0\",\"environment_name\":\"production\",\"status\":\""
                + WORD.get(status) + "\",\"invoke_id\":\"" + invokeId + "\",\"completed_at\":\"" + completedAt + "\"}";
    }

    @Test
    void everyArrivalOrderOfOneRunFollowsTheRule() {
        int runs = 0;
        for (List<String> order : permutations(List.of("pending", "started", "failed", "completed"))) {
            String product = unique("order");
            Map<String, String> firstEventId = new HashMap<>();
            List<String> arrived = new ArrayList<>();
            String deploymentId = null;
            for (String s : order) {
                Response r = admin().body(deployment(product, s, "run-1", "2025-11-06T15:30:00Z")).post("/deployment-events/");
                r.then().statusCode(200);
                arrived.add(s);
                Expected want = Expected.after(arrived);
                assertEquals(want.status(), r.path("status"), "after " + arrived);
                firstEventId.putIfAbsent(s, r.path("event_id"));
                deploymentId = deploymentId == null ? r.path("id") : deploymentId;
                assertEquals(deploymentId, r.path("id"), "one run, one deployment: " + arrived);
            }
            // a retry of the first event, arriving last: a replay with the first ids, nothing moves
            String first = order.get(0);
            Response retry = admin().body(deployment(product, first, "run-1", "2025-11-06T15:30:00Z")).post("/deployment-events/");
            arrived.add(first);
            Expected want = Expected.after(arrived);
            retry.then().statusCode(200);
            assertEquals(firstEventId.get(first), retry.path("event_id"), "a replay answers the first event id");
            assertEquals(want.status(), retry.path("status"));
            Response stored = admin().get("/deployments/" + deploymentId);
            assertEquals(want.status(), stored.path("status"), "stored after " + arrived);
            assertEquals(want.events(), stored.<List<?>>path("events").size(), "one event per status: " + arrived);
            assertEquals(order, stored.<List<String>>path("events.status"), "events listed in arrival order");
            if (want.everCompleted()) {
                assertNotNull(stored.path("deployed_at"), "deployed_at once it became completed: " + arrived);
            } else {
                assertNull(stored.path("deployed_at"), arrived.toString());
            }
            runs++;
        }
        assertEquals(24, runs);
    }

    @Test
    void buildsFollowTheSameRule() {
        for (List<String> order : permutations(List.of("started", "failed", "completed"))) {
            String product = unique("border");
            List<String> arrived = new ArrayList<>();
            String versionId = null;
            for (String s : order) {
                Response r = admin().body("{\"product_name\":\"" + product + "\",\"version\":\"1\",\"status\":\""
                        + WORD.get(s) + "\",\"invoke_id\":\"b-1\"}").post("/build-events/");
                r.then().statusCode(200);
                arrived.add(s);
                assertEquals(Expected.after(arrived).status(), r.path("status"), "after " + arrived);
                versionId = r.path("version_id");
            }
            Response v = admin().get("/versions/" + versionId);
            assertEquals(1, v.<List<?>>path("builds").size(), order.toString());
            assertEquals(Expected.after(arrived).status(), v.path("builds[0].status"), order.toString());
        }
    }

    @Test
    void arrivalDecidesNotTheTimesTheClientSends() {
        String product = unique("clock");
        // success stamped later, failure stamped earlier but arriving later: the failure is newest by arrival
        admin().body(deployment(product, "completed", "run-9", "2025-11-06T16:00:00Z")).post("/deployment-events/")
                .then().statusCode(200);
        Response r = admin().body(deployment(product, "failed", "run-9", "2025-11-06T15:00:00Z")).post("/deployment-events/");
        r.then().statusCode(200);
        assertEquals("failed", r.path("status"));
        assertNotNull(r.path("deployed_at"), "deployed_at stays the time it last became completed");
        // a late non-terminal event stamped latest of all is only recorded
        Response late = admin().body(deployment(product, "started", "run-9", "2025-11-06T17:00:00Z")).post("/deployment-events/");
        assertEquals("failed", late.path("status"));
        assertEquals(3, admin().get("/deployments/" + r.path("id")).<List<?>>path("events").size());
    }
}
