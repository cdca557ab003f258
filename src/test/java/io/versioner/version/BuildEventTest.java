package io.versioner.version;

import static io.versioner.Api.admin;
import static io.versioner.Api.as;
import static io.versioner.Api.keyWithRole;
import static io.versioner.Api.unique;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BuildEventTest {

    static String build(String product, String version, String status, String invokeId) {
        return "{\"product_name\":\"" + product + "\",\"version\":\"" + version + "\",\"status\":\"" + status + "\""
                + (invokeId == null ? "" : ",\"invoke_id\":\"" + invokeId + "\"")
                + ",\"scm_sha\":\"sha-" + version + "\",\"started_at\":\"2025-11-06T15:30:00Z\",\"source_system\":\"github\","
                + "\"scm_branch\":\"refs/tags/v" + version + "\",\"extra_metadata\":{}}";
    }

    @Test
    void buildEventsCreateProductAndVersionAndAnswerWhatClientsRead() {
        String product = unique("lib");
        Response r = as(keyWithRole("ingest")).body(build(product, "1.4.2", "building", "run-1")).post("/build-events/");
        r.then().statusCode(200)
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body("product_id", notNullValue()).body("version_id", notNullValue())
                .body("product_name", equalTo(product)).body("version", equalTo("1.4.2"))
                .body("status", equalTo("started"))
                .body("started_at", equalTo("2025-11-06T15:30:00Z"));
        admin().body(build(product, "1.4.2", "Built", "run-1")).post("/build-events").then().statusCode(200)
                .body("id", equalTo(r.path("id"))).body("status", equalTo("completed"));
        admin().get("/versions/" + r.path("version_id")).then().statusCode(200)
                .body("scm_sha", equalTo("sha-1.4.2")).body("scm_branch", equalTo("refs/tags/v1.4.2"))
                .body("builds", hasSize(1)).body("builds[0].status", equalTo("completed"));
    }

    @Test
    void versionEventsIsAnAliasAndReplaysChangeNothing() {
        String product = unique("lib");
        Response a = admin().body(build(product, "2.0", "success", "r-7")).post("/version-events/");
        Response b = admin().body(build(product, "2.0", "success", "r-7")).post("/version-events");
        a.then().statusCode(200);
        assertEquals(a.path("id").toString(), b.path("id").toString());
        assertEquals(a.path("event_id").toString(), b.path("event_id").toString());
        String rerun = admin().body(build(product, "2.0", "started", "r-8")).post("/build-events/").path("id");
        assertNotEquals(a.path("id").toString(), rerun);
        admin().get("/versions/" + a.path("version_id")).then().body("builds", hasSize(2));
    }

    @Test
    void aBuildWithADifferentShaIsRefused() {
        String product = unique("lib");
        admin().body(build(product, "3.0", "success", null)).post("/build-events/").then().statusCode(200);
        admin().body("{\"product_name\":\"" + product + "\",\"version\":\"3.0\",\"status\":\"success\",\"scm_sha\":\"other\"}")
                .post("/build-events/").then().statusCode(409).body("detail", containsString("different scm_sha"));
    }

    @Test
    void buildStatusWordsIncludeBuildingAndBuilt() {
        admin().body(build(unique("lib"), "1", "nope", null)).post("/build-events/").then().statusCode(422)
                .body("detail[0].msg", containsString("building"));
    }
}
