package io.versioner.release;

import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static io.versioner.release.Fixtures.createRelease;
import static io.versioner.release.Fixtures.deploy;
import static io.versioner.release.Fixtures.history;
import static io.versioner.release.Fixtures.historyLines;
import static io.versioner.release.Fixtures.map;
import static io.versioner.release.Fixtures.releaseWith;
import static io.versioner.release.Fixtures.status;
import static io.versioner.release.Fixtures.version;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Status moves by PATCH. Automatic progress is covered by {@link ReleaseAutoProgressTest}. */
@QuarkusTest
class ReleaseStatusTest {

    private static void patchStatus(String id, String status, int expected) {
        admin().body(map("status", status)).patch("/releases/" + id).then().statusCode(expected);
    }

    @Test
    void draftMovesToInProgressByPatch() {
        String id = releaseWith(unique("r"), unique("svc"), "1.0.0");
        admin().body(map("status", "in_progress")).patch("/releases/" + id).then().statusCode(200)
                .body("status", equalTo("in_progress"));
        assertEquals(List.of("created", "version_added", "status_changed draft->in_progress"),
                historyLines(id).stream().map(l -> l.substring(l.indexOf(' ') + 1)).toList());
    }

    @Test
    void completingNeedsEveryVersionSuccessfulInProductionAndNamesThoseThatAreNot() {
        String tag = unique("t");
        String ok = "user-service" + tag;
        String missing = "auth-service" + tag;
        String failed = "api-gateway" + tag;
        String id = admin().body(map("name", unique("r"), "status", "in_progress")).post("/releases").then()
                .statusCode(201).extract().path("id");
        for (String p : List.of(ok, missing, failed)) {
            version(p, "1.0.0");
            Fixtures.addVersion(id, p, "1.0.0");
        }
        admin().body(map("status", "draft")).patch("/releases/" + id).then().statusCode(409);
        String prod = "prod-" + tag;
        String staging = "staging-" + tag;
        admin().body(map("name", "renamed", "status", "completed")).patch("/releases/" + id).then().statusCode(409)
                .body("detail", allOf(containsString(ok + " 1.0.0"), containsString(missing + " 1.0.0"),
                        containsString(failed + " 1.0.0")));
        deploy(missing, "1.0.0", staging, "success");
        deploy(failed, "1.0.0", prod, "success");
        deploy(failed, "1.0.0", prod, "failed");
        admin().body(map("name", "renamed", "status", "completed")).patch("/releases/" + id).then().statusCode(409)
                .body("detail", allOf(containsString(ok + " 1.0.0"), containsString(missing + " 1.0.0"),
                        containsString(failed + " 1.0.0")));
        admin().get("/releases/" + id).then().body("status", equalTo("in_progress")).body("name", not(equalTo("renamed")));
        assertEquals(4, history(id).size(), "refusals write nothing");
    }

    @Test
    void completingWithNoVersionsIsRefused() {
        String id = createRelease(unique("r"));
        patchStatus(id, "in_progress", 200);
        admin().body(map("status", "completed")).patch("/releases/" + id).then().statusCode(409)
                .body("detail", containsString("no versions"));
    }

    @Test
    void disallowedMovesNameTheAllowedOnes() {
        String id = createRelease(unique("r"));
        admin().body(map("status", "completed")).patch("/releases/" + id).then().statusCode(409)
                .body("detail", allOf(containsString("in_progress"), containsString("cancelled")));
        patchStatus(id, "in_progress", 200);
        admin().body(map("status", "draft")).patch("/releases/" + id).then().statusCode(409)
                .body("detail", allOf(containsString("completed"), containsString("cancelled")));
        admin().body(map("status", "someday")).patch("/releases/" + id).then().statusCode(422);
        assertEquals("in_progress", status(id));
    }

    @Test
    void cancelledIsFinalAndReadOnly() {
        String p = unique("svc");
        String other = unique("svc");
        String versionId = version(p, "1.0.0");
        version(other, "1.0.0");
        String id = createRelease(unique("r"));
        Fixtures.addVersion(id, p, "1.0.0");
        patchStatus(id, "cancelled", 200);
        int entries = history(id).size();
        for (String s : List.of("draft", "in_progress", "completed")) {
            patchStatus(id, s, 409);
        }
        admin().body(map("name", "changed")).patch("/releases/" + id).then().statusCode(409);
        admin().body(map("description", "changed", "status", "cancelled")).patch("/releases/" + id).then().statusCode(409);
        admin().body(map("product_name", other, "version", "1.0.0")).post("/releases/" + id + "/versions").then()
                .statusCode(409);
        admin().delete("/releases/" + id + "/versions/" + versionId).then().statusCode(409);
        // the same status again is a no-op, even on a final release
        admin().body(map("status", "cancelled")).patch("/releases/" + id).then().statusCode(200)
                .body("status", equalTo("cancelled"));
        assertEquals(entries, history(id).size());
        assertEquals(List.of("created", "version_added", "status_changed"),
                history(id).stream().map(e -> e.get("action")).toList());
    }

    @Test
    void completedIsFinalAndReadOnly() {
        String tag = unique("t");
        String p = "svc" + tag;
        String prod = "production-" + tag;
        String id = releaseWith(unique("r"), p, "1.0.0");
        deploy(p, "1.0.0", prod, "success"); // draft → in_progress → completed automatically
        assertEquals("completed", status(id));
        int entries = history(id).size();
        patchStatus(id, "completed", 200);
        patchStatus(id, "cancelled", 409);
        patchStatus(id, "in_progress", 409);
        admin().body(map("extra_metadata", map("x", 1))).patch("/releases/" + id).then().statusCode(409)
                .body("detail", containsString("completed"));
        assertEquals(entries, history(id).size());
    }

    @Test
    void inProgressMayBeCancelledAndDraftMayBeCancelled() {
        String a = createRelease(unique("r"));
        patchStatus(a, "cancelled", 200);
        String b = createRelease(unique("r"));
        patchStatus(b, "in_progress", 200);
        patchStatus(b, "cancelled", 200);
        assertEquals(List.of("created", "status_changed", "status_changed"),
                history(b).stream().map(e -> e.get("action")).toList());
    }

    @Test
    void manualCompletionSucceedsWhenEveryVersionIsInSomeProductionEnvironment() {
        String tag = unique("t");
        String a = "a" + tag;
        String b = "b" + tag;
        // versions reach production before they join the release: no event can move it afterwards
        version(a, "1.0.0");
        version(b, "2.0.0");
        deploy(a, "1.0.0", "prod-eu-" + tag, "success");
        deploy(b, "2.0.0", "prod-us-" + tag, "success");
        deploy(b, "2.0.0", "prod-eu-" + tag, "failed");
        String id = createRelease(unique("r"));
        Fixtures.addVersion(id, a, "1.0.0");
        Fixtures.addVersion(id, b, "2.0.0");
        patchStatus(id, "in_progress", 200);
        admin().body(map("status", "completed")).patch("/releases/" + id).then().statusCode(200)
                .body("status", equalTo("completed"));
        assertEquals(List.of("created", "version_added", "version_added", "status_changed", "status_changed"),
                history(id).stream().map(e -> e.get("action")).toList());
    }
}
