package io.versioner.deployment;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.keyWithRole;
import static io.versioner.Api.unique;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The requests the existing GitHub Action and CLI send (CLIENTS.md), and the answers they read. */
@QuarkusTest
class ClientCompatibilityTest {
    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z";

    static Response action(String key, String path, String body) {
        return given().header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/plain, */*").body(body).post(path);
    }

    @Test
    void gitHubActionBuildAndDeploymentBodiesAreAcceptedAndAnswerTheIdsItReads() {
        String key = keyWithRole("ingest");
        String product = unique("gh-svc");
        String build = """
                {"product_name":"%s","version":"1.4.2","status":"success","build_number":"57",
                 "build_url":"https://ci.example/run/57","scm_repository":"acme/svc","scm_sha":"9fceb02",
                 "scm_branch":"refs/tags/v1.4.2","source_system":"github","invoke_id":"8812345",
                 "built_by":"octocat","built_by_email":"octo@example.com","built_by_name":"Octo Cat",
                 "started_at":"2026-11-27T10:00:00.000Z",
                 "extra_metadata":{"vi_gh_workflow":"release","vi_gh_job":"build","vi_gh_run_attempt":"1",
                 "vi_gh_event_name":"push","vi_gh_ref":"refs/tags/v1.4.2"}}""".formatted(product);
        action(key, "/build-events/", build).then().statusCode(200).contentType(containsString("application/json"))
                .body("id", matchesPattern(ID)).body("version_id", matchesPattern(ID)).body("product_id", matchesPattern(ID));

        for (String status : new String[] { "started", "success" }) {
            String deploy = """
                    {"product_name":"%s","version":"1.4.2","environment_name":"production","status":"%s",
                     "scm_repository":"acme/svc","scm_sha":"9fceb02","source_system":"github","build_number":"57",
                     "invoke_id":"8812399","deploy_url":"https://ci.example/run/58","deployed_by":"octocat",
                     "deployed_by_email":"octo@example.com","deployed_by_name":"Octo Cat",
                     "completed_at":"2026-11-27T10:01:00.000Z","extra_metadata":{}}""".formatted(product, status);
            action(key, "/deployment-events/", deploy).then().statusCode(200)
                    .body("id", matchesPattern(ID)).body("version_id", matchesPattern(ID))
                    .body("product_id", matchesPattern(ID)).body("environment_id", matchesPattern(ID))
                    .body("status", equalTo(status.equals("success") ? "completed" : "started"));
        }
    }

    @Test
    void cliReadsStringIdsAndTimestampsWithAnOffset() {
        String key = keyWithRole("ingest");
        String product = unique("cli-svc");
        given().header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .header("User-Agent", "versioner-cli/1.0.0")
                .body("{\"product_name\":\"" + product + "\",\"version\":\"2.0.0\",\"environment_name\":\"staging\",\"status\":\"success\"}")
                .post("/deployment-events/").then().statusCode(200)
                .body("id", matchesPattern(ID)).body("product_id", matchesPattern(ID)).body("version_id", matchesPattern(ID))
                .body("environment_id", matchesPattern(ID)).body("status", equalTo("completed"))
                .body("deployed_at", matchesPattern(TIME));
        given().header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .body("{\"product_name\":\"" + product + "\",\"version\":\"2.0.0\",\"status\":\"built\","
                        + "\"started_at\":\"2026-11-27T10:00:00Z\",\"completed_at\":\"2026-11-27T10:05:00Z\","
                        + "\"build_number\":58}")
                .post("/build-events/").then().statusCode(200)
                .body("started_at", matchesPattern(TIME)).body("completed_at", matchesPattern(TIME));
    }

    @Test
    void errorsAreReadableAsDetail() {
        String key = keyWithRole("ingest");
        given().header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .body("{\"product_name\":\"x\"}").post("/deployment-events/").then().statusCode(422)
                .body("detail", instanceOf(java.util.List.class));
        given().header("Authorization", "Bearer nope").header("Content-Type", "application/json")
                .body("{}").post("/deployment-events/").then().statusCode(401).body("detail", instanceOf(String.class));
    }
}
