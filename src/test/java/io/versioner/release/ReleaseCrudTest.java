package io.versioner.release;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.admin;
import static io.versioner.Api.as;
import static io.versioner.Api.keyWithRole;
import static io.versioner.Api.unique;
import static io.versioner.release.Fixtures.createRelease;
import static io.versioner.release.Fixtures.history;
import static io.versioner.release.Fixtures.map;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReleaseCrudTest {

    @Test
    void createAnswers201WithLocationDefaultsAndACreatedEntry() {
        String name = unique("User Platform v2.0");
        Response r = admin().body(map("name", "  " + name + " ", "description", "Q4", "extra_metadata",
                map("jira_epic", "PROJ-123", "stakeholders", List.of("qa")), "unknown_field", 1)).post("/releases");
        r.then().statusCode(201)
                .header("Location", endsWith("/releases/" + r.path("id")))
                .body("name", equalTo(name))
                .body("description", equalTo("Q4"))
                .body("status", equalTo("draft"))
                .body("extra_metadata.jira_epic", equalTo("PROJ-123"))
                .body("versions", empty())
                .body("created_at", endsWith("Z"))
                .body("updated_at", endsWith("Z"));
        String id = r.path("id");
        admin().get("/releases/" + id).then().statusCode(200).body("name", equalTo(name))
                .body("extra_metadata.stakeholders", contains("qa"));
        List<Map<String, Object>> h = history(id);
        assertEquals(1, h.size());
        assertEquals("created", h.get(0).get("action"));
        assertEquals(Map.of("name", name, "status", "draft"), h.get(0).get("details"));
    }

    @Test
    void historyActorIsTheKeyName() {
        String keyName = unique("release-manager");
        String key = admin().body(map("name", keyName, "role", "editor")).post("/api-keys").then().statusCode(201)
                .extract().path("key");
        String id = as(key).body(map("name", unique("r"))).post("/releases").then().statusCode(201).extract().path("id");
        as(key).body(map("description", "x")).patch("/releases/" + id).then().statusCode(200);
        assertEquals(List.of(keyName, keyName), history(id).stream().map(e -> e.get("actor")).toList());
    }

    @Test
    void createMayStartInProgressButNotFinal() {
        admin().body(map("name", unique("r"), "status", "in_progress")).post("/releases").then().statusCode(201)
                .body("status", equalTo("in_progress"));
        for (String s : List.of("completed", "cancelled")) {
            admin().body(map("name", unique("r"), "status", s)).post("/releases").then().statusCode(422)
                    .body("detail[0].loc", contains("body", "status"));
        }
        admin().body(map("name", unique("r"), "status", "shipped")).post("/releases").then().statusCode(422)
                .body("detail[0].loc", contains("body", "status"));
    }

    @Test
    void nameIsRequiredAndAtMost200Characters() {
        admin().body(map("description", "no name")).post("/releases").then().statusCode(422)
                .body("detail[0].loc", contains("body", "name")).body("detail[0].type", equalTo("missing"));
        admin().body(map("name", "   ")).post("/releases").then().statusCode(422)
                .body("detail[0].loc", contains("body", "name"));
        admin().body(map("name", "x".repeat(201))).post("/releases").then().statusCode(422)
                .body("detail[0].loc", contains("body", "name"));
        admin().body(map("name", "x".repeat(200))).post("/releases").then().statusCode(201);
        admin().body("[]").post("/releases").then().statusCode(422);
        admin().body("{").post("/releases").then().statusCode(400).body("detail", notNullValue());
        admin().body(map("name", 5, "extra_metadata", "nope")).post("/releases").then().statusCode(422);
    }

    @Test
    void unknownReleaseIs404Everywhere() {
        String id = UUID.randomUUID().toString();
        admin().get("/releases/" + id).then().statusCode(404).body("detail", containsString(id));
        admin().body(map("name", "x")).patch("/releases/" + id).then().statusCode(404);
        admin().get("/releases/" + id + "/versions").then().statusCode(404);
        admin().get("/releases/" + id + "/deployments").then().statusCode(404);
        admin().get("/releases/" + id + "/history").then().statusCode(404);
        admin().delete("/releases/" + id + "/versions/" + UUID.randomUUID()).then().statusCode(404);
        admin().get("/releases/not-a-uuid").then().statusCode(404);
    }

    @Test
    void listIsNewestFirstFilteredByStatusAndNamePagedByCursor() {
        String tag = unique("Sprint").toLowerCase();
        String a = createRelease(tag + " alpha");
        String b = admin().body(map("name", tag.toUpperCase() + " beta", "status", "in_progress")).post("/releases")
                .then().statusCode(201).extract().path("id");
        String c = createRelease(tag + " gamma");
        admin().body(map("status", "cancelled")).patch("/releases/" + c).then().statusCode(200);

        assertEquals(List.of(c, b, a), admin().queryParam("q", tag).get("/releases").path("items.id"));
        assertEquals(List.of(b), admin().queryParam("q", tag).queryParam("status", "in_progress").get("/releases")
                .path("items.id"));
        assertEquals(List.of(c, a), admin().queryParam("q", tag).queryParam("status", "draft", "cancelled")
                .get("/releases").path("items.id"));
        assertEquals(List.of(b), admin().queryParam("q", " " + tag.toUpperCase() + " BE").get("/releases").path("items.id"));

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var req = admin().queryParam("q", tag).queryParam("limit", 1);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response page = req.get("/releases");
            page.then().statusCode(200).body("items", hasSize(1)).body("items[0]", not(hasKey("versions")));
            paged.add(page.path("items[0].id"));
            cursor = page.path("next_cursor");
        } while (cursor != null);
        assertEquals(List.of(c, b, a), paged);

        admin().queryParam("status", "shipped").get("/releases").then().statusCode(422)
                .body("detail[0].loc", contains("query", "status"));
        admin().queryParam("limit", 0).get("/releases").then().statusCode(422);
        admin().queryParam("limit", 501).get("/releases").then().statusCode(422);
        admin().queryParam("cursor", "garbage!").get("/releases").then().statusCode(422);
    }

    @Test
    void patchChangesFieldsAndRecordsFromAndTo() {
        String name = unique("r");
        String id = admin().body(map("name", name, "description", "old", "extra_metadata", map("a", 1))).post("/releases")
                .then().statusCode(201).extract().path("id");
        String before = admin().get("/releases/" + id).path("updated_at");
        admin().body(map("name", name + " renamed", "description", null)).patch("/releases/" + id).then().statusCode(200)
                .body("name", equalTo(name + " renamed"))
                .body("description", nullValue())
                .body("extra_metadata.a", equalTo(1))
                .body("updated_at", not(equalTo(before)));
        admin().body(map("extra_metadata", null)).patch("/releases/" + id).then().statusCode(200)
                .body("extra_metadata", anEmptyMap());
        List<Map<String, Object>> h = history(id);
        assertEquals(List.of("created", "updated", "updated"), h.stream().map(e -> e.get("action")).toList());
        Map<String, Object> changed = details(h.get(1));
        assertEquals(Map.of("from", name, "to", name + " renamed"), changed.get("name"));
        Map<String, Object> d = details(changed.get("description"));
        assertEquals("old", d.get("from"));
        assertTrue(d.containsKey("to"));
        assertNull(d.get("to"));
        assertEquals(2, changed.size(), "only changed fields");
        assertEquals(Map.of("from", Map.of("a", 1), "to", Map.of()), details(h.get(2)).get("extra_metadata"));
    }

    @Test
    void patchThatChangesNothingIsANoOpWithoutHistory() {
        String name = unique("r");
        String id = admin().body(map("name", name, "description", "d")).post("/releases").then().statusCode(201)
                .extract().path("id");
        String updatedAt = admin().get("/releases/" + id).path("updated_at");
        admin().body(map()).patch("/releases/" + id).then().statusCode(200).body("name", equalTo(name));
        admin().body(map("name", name, "description", "d", "status", "draft")).patch("/releases/" + id).then()
                .statusCode(200).body("updated_at", equalTo(updatedAt));
        assertEquals(1, history(id).size());
    }

    @Test
    void patchRefusesNullOrInvalidNameAndStatusWithoutChanging() {
        String name = unique("r");
        String id = createRelease(name);
        admin().body(map("name", null)).patch("/releases/" + id).then().statusCode(422)
                .body("detail[0].loc", contains("body", "name"));
        admin().body(map("name", " ")).patch("/releases/" + id).then().statusCode(422);
        admin().body(map("name", "y".repeat(201))).patch("/releases/" + id).then().statusCode(422);
        admin().body(map("status", null)).patch("/releases/" + id).then().statusCode(422)
                .body("detail[0].loc", contains("body", "status"));
        admin().body(map("status", "shipped", "name", "other")).patch("/releases/" + id).then().statusCode(422)
                .body("detail[0].loc", contains("body", "status"));
        admin().get("/releases/" + id).then().body("name", equalTo(name));
        assertEquals(1, history(id).size());
    }

    @Test
    void patchOfFieldsAndStatusWritesOneUpdatedAndOneStatusChanged() {
        String id = createRelease(unique("r"));
        admin().body(map("name", unique("renamed"), "status", "in_progress")).patch("/releases/" + id).then()
                .statusCode(200).body("status", equalTo("in_progress"));
        List<Map<String, Object>> h = history(id);
        assertEquals(List.of("created", "updated", "status_changed"), h.stream().map(e -> e.get("action")).toList());
        assertEquals(Map.of("from", "draft", "to", "in_progress"), h.get(2).get("details"));
        assertTrue(details(h.get(1)).containsKey("name"));
        assertTrue(!details(h.get(1)).containsKey("status"), "status is recorded by status_changed only");
    }

    @Test
    void historyIsPagedOldestFirst() {
        String id = createRelease(unique("r"));
        for (int i = 0; i < 4; i++) {
            admin().body(map("description", "d" + i)).patch("/releases/" + id).then().statusCode(200);
        }
        List<Object> seen = new ArrayList<>();
        String cursor = null;
        do {
            var req = admin().queryParam("limit", 2);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response page = req.get("/releases/" + id + "/history");
            page.then().statusCode(200).body("items.size()", lessThanOrEqualTo(2));
            List<Map<String, Object>> items = page.path("items");
            items.forEach(e -> seen.add(e.get("action") + ":" + details(e).getOrDefault("description", "")));
            cursor = page.path("next_cursor");
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertTrue(seen.get(0).toString().startsWith("created"));
        assertTrue(seen.get(4).toString().contains("to=d3"));
        admin().queryParam("cursor", "x").get("/releases/" + id + "/history").then().statusCode(422);
    }

    @Test
    void everyCollectionPathAnswersWithAndWithoutTrailingSlash() {
        String product = unique("svc");
        Fixtures.version(product, "1.0.0");
        for (String slash : List.of("", "/")) {
            String id = admin().body(map("name", unique("r"))).post("/releases" + slash).then().statusCode(201)
                    .extract().path("id");
            admin().get("/releases" + slash).then().statusCode(200).body("items", notNullValue());
            admin().body(map("product_name", product, "version", "1.0.0")).post("/releases/" + id + "/versions" + slash)
                    .then().statusCode(201);
            admin().get("/releases/" + id + "/versions" + slash).then().statusCode(200).body("items", hasSize(1));
            admin().get("/releases/" + id + "/deployments" + slash).then().statusCode(200).body("rows", hasSize(1));
            admin().get("/releases/" + id + "/history" + slash).then().statusCode(200).body("items", hasSize(2));
        }
        admin().put("/releases").then().statusCode(405).body("detail", notNullValue());
        admin().delete("/releases/").then().statusCode(405);
    }

    @Test
    void rolesAreEnforced() {
        String id = createRelease(unique("r"));
        String viewer = keyWithRole("viewer");
        String ingest = keyWithRole("ingest");
        String editor = keyWithRole("editor");
        given().get("/releases").then().statusCode(401);
        as(ingest).get("/releases/" + id).then().statusCode(403);
        as(viewer).get("/releases/" + id).then().statusCode(200);
        as(viewer).get("/releases/" + id + "/deployments").then().statusCode(200);
        as(viewer).get("/releases/" + id + "/history").then().statusCode(200);
        as(viewer).body(map("name", "x")).post("/releases").then().statusCode(403);
        as(viewer).body(map("name", "x")).patch("/releases/" + id).then().statusCode(403);
        as(viewer).body(map("version_id", UUID.randomUUID())).post("/releases/" + id + "/versions").then().statusCode(403);
        as(viewer).delete("/releases/" + id + "/versions/" + UUID.randomUUID()).then().statusCode(403);
        as(editor).body(map("name", "x")).patch("/releases/" + id).then().statusCode(200);
    }

    @Test
    void openApiNamesEverySchemaAndOperation() {
        Response doc = given().accept("application/json").get("/q/openapi?format=json");
        doc.then().statusCode(200);
        Map<String, Object> schemas = doc.path("components.schemas");
        for (String s : List.of("Release", "ReleaseSummary", "ReleaseCreate", "ReleaseUpdate", "ReleaseVersion",
                "ReleaseVersionAdd", "ReleaseProgress", "ReleaseMatrix", "MatrixRow", "MatrixCell", "ReleaseHistoryEntry",
                "ReleaseStatus", "CellState", "ReleaseHistoryAction")) {
            assertTrue(schemas.containsKey(s), "schema " + s);
        }
        assertEquals(List.of("draft", "in_progress", "completed", "cancelled"), doc.path("components.schemas.ReleaseStatus.enum"));
        assertEquals(List.of("success", "failed", "in_progress", "not_deployed"), doc.path("components.schemas.CellState.enum"));
        Map<String, Map<String, Object>> paths = doc.path("paths");
        List<String> ids = new ArrayList<>();
        paths.forEach((path, ops) -> {
            if (path.startsWith("/releases")) {
                ops.forEach((method, op) -> {
                    if (op instanceof Map<?, ?> m && m.containsKey("responses")) {
                        assertTrue(m.get("operationId") != null, method + " " + path + " has an operationId");
                        ids.add((String) m.get("operationId"));
                    }
                });
            }
        });
        assertTrue(ids.containsAll(List.of("createRelease", "listReleases", "getRelease", "updateRelease",
                "addReleaseVersion", "listReleaseVersions", "removeReleaseVersion", "getReleaseMatrix",
                "listReleaseHistory")), ids.toString());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> details(Object entry) {
        Map<String, Object> m = (Map<String, Object>) entry;
        return m.containsKey("details") ? (Map<String, Object>) m.get("details") : m;
    }
}
