package io.versioner.release;

import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static io.versioner.release.Fixtures.createRelease;
import static io.versioner.release.Fixtures.history;
import static io.versioner.release.Fixtures.map;
import static io.versioner.release.Fixtures.version;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReleaseVersionsTest {

    @Test
    void addByIdAnswers201WithLocationAndRecordsIt() {
        String product = unique("user-service");
        String versionId = version(product, "1.2.3");
        String id = createRelease(unique("r"));
        Response r = admin().body(map("version_id", versionId)).post("/releases/" + id + "/versions");
        r.then().statusCode(201)
                .header("Location", endsWith("/releases/" + id + "/versions/" + versionId))
                .body("version_id", equalTo(versionId))
                .body("product_name", equalTo(product))
                .body("version", equalTo("1.2.3"))
                .body("added_at", endsWith("Z"));
        admin().get(r.header("Location")).then().statusCode(200).body("version_id", equalTo(versionId));
        admin().get("/releases/" + id).then().body("versions.version_id", contains(versionId))
                .body("versions[0].product_name", equalTo(product));
        Map<String, Object> last = history(id).get(1);
        assertEquals("version_added", last.get("action"));
        assertEquals(Map.of("version_id", versionId, "product_name", product, "version", "1.2.3"), last.get("details"));
    }

    @Test
    void addByProductNameAndVersionTrimmed() {
        String product = unique("auth-service");
        String versionId = version(product, "2.1.0");
        String id = createRelease(unique("r"));
        admin().body(map("product_name", " " + product + " ", "version", "2.1.0 ")).post("/releases/" + id + "/versions")
                .then().statusCode(201).body("version_id", equalTo(versionId));
    }

    @Test
    void oneVersionPerProduct() {
        String product = unique("api-gateway");
        version(product, "3.0.1");
        version(product, "3.0.2");
        String id = createRelease(unique("r"));
        Fixtures.addVersion(id, product, "3.0.1");
        admin().body(map("product_name", product, "version", "3.0.2")).post("/releases/" + id + "/versions").then()
                .statusCode(409).body("detail", allOf(containsString(product), containsString("3.0.1")));
        admin().get("/releases/" + id + "/versions").then().body("items.version", contains("3.0.1"));
        assertEquals(2, history(id).size(), "the refusal leaves no entry");
    }

    @Test
    void addingTheVersionAlreadyHeldChangesNothing() {
        String product = unique("svc");
        String versionId = version(product, "1.0.0");
        String id = createRelease(unique("r"));
        Fixtures.addVersion(id, product, "1.0.0");
        admin().body(map("version_id", versionId)).post("/releases/" + id + "/versions").then().statusCode(200)
                .body("version_id", equalTo(versionId));
        assertEquals(2, history(id).size());
    }

    @Test
    void theSameVersionMayBeInManyReleases() {
        String product = unique("svc");
        String versionId = version(product, "1.0.0");
        String a = createRelease(unique("a"));
        String b = createRelease(unique("b"));
        admin().body(map("version_id", versionId)).post("/releases/" + a + "/versions").then().statusCode(201);
        admin().body(map("version_id", versionId)).post("/releases/" + b + "/versions").then().statusCode(201);
    }

    @Test
    void unknownVersionIs404AndAMissingNameIs422() {
        String id = createRelease(unique("r"));
        String product = unique("svc");
        version(product, "1.0.0");
        admin().body(map("version_id", UUID.randomUUID())).post("/releases/" + id + "/versions").then().statusCode(404);
        admin().body(map("product_name", product, "version", "9.9.9")).post("/releases/" + id + "/versions").then()
                .statusCode(404).body("detail", containsString("9.9.9"));
        admin().body(map("product_name", unique("nope"), "version", "1.0.0")).post("/releases/" + id + "/versions").then()
                .statusCode(404);
        admin().body(map()).post("/releases/" + id + "/versions").then().statusCode(422)
                .body("detail[0].loc", contains("body", "version_id"));
        admin().body(map("product_name", product)).post("/releases/" + id + "/versions").then().statusCode(422)
                .body("detail[0].loc", contains("body", "version"));
        admin().body(map("version_id", "not-a-uuid")).post("/releases/" + id + "/versions").then().statusCode(422);
        admin().body(map("version_id", UUID.randomUUID())).post("/releases/" + UUID.randomUUID() + "/versions").then()
                .statusCode(404);
        assertEquals(1, history(id).size());
    }

    @Test
    void removeAnswers204AndRecordsIt() {
        String product = unique("svc");
        String versionId = version(product, "1.0.0");
        String id = createRelease(unique("r"));
        Fixtures.addVersion(id, product, "1.0.0");
        admin().delete("/releases/" + id + "/versions/" + versionId).then().statusCode(204);
        admin().delete("/releases/" + id + "/versions/" + versionId).then().statusCode(404);
        admin().get("/releases/" + id + "/versions").then().body("items", empty());
        Map<String, Object> last = history(id).get(2);
        assertEquals("version_removed", last.get("action"));
        assertEquals(Map.of("version_id", versionId, "product_name", product, "version", "1.0.0"), last.get("details"));
        // once removed, another version of the product may come in
        version(product, "1.0.1");
        Fixtures.addVersion(id, product, "1.0.1");
    }

    @Test
    void versionsAreListedByProductNameAndPaged() {
        String tag = unique("t");
        String id = createRelease(unique("r"));
        for (String p : List.of("web-frontend", "analytics-service", "mobile-app")) {
            version(p + tag, "1.0.0");
            Fixtures.addVersion(id, p + tag, "1.0.0");
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            var req = admin().queryParam("limit", 2);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response page = req.get("/releases/" + id + "/versions");
            page.then().statusCode(200);
            names.addAll(page.path("items.product_name"));
            cursor = page.path("next_cursor");
        } while (cursor != null);
        assertEquals(List.of("analytics-service" + tag, "mobile-app" + tag, "web-frontend" + tag), names);
        admin().get("/releases/" + id).then().body("versions.product_name", equalTo(names));
    }

    @Test
    void addingOrRemovingVersionsMovesNoStatus() {
        String product = unique("svc");
        String env = "prod-" + unique("x");
        String versionId = version(product, "1.0.0");
        Fixtures.deploy(product, "1.0.0", env, "success");
        String id = admin().body(map("name", unique("r"), "status", "in_progress")).post("/releases").then()
                .statusCode(201).extract().path("id");
        Fixtures.addVersion(id, product, "1.0.0");
        assertEquals("in_progress", Fixtures.status(id), "complete in production, but adding moves nothing");
        admin().delete("/releases/" + id + "/versions/" + versionId).then().statusCode(204);
        assertEquals("in_progress", Fixtures.status(id));
    }
}
