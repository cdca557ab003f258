package io.versioner.release;

import static io.versioner.Api.admin;
import static io.versioner.release.Fixtures.deploy;
import static io.versioner.release.Fixtures.historyLines;
import static io.versioner.release.Fixtures.lines;
import static io.versioner.release.Fixtures.map;
import static io.versioner.release.Fixtures.matrix;
import static io.versioner.release.Fixtures.status;
import static io.versioner.release.Fixtures.table;
import static io.versioner.release.Fixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The product page's releases, end to end: plan the release, then only deployment events, as CI tools send them,
 * until the release completes by itself. Tables list rows by product name (the matrix order); ✅ success,
 * ❌ not deployed, 🔴 failed, 🟡 in progress, as on the page.
 */
@QuarkusTest
class ReleaseSeedScenariosTest {
    private final String t = "-" + UUID.randomUUID().toString().substring(0, 8);

    private String release(String name, String status, String... productVersion) {
        String id = admin().body(map("name", name + t, "status", status)).post("/releases").then().statusCode(201)
                .extract().path("id");
        for (int i = 0; i < productVersion.length; i += 2) {
            version(productVersion[i] + t, productVersion[i + 1]);
            Fixtures.addVersion(id, productVersion[i] + t, productVersion[i + 1]);
        }
        return id;
    }

    private void event(String product, String version, String environment, String status) {
        deploy(product + t, version, environment + t, status);
    }

    /** The environments, as an operator registers them before the first deployment (their types are guessed). */
    private List<String> envs(String... names) {
        List<String> full = java.util.Arrays.stream(names).map(n -> n + t).toList();
        full.forEach(n -> admin().body(map("name", n)).post("/environments").then().statusCode(201));
        return full;
    }

    private static List<String> systemLines(String id) {
        return historyLines(id).stream().filter(l -> l.startsWith("system ")).toList();
    }

    @Test
    void deploymentProgressTrackingTableOfTheProductPage() {
        String id = release("Release 2024.10.1", "draft",
                "user-service", "1.2.3", "payment-api", "4.5.6", "notification-service", "2.1.0");
        List<String> columns = envs("dev", "test", "staging", "production");
        for (String env : List.of("dev", "test", "staging", "production")) {
            event("notification-service", "2.1.0", env, "success");
        }
        for (String env : List.of("dev", "test", "staging")) {
            event("user-service", "1.2.3", env, "success");
        }
        event("payment-api", "4.5.6", "dev", "success");
        event("payment-api", "4.5.6", "test", "success");
        assertEquals(lines(
                "notification-service 2.1.0 ✅ ✅ ✅ ✅",
                "payment-api 4.5.6 ✅ ✅ ❌ ❌",
                "user-service 1.2.3 ✅ ✅ ✅ ❌"), table(id, columns, t));
        assertEquals("in_progress", status(id));
        admin().get("/releases/" + id).then().statusCode(200);
        assertEquals(List.of(3, 3, 2, 1), admin().get("/releases/" + id).jsonPath()
                .getList("progress.findAll { it.environment.endsWith('" + t + "') }.deployed"));

        event("payment-api", "4.5.6", "staging", "success");
        event("payment-api", "4.5.6", "production", "success");
        assertEquals("in_progress", status(id));
        event("user-service", "1.2.3", "production", "success");
        assertEquals("completed", status(id));
        assertTrue(matrix(id, columns).getBoolean("complete_in_production"));
        assertEquals(List.of("system status_changed draft->in_progress", "system status_changed in_progress->completed"),
                systemLines(id));
    }

    @Test
    void userPlatformV2MultiServiceRelease() {
        String id = release("User Platform v2.0", "draft",
                "user-service", "1.2.3", "auth-service", "2.1.0", "api-gateway", "3.0.1");
        List<String> columns = envs("dev", "test", "staging", "production");
        assertEquals(lines(
                "api-gateway 3.0.1 ❌ ❌ ❌ ❌",
                "auth-service 2.1.0 ❌ ❌ ❌ ❌",
                "user-service 1.2.3 ❌ ❌ ❌ ❌"), table(id, columns, t));

        event("user-service", "1.2.3", "dev", "success");
        assertEquals("in_progress", status(id), "the first deployment starts the release");
        event("auth-service", "2.1.0", "dev", "success");
        event("api-gateway", "3.0.1", "dev", "started");
        assertEquals(lines(
                "api-gateway 3.0.1 🟡 ❌ ❌ ❌",
                "auth-service 2.1.0 ✅ ❌ ❌ ❌",
                "user-service 1.2.3 ✅ ❌ ❌ ❌"), table(id, columns, t));

        event("api-gateway", "3.0.1", "dev", "success");
        event("user-service", "1.2.3", "test", "success");
        event("auth-service", "2.1.0", "test", "success");
        event("api-gateway", "3.0.1", "test", "success");
        event("user-service", "1.2.3", "staging", "failed");
        event("auth-service", "2.1.0", "staging", "queued");
        assertEquals(lines(
                "api-gateway 3.0.1 ✅ ✅ ❌ ❌",
                "auth-service 2.1.0 ✅ ✅ 🟡 ❌",
                "user-service 1.2.3 ✅ ✅ 🔴 ❌"), table(id, columns, t));

        event("user-service", "1.2.3", "staging", "success"); // the re-run
        event("auth-service", "2.1.0", "staging", "success");
        event("api-gateway", "3.0.1", "staging", "success");
        event("user-service", "1.2.3", "production", "success");
        event("auth-service", "2.1.0", "production", "success");
        event("api-gateway", "3.0.1", "production", "deploying");
        assertEquals(lines(
                "api-gateway 3.0.1 ✅ ✅ ✅ 🟡",
                "auth-service 2.1.0 ✅ ✅ ✅ ✅",
                "user-service 1.2.3 ✅ ✅ ✅ ✅"), table(id, columns, t));
        assertFalse(matrix(id, columns).getBoolean("complete_in_production"));
        assertEquals("in_progress", status(id));

        event("api-gateway", "3.0.1", "production", "success");
        assertEquals("completed", status(id), "all services reached production together");
        assertEquals(List.of("system status_changed draft->in_progress", "system status_changed in_progress->completed"),
                systemLines(id));
    }

    @Test
    void q4Sprint3MilestoneReleaseAcrossTwoProductionRegions() {
        String id = release("Q4 Sprint 3", "draft", "web-frontend", "4.5.0", "mobile-app", "2.3.0", "payment-api", "1.8.2",
                "notification-service", "3.1.1", "analytics-service", "2.0.0");
        List<String> columns = envs("dev", "qa", "staging", "prod-eu", "prod-us");
        for (String[] pv : List.of(new String[] { "web-frontend", "4.5.0" }, new String[] { "mobile-app", "2.3.0" },
                new String[] { "payment-api", "1.8.2" }, new String[] { "notification-service", "3.1.1" },
                new String[] { "analytics-service", "2.0.0" })) {
            event(pv[0], pv[1], "dev", "success");
            event(pv[0], pv[1], "qa", "success");
        }
        event("web-frontend", "4.5.0", "staging", "success");
        event("mobile-app", "2.3.0", "staging", "skipped");
        event("payment-api", "1.8.2", "staging", "success");
        event("payment-api", "1.8.2", "prod-eu", "success");
        event("payment-api", "1.8.2", "prod-eu", "error"); // a later run failed: no longer successful there
        event("notification-service", "3.1.1", "staging", "success");
        event("notification-service", "3.1.1", "prod-us", "success");
        event("analytics-service", "2.0.0", "staging", "pending");
        assertEquals(lines(
                "analytics-service 2.0.0 ✅ ✅ 🟡 ❌ ❌",
                "mobile-app 2.3.0 ✅ ✅ ❌ ❌ ❌",
                "notification-service 3.1.1 ✅ ✅ ✅ ❌ ✅",
                "payment-api 1.8.2 ✅ ✅ ✅ 🔴 ❌",
                "web-frontend 4.5.0 ✅ ✅ ✅ ❌ ❌"), table(id, columns, t));

        event("analytics-service", "2.0.0", "staging", "success");
        event("analytics-service", "2.0.0", "prod-eu", "success");
        event("mobile-app", "2.3.0", "staging", "success");
        event("mobile-app", "2.3.0", "prod-us", "success");
        event("web-frontend", "4.5.0", "prod-eu", "success");
        event("web-frontend", "4.5.0", "prod-us", "failed");
        assertEquals("in_progress", status(id), "payment-api's newest production run failed");
        event("payment-api", "1.8.2", "prod-us", "finished");
        assertEquals(lines(
                "analytics-service 2.0.0 ✅ ✅ ✅ ✅ ❌",
                "mobile-app 2.3.0 ✅ ✅ ✅ ❌ ✅",
                "notification-service 3.1.1 ✅ ✅ ✅ ❌ ✅",
                "payment-api 1.8.2 ✅ ✅ ✅ 🔴 ✅",
                "web-frontend 4.5.0 ✅ ✅ ✅ ✅ 🔴"), table(id, columns, t));
        assertEquals("completed", status(id), "each version is successful in at least one production environment");
        assertEquals(List.of("system status_changed draft->in_progress", "system status_changed in_progress->completed"),
                systemLines(id));
    }

    @Test
    void securityPatchHotfixGoesStraightToProduction() {
        // the versions the patch replaces already run in production
        List<String> columns = envs("staging", "production");
        version("user-service" + t, "1.2.3");
        event("user-service", "1.2.3", "production", "success");
        String id = release("Security Patch 2024.10.1", "in_progress",
                "user-service", "1.2.4", "payment-api", "4.5.7", "api-gateway", "3.0.2");
        admin().body(map("description", "auth vulnerability, encryption and rate limiting fixes",
                "extra_metadata", map("compliance", "SOC2"))).patch("/releases/" + id).then().statusCode(200);
        assertEquals(lines(
                "api-gateway 3.0.2 ❌ ❌",
                "payment-api 4.5.7 ❌ ❌",
                "user-service 1.2.4 ❌ ❌"), table(id, columns, t), "rows track versions, not products");

        event("user-service", "1.2.4", "production", "success");
        event("payment-api", "4.5.7", "staging", "success");
        event("payment-api", "4.5.7", "production", "failure");
        event("api-gateway", "3.0.2", "production", "in_progress");
        assertEquals(lines(
                "api-gateway 3.0.2 ❌ 🟡",
                "payment-api 4.5.7 ✅ 🔴",
                "user-service 1.2.4 ❌ ✅"), table(id, columns, t));
        admin().body(map("status", "completed")).patch("/releases/" + id).then().statusCode(409);

        event("payment-api", "4.5.7", "production", "success");
        event("api-gateway", "3.0.2", "production", "success");
        assertEquals("completed", status(id));
        List<String> all = historyLines(id);
        assertEquals(List.of("created", "version_added", "version_added", "version_added", "updated", "status_changed"),
                all.stream().map(l -> l.split(" ")[1]).toList(), "a full audit trail for compliance");
        assertEquals(List.of("system status_changed in_progress->completed"), systemLines(id));
    }
}
