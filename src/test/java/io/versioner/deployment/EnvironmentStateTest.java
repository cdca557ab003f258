package io.versioner.deployment;

import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The current version of a product in an environment is that of its newest completed deployment. */
@QuarkusTest
class EnvironmentStateTest {

    static String current(String product, String env) {
        Response r = admin().get("/environment-state?product=" + product + "&environment=" + env);
        r.then().statusCode(200);
        Map<String, Map<String, Object>> cells = r.jsonPath().getMap("rows[0].cells");
        return cells == null || cells.get(env) == null ? null : (String) cells.get(env).get("version");
    }

    static void send(String product, String version, String env, String status, String invokeId) {
        admin().body(DeploymentEventTest.eventWithInvoke(product, version, env, status, invokeId))
                .post("/deployment-events/").then().statusCode(200);
    }

    @Test
    void theNewestCompletedDeploymentIsCurrentAndAFailedRerunFallsBack() {
        String product = unique("cur");
        String env = unique("prod");
        send(product, "0.9", env, "started", "old-run");
        send(product, "1.0", env, "success", "r1");
        assertEquals("1.0", current(product, env));
        send(product, "2.0", env, "success", "r2");
        assertEquals("2.0", current(product, env));
        // a deployment created before 2.0's finishes late: 2.0 stays current (newest by creation)
        send(product, "0.9", env, "success", "old-run");
        assertEquals("2.0", current(product, env));
        // 2.0's run turns out failed: the previous completed deployment is current again
        send(product, "2.0", env, "failed", "r2");
        assertEquals("1.0", current(product, env));
        admin().get("/versions?product=" + product).then().statusCode(200);
        String v1 = admin().get("/versions?product=" + product).jsonPath()
                .getString("items.find { it.version == '1.0' }.id");
        admin().get("/versions/" + v1).then().body("deployed_in.environment_name", contains(env));
    }

    @Test
    void nothingCompletedMeansNoCellAndNoRow() {
        String product = unique("none");
        String env = unique("qa");
        send(product, "1.0", env, "failed", "x");
        send(product, "1.1", env, "started", "y");
        admin().get("/environment-state?product=" + product).then().body("rows", hasSize(0));
        send(product, "1.1", env, "success", "y");
        assertEquals("1.1", current(product, env));
        send(product, "1.1", env, "aborted", "y");
        admin().get("/environment-state?product=" + product).then().body("rows", hasSize(0));
    }
}
