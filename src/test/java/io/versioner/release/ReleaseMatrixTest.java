package io.versioner.release;

import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static io.versioner.release.Fixtures.deploy;
import static io.versioner.release.Fixtures.lines;
import static io.versioner.release.Fixtures.map;
import static io.versioner.release.Fixtures.matrix;
import static io.versioner.release.Fixtures.releaseWith;
import static io.versioner.release.Fixtures.table;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReleaseMatrixTest {

    @Test
    void cellsComeFromTheNewestDeployment() {
        String t = unique("t");
        String dev = "dev-" + t;
        String qa = "qa-" + t;
        String stg = "staging-" + t;
        String prod = "prod-" + t;
        List<String> envs = List.of(dev, qa, stg, prod);
        // created in reverse order: columns still come in environment order
        for (String e : List.of(prod, stg, qa, dev)) {
            admin().body(map("name", e)).post("/environments").then().statusCode(201);
        }
        String id = releaseWith(unique("r"), "a" + t, "1.0.0", "b" + t, "2.0.0", "c" + t, "3.0.0");
        deploy("a" + t, "1.0.0", dev, "success");
        deploy("a" + t, "1.0.0", qa, "failed");
        deploy("a" + t, "1.0.0", stg, "pending");
        deploy("b" + t, "2.0.0", dev, "deploying");
        deploy("b" + t, "2.0.0", qa, "skipped");
        deploy("b" + t, "2.0.0", stg, "failed");
        deploy("b" + t, "2.0.0", stg, "success"); // a re-run turns failed into completed
        deploy("c" + t, "3.0.0", dev, "success");
        deploy("c" + t, "3.0.0", dev, "started"); // a newer run is under way
        assertEquals(lines(
                "a 1.0.0 ✅ 🔴 🟡 ❌",
                "b 2.0.0 🟡 ❌ ✅ ❌",
                "c 3.0.0 🟡 ❌ ❌ ❌"), table(id, envs, t));

        JsonPath m = matrix(id, envs);
        assertEquals(id, m.getString("release_id"));
        assertEquals(List.of("dev", "test", "staging", "production"), m.getList("environments.type"));
        assertFalse(m.getBoolean("complete_in_production"));
        Map<String, Object> success = m.getMap("rows[0].cells['" + dev + "']");
        assertNotNull(success.get("deployment_id"));
        assertTrue(((String) success.get("deployed_at")).endsWith("Z"));
        Map<String, Object> failed = m.getMap("rows[0].cells['" + qa + "']");
        assertNotNull(failed.get("deployment_id"));
        assertNull(failed.get("deployed_at"));
        for (String e : List.of(qa, prod)) {
            Map<String, Object> none = m.getMap("rows[1].cells['" + e + "']");
            assertEquals("not_deployed", none.get("state"));
            assertTrue(none.containsKey("deployment_id") && none.get("deployment_id") == null, "aborted and none: null id");
            assertTrue(none.containsKey("deployed_at") && none.get("deployed_at") == null);
        }
        assertEquals(List.of("a" + t, "b" + t, "c" + t), m.getList("rows.product_name"));
        assertNotNull(m.getString("rows[0].product_id"));
        assertNotNull(m.getString("rows[0].version_id"));
    }

    @Test
    void environmentFilterIsRepeatableAndKeepsEnvironmentOrder() {
        String t = unique("t");
        String id = releaseWith(unique("r"), "a" + t, "1.0.0");
        deploy("a" + t, "1.0.0", "prod-" + t, "success");
        deploy("a" + t, "1.0.0", "dev-" + t, "success");
        deploy("a" + t, "1.0.0", "uat-" + t, "failed");
        JsonPath m = admin().queryParam("environment", "prod-" + t, "dev-" + t, "nowhere-" + t)
                .get("/releases/" + id + "/deployments").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("dev-" + t, "prod-" + t), m.getList("environments.name"));
        assertEquals(2, m.getMap("rows[0].cells").size());
        assertTrue(m.getBoolean("complete_in_production"));
        // the filter leaves production out: completeness still looks at production
        assertTrue(matrix(id, List.of("uat-" + t)).getBoolean("complete_in_production"));
        // without a filter every environment is a column
        JsonPath all = admin().get("/releases/" + id + "/deployments").then().extract().jsonPath();
        assertTrue(all.getList("environments.name").containsAll(List.of("dev-" + t, "uat-" + t, "prod-" + t)));
        assertEquals(all.getList("environments").size(), all.getMap("rows[0].cells").size());
    }

    @Test
    void completeInProductionNeedsVersionsAndEveryOneInAProductionEnvironment() {
        String t = unique("t");
        String empty = Fixtures.createRelease(unique("r"));
        assertFalse(matrix(empty, List.of()).getBoolean("complete_in_production"));
        admin().get("/releases/" + empty + "/deployments").then().body("rows", empty());

        String id = releaseWith(unique("r"), "a" + t, "1.0.0", "b" + t, "1.0.0");
        admin().body(map("status", "cancelled")).patch("/releases/" + id).then().statusCode(200); // no auto-progress
        deploy("a" + t, "1.0.0", "live-" + t, "success");
        assertFalse(matrix(id, List.of()).getBoolean("complete_in_production"));
        deploy("b" + t, "1.0.0", "prd-eu-" + t, "success");
        assertTrue(matrix(id, List.of()).getBoolean("complete_in_production"));
        deploy("b" + t, "1.0.0", "prd-eu-" + t, "aborted");
        assertFalse(matrix(id, List.of()).getBoolean("complete_in_production"), "newest deployment there is aborted");
    }

    @Test
    void releaseDetailShowsProgressPerEnvironment() {
        String t = unique("t");
        String dev = "dev-" + t;
        String prod = "prod-" + t;
        String id = releaseWith(unique("r"), "a" + t, "1.0.0", "b" + t, "1.0.0", "c" + t, "1.0.0");
        deploy("a" + t, "1.0.0", dev, "success");
        deploy("b" + t, "1.0.0", dev, "success");
        deploy("c" + t, "1.0.0", dev, "failed");
        deploy("a" + t, "1.0.0", prod, "started");
        JsonPath r = admin().get("/releases/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("environment", dev, "type", "dev", "deployed", 2, "total", 3),
                r.getMap("progress.find { it.environment == '" + dev + "' }"));
        assertEquals(Map.of("environment", prod, "type", "production", "deployed", 0, "total", 3),
                r.getMap("progress.find { it.environment == '" + prod + "' }"));
        List<String> envNames = admin().queryParam("limit", 500).get("/environments").path("items.name");
        assertEquals(envNames, r.getList("progress.environment"), "one entry per environment, in environment order");
        assertEquals(3, r.getList("versions").size());
    }
}
