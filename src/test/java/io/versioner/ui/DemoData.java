package io.versioner.ui;

import static io.versioner.Api.admin;

/** A small, realistic estate for screenshots: six services, four environments, some drift, one failure. */
final class DemoData {
    record Made(String productId, String releaseId) {
    }

    private DemoData() {
    }

    static Made make() {
        String[] envs = { "dev", "test", "staging", "production" };
        // older history first, so that the rows below are what runs now
        for (String v : new String[] { "1.2.0", "1.2.1", "1.2.2" }) {
            build("user-service", v);
            for (String env : envs) {
                Seed.deploy("user-service", v, env, "success");
            }
        }
        String[][] current = {
            // product, dev, test, staging, production
            { "api-gateway", "3.0.2", "3.0.2", "3.0.1", "3.0.1" },
            { "auth-service", "2.1.0", "2.1.0", "2.1.0", "2.1.0" },
            { "notification-service", "2.1.0", "2.1.0", "2.1.0", "2.1.0" },
            { "payment-api", "4.5.7", "4.5.6", "4.5.6", "4.5.5" },
            { "user-service", "1.2.4", "1.2.4", "1.2.3", "1.2.3" },
            { "web-frontend", "4.5.0", "4.5.0", "4.4.2", "4.4.2" },
        };
        for (String[] row : current) {
            for (int e = envs.length - 1; e >= 0; e--) {
                build(row[0], row[e + 1]);
                Seed.deploy(row[0], row[e + 1], envs[e], "success");
            }
        }
        Seed.deploy("user-service", "1.2.4", "staging", "failed");
        Seed.deploy("user-service", "1.2.4", "staging", "started");
        Seed.deploy("payment-api", "4.5.7", "test", "failed");

        String patch = ReleasePagesTest.release("Security Patch 2024.10.1", "auth-service:2.1.0", "notification-service:2.1.0");
        status(patch, "in_progress");
        status(patch, "completed");
        ReleasePagesTest.release("Q4 Sprint 3", "web-frontend:4.5.0");
        String platform = ReleasePagesTest.release("User Platform v2.0", "user-service:1.2.4", "auth-service:2.1.0",
                "api-gateway:3.0.2", "payment-api:4.5.7");
        status(platform, "in_progress");
        return new Made(Seed.productId("user-service"), platform);
    }

    private static void status(String releaseId, String status) {
        admin().body("{\"status\":\"" + status + "\"}").patch("/releases/" + releaseId).then().statusCode(200);
    }

    private static void build(String product, String version) {
        String sha = Integer.toHexString((product + version).hashCode()) + "c0ffee";
        admin().body("{\"product_name\":\"" + product + "\",\"version\":\"" + version + "\",\"status\":\"success\","
                + "\"scm_sha\":\"" + sha + "\",\"scm_branch\":\"refs/tags/v" + version + "\"}")
                .post("/build-events/").then().statusCode(200);
    }
}
