package io.versioner.deployment;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.admin;
import static io.versioner.Api.as;
import static io.versioner.Api.keyWithRole;
import static io.versioner.Api.unique;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeploymentEventTest {

    static String event(String product, String version, String env, String status) {
        return "{\"product_name\":\"" + product + "\",\"version\":\"" + version + "\",\"environment_name\":\"" + env
                + "\",\"status\":\"" + status + "\"}";
    }

    static String eventWithInvoke(String product, String version, String env, String status, String invokeId) {
        return "{\"product_name\":\"" + product + "\",\"version\":\"" + version + "\",\"environment_name\":\"" + env
                + "\",\"status\":\"" + status + "\",\"invoke_id\":\"" + invokeId + "\"}";
    }

    static Response post(String body) {
        return admin().body(body).post("/deployment-events/");
    }

    @Test
    void firstEventCreatesProductEnvironmentAndVersionAndAnswersWhatClientsRead() {
        String product = unique("svc");
        String env = unique("staging");
        String ingest = keyWithRole("ingest");
        Response r = as(ingest).body("{\"product_name\":\" " + product + " \",\"version\":\"1.2.3\",\"environment_name\":\""
                + env + "\",\"status\":\"SUCCESS\",\"deployed_by\":\"jane\",\"scm_sha\":\"abc\","
                + "\"extra_metadata\":{\"vi_gh_run_attempt\":\"1\"},\"some_unknown_field\":42}")
                .post("/deployment-events/");
        r.then().statusCode(200)
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body("event_id", matchesPattern("[0-9a-f-]{36}"))
                .body("product_id", matchesPattern("[0-9a-f-]{36}"))
                .body("version_id", matchesPattern("[0-9a-f-]{36}"))
                .body("environment_id", matchesPattern("[0-9a-f-]{36}"))
                .body("product_name", equalTo(product))
                .body("version", equalTo("1.2.3"))
                .body("environment_name", equalTo(env))
                .body("status", equalTo("completed"))
                .body("deployed_at", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"))
                .body("deployed_by", equalTo("jane"))
                .body("extra_metadata.vi_gh_run_attempt", equalTo("1"));
        admin().get("/products/" + r.path("product_id")).then().statusCode(200).body("name", equalTo(product));
        admin().get("/environments/" + r.path("environment_id")).then().statusCode(200).body("type", equalTo("staging"));
        admin().get("/versions/" + r.path("version_id")).then().statusCode(200).body("scm_sha", equalTo("abc"))
                .body("deployed_in.environment_name", contains(env));
    }

    @Test
    void pathWithAndWithoutTrailingSlashAnswerDirectly() {
        String product = unique("svc");
        post(event(product, "1", "dev", "started")).then().statusCode(200);
        given().redirects().follow(false).header("Authorization", "Bearer " + io.versioner.Api.ADMIN_KEY)
                .contentType("application/json").body(event(product, "1", "dev", "success"))
                .post("/deployment-events").then().statusCode(200);
        given().redirects().follow(false).header("Authorization", "Bearer " + io.versioner.Api.ADMIN_KEY)
                .get("/products/").then().statusCode(200);
        given().redirects().follow(false).header("Authorization", "Bearer " + io.versioner.Api.ADMIN_KEY)
                .get("/products").then().statusCode(200);
    }

    @Test
    void everyStatusWordMapsCaseInsensitively() {
        Map<String, String> words = Map.ofEntries(Map.entry("pending", "pending"), Map.entry("Queued", "pending"),
                Map.entry("SCHEDULED", "pending"), Map.entry("started", "started"), Map.entry("In_Progress", "started"),
                Map.entry("init", "started"), Map.entry("deploying", "started"), Map.entry("success", "completed"),
                Map.entry("completed", "completed"), Map.entry("complete", "completed"), Map.entry("Finished", "completed"),
                Map.entry("deployed", "completed"), Map.entry("failed", "failed"), Map.entry("fail", "failed"),
                Map.entry("FAILURE", "failed"), Map.entry("error", "failed"), Map.entry("aborted", "aborted"),
                Map.entry("abort", "aborted"), Map.entry("cancelled", "aborted"), Map.entry("canceled", "aborted"),
                Map.entry("cancel", "aborted"), Map.entry("skipped", "aborted"));
        String product = unique("words");
        words.forEach((word, canonical) -> post(event(product, word, "dev", word)).then().statusCode(200)
                .body("status", equalTo(canonical)));
    }

    @Test
    void unknownStatusIs422NamingAcceptedWords() {
        post(event(unique("svc"), "1", "dev", "exploded")).then().statusCode(422)
                .body("detail[0].loc", contains("body", "status"))
                .body("detail[0].msg", containsString("in_progress"));
    }

    @Test
    void oneDeploymentPerAttemptWithoutInvokeId() {
        String product = unique("svc");
        String env = unique("prod");
        String id = post(event(product, "1.0", env, "pending")).then().statusCode(200).body("status", equalTo("pending"))
                .body("deployed_at", nullValue()).extract().path("id");
        post(event(product, "1.0", env, "started")).then().body("id", equalTo(id)).body("status", equalTo("started"));
        post(event(product, "1.0", env, "completed")).then().body("id", equalTo(id)).body("status", equalTo("completed"))
                .body("deployed_at", notNullValue());
        String again = post(event(product, "1.0", env, "started")).then().statusCode(200).extract().path("id");
        assertNotEquals(id, again, "a later start is a new deployment");
        admin().get("/deployments/" + id).then().statusCode(200)
                .body("events.status", contains("pending", "started", "completed"))
                .body("events.status_word", contains("pending", "started", "completed"));
    }

    @Test
    void eventsOfOneRunShareADeploymentAndALateStartNeverUndoesATerminalStatus() {
        String product = unique("svc");
        String env = unique("qa");
        String id = post(eventWithInvoke(product, "2.0", env, "failed", "run-1")).then().body("status", equalTo("failed"))
                .extract().path("id");
        post(eventWithInvoke(product, "2.0", env, "started", "run-1")).then().body("id", equalTo(id))
                .body("status", equalTo("failed"));
        post(eventWithInvoke(product, "2.0", env, "success", "run-1")).then().body("id", equalTo(id))
                .body("status", equalTo("completed")).body("deployed_at", notNullValue());
        String other = post(eventWithInvoke(product, "2.0", env, "started", "run-2")).then().extract().path("id");
        assertNotEquals(id, other);
        admin().get("/deployments/" + id).then().body("events", hasSize(3));
    }

    @Test
    void anOpenDeploymentWithoutInvokeIdIsAdoptedByTheFirstRunThatNamesOne() {
        String product = unique("svc");
        String id = post(event(product, "3", "dev", "started")).then().extract().path("id");
        post(eventWithInvoke(product, "3", "dev", "success", "run-9")).then().body("id", equalTo(id))
                .body("status", equalTo("completed"));
        admin().get("/deployments/" + id).then().body("invoke_id", equalTo("run-9"));
    }

    @Test
    void replaysChangeNothingAndAnswerTheSameIds() {
        String product = unique("svc");
        String body = eventWithInvoke(product, "1", "prod", "success", "run-r");
        Response first = post(body);
        Response second = post(body);
        assertEquals(first.path("id").toString(), second.path("id").toString());
        assertEquals(first.path("event_id").toString(), second.path("event_id").toString());
        // terminal event without invoke id, repeated within 10 minutes
        String plain = event(product, "2", "prod", "success");
        Response a = post(plain);
        Response b = post(plain);
        assertEquals(a.path("event_id").toString(), b.path("event_id").toString());
        admin().get("/deployments?product=" + product).then().body("items", hasSize(2));
        admin().get("/deployments/" + a.path("id")).then().body("events", hasSize(1));
    }

    @Test
    void idempotencyKeyReplaysAnswerTheFirstResultAndRefuseADifferentBody() {
        String product = unique("svc");
        String key = unique("idem");
        Response first = admin().header("Idempotency-Key", key).body(event(product, "1", "dev", "started"))
                .post("/deployment-events/");
        Response again = admin().header("Idempotency-Key", key).body(event(product, "1", "dev", "started"))
                .post("/deployment-events/");
        assertEquals(first.path("event_id").toString(), again.path("event_id").toString());
        admin().get("/deployments/" + first.path("id")).then().body("events", hasSize(1));
        admin().header("Idempotency-Key", key).body(event(product, "1", "dev", "failed")).post("/deployment-events/")
                .then().statusCode(409).body("detail", containsString("Idempotency-Key"));
    }

    @Test
    void versionsAreImmutableAndARefusedEventWritesNothing() {
        String product = unique("svc");
        post("{\"product_name\":\"" + product + "\",\"version\":\"1.2.3\",\"environment_name\":\"dev\",\"status\":\"success\","
                + "\"scm_sha\":\"aaa\"}").then().statusCode(200);
        String env = unique("never");
        post("{\"product_name\":\"" + product + "\",\"version\":\"1.2.3\",\"environment_name\":\"" + env
                + "\",\"status\":\"success\",\"scm_sha\":\"bbb\"}").then().statusCode(409)
                .body("detail", equalTo("Version 1.2.3 of " + product + " already exists with a different scm_sha"));
        admin().get("/environments?name=" + env).then().body("items", hasSize(0));
        // a version without a sha takes the first one it is given
        post(event(product, "9.9", "dev", "started")).then().statusCode(200);
        post("{\"product_name\":\"" + product + "\",\"version\":\"9.9\",\"environment_name\":\"dev\",\"status\":\"success\","
                + "\"scm_sha\":\"ccc\"}").then().statusCode(200);
        admin().get("/versions?product=" + product + "&scm_sha=ccc").then().body("items.version", contains("9.9"));
    }

    @Test
    void environmentTypeIsGuessedFromTheName() {
        String suffix = unique("");
        Map<String, String> cases = Map.of("prod-eu" + suffix, "production", "pre-prod" + suffix, "staging",
                "my_QA_env" + suffix, "test", "non-prod" + suffix, "other", "sandbox.1" + suffix, "dev",
                "prod-qa" + suffix, "test", "uat" + suffix, "staging", "blue" + suffix, "other");
        cases.forEach((name, type) -> {
            String envId = post(event(unique("svc"), "1", name, "success")).then().statusCode(200).extract().path("environment_id");
            admin().get("/environments/" + envId).then().body("type", equalTo(type));
        });
    }

    @Test
    void timestampsCarryAnOffset() {
        String product = unique("svc");
        post("{\"product_name\":\"" + product + "\",\"version\":\"1\",\"environment_name\":\"dev\",\"status\":\"started\","
                + "\"started_at\":\"2025-11-06T16:30:00+01:00\",\"completed_at\":\"2025-11-06T15:31:00\"}").then().statusCode(200);
        admin().get("/deployments?product=" + product).then()
                .body("items[0].started_at", equalTo("2025-11-06T15:30:00Z"))
                .body("items[0].completed_at", equalTo("2025-11-06T15:31:00Z"))
                .body("items[0].created_at", endsWith("Z"));
        post("{\"product_name\":\"" + product + "\",\"version\":\"1\",\"environment_name\":\"dev\",\"status\":\"started\","
                + "\"started_at\":\"yesterday\"}").then().statusCode(422).body("detail[0].loc", contains("body", "started_at"));
    }
}
