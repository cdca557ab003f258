package io.versioner.ops;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.ADMIN_KEY;
import static io.versioner.Api.admin;
import static io.versioner.Api.as;
import static io.versioner.Api.keyWithRole;
import static io.versioner.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * No secret reaches a log line: neither the admin key, nor a created API key, nor the database password, whatever
 * the requests do with them (succeed, fail authentication, fail validation, hit an unexpected error). And an
 * unexpected error's log line carries the request id that its body and X-Request-Id header carry.
 *
 * <p>It reads the log file that the test profile writes ({@code %test.quarkus.log.file.*}, the console's text
 * format), so it sees what a real handler wrote, startup included (Flyway, datasource, bootstrap), at the
 * configured level (INFO). The one
 * documented exception, the generated admin key logged on a first start without any key, cannot happen here:
 * the test profile configures an admin key.
 */
@QuarkusTest
class LogHasNoSecretsTest {
    private static final Path LOG = Path.of("target/quarkus-test.log");

    @Test
    void noSecretInAnyLogLineAndErrorsAreFoundByRequestId() throws Exception {
        String dbPassword = ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class);
        assertFalse(dbPassword.isBlank(), "the test profile sets a DB password, else this check would prove nothing");

        // A key is created (its secret is in this answer only) and used.
        Response created = admin().body("{\"name\":\"" + unique("log-check") + "\",\"role\":\"editor\"}").post("/api-keys");
        created.then().statusCode(201);
        String secret = created.path("key");
        String id = created.path("id");
        as(secret).get("/products").then().statusCode(200);

        // Failing authentication in every way a client may get it wrong, each carrying a secret.
        as(secret + "x").get("/products").then().statusCode(401);
        as(secret.substring(0, secret.length() - 1)).get("/products").then().statusCode(401);
        given().header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + secret)
                .getBytes(StandardCharsets.UTF_8))).get("/products").then().statusCode(401);
        given().header("Authorization", "Token " + ADMIN_KEY).get("/products").then().statusCode(401);
        given().header("Authorization", "Bearer " + ADMIN_KEY + " " + secret).get("/products").then().statusCode(401);
        given().header("Authorization", "Bearer " + "x".repeat(300) + secret).get("/products").then().statusCode(401);

        // Refused requests with secrets in the body: validation (422), malformed JSON (400), wrong role (403).
        admin().body("{\"name\":\"" + secret + "\",\"role\":\"" + ADMIN_KEY + "\"}").post("/api-keys").then().statusCode(422);
        admin().body("{\"name\":\"" + "n".repeat(300) + secret + "\",\"role\":\"viewer\"}").post("/api-keys").then()
                .statusCode(422);
        admin().body("{\"name\": \"" + secret + "\", \"role\": ").post("/api-keys").then().statusCode(400);
        String viewer = keyWithRole("viewer");
        as(viewer).body("{\"name\":\"" + secret + "\",\"role\":\"admin\"}").post("/api-keys").then().statusCode(403);

        // A revoked key is refused.
        admin().delete("/api-keys/" + id).then().statusCode(204);
        as(secret).get("/products").then().statusCode(401);

        // An unexpected error (500) is logged; its body and header name the request id of that log line.
        Response failed = as(viewer).accept(ContentType.JSON).get("/ops-test/fail");
        failed.then().statusCode(500);
        String requestId = failed.path("request_id");
        assertNotNull(requestId, "5xx bodies carry request_id");
        assertEquals(requestId, failed.header("X-Request-Id"), "the header and the body name the same request");
        assertFalse(failed.asString().contains("IllegalStateException"), "no class names in bodies");

        // A 401 names its request id too (these do not log, so only header and body are compared).
        Response refused = as(secret).get("/products");
        assertEquals(refused.header("X-Request-Id"), (String) refused.path("request_id"));

        List<String> lines = logLinesContaining(requestId);
        assertTrue(lines.stream().anyMatch(l -> l.contains("ERROR") && l.contains("request_id=" + requestId)),
                "the 500's log line carries its request id; lines with it: " + lines);

        Map<String, String> secrets = Map.of("admin key", ADMIN_KEY, "created key", secret, "viewer key", viewer,
                "database password", dbPassword);
        List<String> all = new ArrayList<>(Files.readAllLines(LOG, StandardCharsets.UTF_8));
        assertTrue(all.size() > 5, "the log file holds the run's log (" + all.size() + " lines)");
        // The handler rotates the file at each boot (quarkus.log.file.rotation.rotate-on-boot, on by default):
        // the file is this application's boot, ".1" the boot before it in this JVM (the build step). Older files
        // are earlier runs, which must not make this one fail.
        Path previous = Path.of(LOG + ".1");
        if (Files.exists(previous)) {
            all.addAll(Files.readAllLines(previous, StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, String> s : secrets.entrySet()) {
            for (String line : all) {
                if (line.contains(s.getValue())) {
                    fail("the " + s.getKey() + " reached the log: " + line);
                }
            }
        }
    }

    @Test
    void theTestOnlyFailingEndpointIsNotInTheApiDocument() {
        String doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertTrue(doc.contains("/api-keys"), "the document lists the API");
        assertFalse(doc.contains("/ops-test"), "FailingResource is hidden from it");
    }

    /** The log lines that mention the id, waiting briefly: the handler may not have flushed yet. */
    private static List<String> logLinesContaining(String id) throws IOException, InterruptedException {
        List<String> found = List.of();
        for (int i = 0; i < 50 && found.isEmpty(); i++) {
            if (Files.exists(LOG)) {
                found = Files.readAllLines(LOG, StandardCharsets.UTF_8).stream().filter(l -> l.contains(id)).toList();
            }
            if (found.isEmpty()) {
                Thread.sleep(100);
            }
        }
        return found;
    }
}
