package io.versioner.auth;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.admin;
import static io.versioner.Api.as;
import static io.versioner.Api.keyWithRole;
import static io.versioner.Api.unique;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyTest {

    @Test
    void createdKeyIsShownOnceAndListedWithoutSecret() {
        String name = unique("ci");
        Response created = admin().body("{\"name\":\"" + name + "\",\"role\":\"ingest\"}").post("/api-keys");
        created.then().statusCode(201)
                .header("Location", containsString("/api-keys/"))
                .body("key", startsWith("sk_"))
                .body("role", equalTo("ingest"))
                .body("prefix", equalTo(created.path("key").toString().substring(0, 8)));
        String secret = created.path("key");
        assertTrue(secret.length() >= 46, "at least 32 random bytes");
        String listed = admin().get("/api-keys?limit=500").asString();
        assertTrue(listed.contains(name));
        assertFalse(listed.contains(secret), "the secret is never listed");
        assertFalse(listed.contains("hash"), "nor its hash");
    }

    @Test
    void missingUnknownAndRevokedKeysAre401() {
        given().get("/products").then().statusCode(401).body("detail", notNullValue())
                .header("WWW-Authenticate", "Bearer");
        as("sk_nope").get("/products").then().statusCode(401);
        given().header("Authorization", "Basic abc").get("/products").then().statusCode(401);
        String key = keyWithRole("viewer");
        as(key).get("/products").then().statusCode(200);
        String id = admin().get("/api-keys?limit=500").path("items.find { it.prefix == '" + key.substring(0, 8) + "' }.id");
        admin().delete("/api-keys/" + id).then().statusCode(204);
        as(key).get("/products").then().statusCode(401);
    }

    @Test
    void rolesAreEnforced() {
        String ingest = keyWithRole("ingest");
        String viewer = keyWithRole("viewer");
        String editor = keyWithRole("editor");
        as(ingest).get("/products").then().statusCode(403);
        as(viewer).get("/products").then().statusCode(200);
        as(viewer).body("{\"name\":\"x\",\"role\":\"viewer\"}").post("/api-keys").then().statusCode(403);
        as(editor).get("/api-keys").then().statusCode(403);
        as(viewer).body("{\"name\":\"" + unique("p") + "\"}").post("/products").then().statusCode(403);
        as(editor).body("{\"name\":\"" + unique("p") + "\"}").post("/products").then().statusCode(201);
    }

    @Test
    void invalidRoleIs422() {
        admin().body("{\"name\":\"x\",\"role\":\"root\"}").post("/api-keys").then().statusCode(422)
                .body("detail[0].loc", hasItems("body", "role"));
        admin().body("{\"role\":\"viewer\"}").post("/api-keys").then().statusCode(422)
                .body("detail[0].loc", contains("body", "name"));
    }
}
