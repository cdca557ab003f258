package io.versioner.auth;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.versioner.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every role (and no key) against every endpoint, as API.md's Auth section says: ingest may only post events;
 * viewer reads everything except keys; editor is viewer + events + catalog and release writes; admin is editor
 * + /api-keys. Allowed means "not 401 and not 403" (a 404 for an unknown id or a 409 for a taken name is
 * still allowed); refused means 403 with a key, 401 without.
 */
@QuarkusTest
class AccessTableTest {

    /** Who may call an endpoint, per API.md. */
    enum Need {
        INGEST("ingest", "editor", "admin"),
        READ("viewer", "editor", "admin"),
        WRITE("editor", "admin"),
        ADMIN("admin");

        final List<String> roles;

        Need(String... roles) {
            this.roles = List.of(roles);
        }
    }

    record Row(String method, String path, Need need, Supplier<String> body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Row row(String method, String path, Need need) {
        return new Row(method, path, need, null);
    }

    static Row row(String method, String path, Need need, Supplier<String> body) {
        return new Row(method, path, need, body);
    }

    static final String SOME_ID = UUID.randomUUID().toString();

    /**
     * One row per endpoint that exists; to cover a new endpoint, add a row.
     */
    static List<Row> rows() {
        Supplier<String> deployment = () -> "{\"product_name\":\"" + unique("acl") + "\",\"version\":\"1\","
                + "\"environment_name\":\"acl-dev\",\"status\":\"started\"}";
        Supplier<String> build = () -> "{\"product_name\":\"" + unique("acl") + "\",\"version\":\"1\",\"status\":\"building\"}";
        Supplier<String> named = () -> "{\"name\":\"" + unique("acl") + "\"}";
        return List.of(
                row("POST", "/deployment-events/", Need.INGEST, deployment),
                row("POST", "/build-events/", Need.INGEST, build),
                row("POST", "/version-events/", Need.INGEST, build),
                row("GET", "/products/", Need.READ),
                row("POST", "/products/", Need.WRITE, named),
                row("GET", "/products/" + SOME_ID, Need.READ),
                row("PATCH", "/products/" + SOME_ID, Need.WRITE, () -> "{\"description\":\"x\"}"),
                row("DELETE", "/products/" + SOME_ID, Need.WRITE),
                row("GET", "/environments/", Need.READ),
                row("POST", "/environments/", Need.WRITE, named),
                row("GET", "/environments/" + SOME_ID, Need.READ),
                row("PATCH", "/environments/" + SOME_ID, Need.WRITE, () -> "{\"description\":\"x\"}"),
                row("DELETE", "/environments/" + SOME_ID, Need.WRITE),
                row("GET", "/versions/", Need.READ),
                row("POST", "/versions/", Need.WRITE, () -> "{\"product_name\":\"" + unique("acl") + "\",\"version\":\"1\"}"),
                row("GET", "/versions/" + SOME_ID, Need.READ),
                row("GET", "/deployments/", Need.READ),
                row("GET", "/deployments/" + SOME_ID, Need.READ),
                row("GET", "/environment-state/", Need.READ),
                row("GET", "/releases/", Need.READ),
                row("POST", "/releases/", Need.WRITE, () -> "{\"name\":\"" + unique("acl") + "\"}"),
                row("GET", "/releases/" + SOME_ID, Need.READ),
                row("PATCH", "/releases/" + SOME_ID, Need.WRITE, () -> "{\"description\":\"x\"}"),
                row("GET", "/releases/" + SOME_ID + "/versions", Need.READ),
                row("POST", "/releases/" + SOME_ID + "/versions", Need.WRITE, () -> "{\"version_id\":\"" + SOME_ID + "\"}"),
                row("GET", "/releases/" + SOME_ID + "/versions/" + SOME_ID, Need.READ),
                row("DELETE", "/releases/" + SOME_ID + "/versions/" + SOME_ID, Need.WRITE),
                row("GET", "/releases/" + SOME_ID + "/deployments", Need.READ),
                row("GET", "/releases/" + SOME_ID + "/history", Need.READ),
                row("GET", "/api-keys/", Need.ADMIN),
                row("POST", "/api-keys/", Need.ADMIN, () -> "{\"name\":\"" + unique("acl") + "\",\"role\":\"viewer\"}"),
                row("DELETE", "/api-keys/" + SOME_ID, Need.ADMIN));
    }

    static final List<String> ROLES = List.of("ingest", "viewer", "editor", "admin");

    @Test
    void everyRoleAgainstEveryEndpoint() {
        Map<String, String> keys = new java.util.HashMap<>();
        ROLES.forEach(role -> keys.put(role, role.equals("admin") ? Api.ADMIN_KEY : Api.keyWithRole(role)));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : rows()) {
            for (String role : ROLES) {
                int status = call(row, Api.as(keys.get(role))).statusCode();
                boolean allowed = row.need().roles.contains(role);
                if (allowed ? (status == 401 || status == 403 || status >= 500) : status != 403) {
                    wrong.add(row + " as " + role + " -> " + status + (allowed ? " (should be allowed)" : " (should be 403)"));
                }
                checked++;
            }
            Response anonymous = call(row, given().contentType("application/json"));
            if (anonymous.statusCode() != 401) {
                wrong.add(row + " without a key -> " + anonymous.statusCode() + " (should be 401)");
            }
            checked++;
        }
        assertTrue(wrong.isEmpty(), "access table violations:\n" + String.join("\n", wrong));
        assertEquals(rows().size() * 5, checked);
    }

    static Response call(Row row, RequestSpecification spec) {
        if (row.body() != null) {
            spec = spec.body(row.body().get());
        }
        return spec.request(row.method(), row.path());
    }

    @Test
    void aRefusalSaysWhoAndWhyAsJson() {
        Response r = Api.as(Api.keyWithRole("ingest")).get("/products/");
        r.then().statusCode(403);
        assertTrue(r.jsonPath().getString("detail").contains("ingest"), r.asString());
        Response none = given().get("/deployments/");
        assertEquals(401, none.statusCode());
        assertEquals("Bearer", none.header("WWW-Authenticate"));
        assertTrue(none.jsonPath().getString("detail") != null, none.asString());
    }
}
