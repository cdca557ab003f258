package io.versioner.common;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.versioner.Api;
import io.versioner.support.Figures;
import io.versioner.support.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Hostile input on every endpoint and query parameter that exists: malformed JSON, wrong types, non-objects,
 * bodies over the limit, deep nesting, over-long strings, NUL and lone surrogates, SQL metacharacters, exotic
 * Unicode, invalid UUIDs and cursors. Each answers a 4xx with a JSON {@code detail} naming the problem (or, for
 * merely odd but legal text, succeeds and stores it exactly): never a 5xx, never a stack trace.
 */
@QuarkusTest
class HostileInputTest {
    static final String[] LEAKS = { "Exception", "\tat ", "at io.", "at org.", "java.", "jakarta.", "org.hibernate",
            "org.postgresql", "SELECT ", "select ", "insert into", "update ", "PSQL", "SQLState" };

    /** A body endpoint: how to build a valid body from field values, and its string fields with their limits. */
    record Endpoint(String method, String path, Function<Map<String, Object>, Map<String, Object>> body,
            Map<String, Integer> textFields, String metadataField) {
        Map<String, Object> valid() {
            return body.apply(Map.of());
        }
    }

    static int requests;

    /** Sends and checks what every answer must be: JSON with a detail on errors, no leak, never 5xx. */
    Response send(String what, RequestSpecification spec, String method, String path) {
        Response r = spec.request(method, path);
        requests++;
        String body = r.asString();
        assertTrue(r.statusCode() < 500, what + " -> " + r.statusCode() + " " + body);
        if (r.statusCode() >= 400) {
            for (String leak : LEAKS) {
                assertFalse(body.contains(leak), what + " leaks '" + leak + "': " + body);
            }
            assertTrue(String.valueOf(r.contentType()).startsWith("application/json"), what + " -> " + r.contentType());
            assertNotNull(r.jsonPath().get("detail"), what + " -> " + body);
        }
        return r;
    }

    Response sendJson(String what, String method, String path, byte[] body) {
        return send(what, given().header("Authorization", "Bearer " + Api.ADMIN_KEY)
                .contentType("application/json; charset=UTF-8").body(body), method, path);
    }

    Response sendJson(String what, String method, String path, String body) {
        return sendJson(what, method, path, body.getBytes(StandardCharsets.UTF_8));
    }

    static String json(Map<String, Object> m) {
        return JsonText.write(m, null);
    }

    static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(base);
        m.put(field, value);
        return m;
    }

    List<Endpoint> endpoints() {
        String product = admin().body("{\"name\":\"" + unique("hostile") + "\"}").post("/products").then().statusCode(201)
                .extract().path("id");
        String env = admin().body("{\"name\":\"" + unique("hostile-env") + "\"}").post("/environments").then().statusCode(201)
                .extract().path("id");
        Function<String, Function<Map<String, Object>, Map<String, Object>>> event = kind -> over -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("product_name", unique("h"));
            m.put("version", "1.0");
            if (kind.equals("deployment")) {
                m.put("environment_name", "hostile-dev");
            }
            m.put("status", "success");
            m.put("extra_metadata", Map.of("k", "v"));
            m.putAll(over);
            return m;
        };
        Map<String, Integer> deployText = new java.util.LinkedHashMap<>();
        for (String f : List.of("product_name", "version", "environment_name", "status", "deployed_by", "deployed_by_name",
                "scm_sha", "build_number", "source_system", "invoke_id")) {
            deployText.put(f, 255);
        }
        deployText.put("deployed_by_email", 320);
        deployText.put("scm_branch", 1024);
        deployText.put("scm_repository", 2048);
        deployText.put("build_url", 4096);
        deployText.put("deploy_url", 4096);
        Map<String, Integer> buildText = new java.util.LinkedHashMap<>();
        for (String f : List.of("product_name", "version", "status", "built_by", "built_by_name", "scm_sha", "build_number",
                "source_system", "invoke_id")) {
            buildText.put(f, 255);
        }
        return List.of(
                new Endpoint("POST", "/deployment-events/", event.apply("deployment"), deployText, "extra_metadata"),
                new Endpoint("POST", "/build-events/", event.apply("build"), buildText, "extra_metadata"),
                new Endpoint("POST", "/version-events/", event.apply("build"), buildText, "extra_metadata"),
                new Endpoint("POST", "/products/", over -> with(with(Map.of("name", unique("p")), "extra_metadata", Map.of()),
                        "description", "d"), Map.of("name", 255), "extra_metadata"),
                new Endpoint("POST", "/environments/", over -> with(Map.of("name", unique("e")), "description", "d"),
                        Map.of("name", 255), "metadata"),
                new Endpoint("POST", "/versions/", over -> with(with(Map.of("product_name", unique("vp")), "version", unique("v")),
                        "scm_sha", "abc"), Map.of("product_name", 255, "version", 255, "scm_sha", 255), "extra_metadata"),
                new Endpoint("POST", "/api-keys/", over -> with(Map.of("name", unique("k")), "role", "viewer"),
                        Map.of("name", 200, "role", Integer.MAX_VALUE), null),
                new Endpoint("PATCH", "/products/" + product, over -> Map.of("description", "x"), Map.of("description",
                        Integer.MAX_VALUE), "extra_metadata"),
                new Endpoint("PATCH", "/environments/" + env, over -> Map.of("description", "x"), Map.of("description",
                        Integer.MAX_VALUE), "metadata"));
    }

    @Test
    void everyBodyEndpointRefusesHostileBodiesWith4xx() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        byte[] invalidUtf8 = { '{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}' };
        for (Endpoint e : endpoints()) {
            String at = e.method() + " " + e.path();
            // the valid body works, so that refusals below are about the one thing broken
            int ok = sendJson(at + " valid", e.method(), e.path(), json(e.valid())).statusCode();
            assertTrue(ok == 200 || ok == 201, at + " valid -> " + ok);

            for (String broken : List.of("{\"name\": ", "{'name':'x'}", "{\"a\":1,}", "{\"a\" 1}", "nul", "{\"a\":\"\\x\"}")) {
                assertEquals(400, sendJson(at + " " + broken, e.method(), e.path(), broken).statusCode(), at + " " + broken);
            }
            assertEquals(400, sendJson(at + " invalid UTF-8", e.method(), e.path(), invalidUtf8).statusCode(), at);
            for (String notObject : List.of("[]", "\"x\"", "42", "true", "[{}]")) {
                Response r = sendJson(at + " " + notObject, e.method(), e.path(), notObject);
                assertEquals(422, r.statusCode(), at + " " + notObject + " -> " + r.asString());
            }
            for (String nothing : List.of("", "null")) {
                int s = sendJson(at + " '" + nothing + "'", e.method(), e.path(), nothing).statusCode();
                assertTrue(s == 400 || s == 422, at + " '" + nothing + "' -> " + s);
            }
            assertEquals(415, send(at + " text/plain", given().header("Authorization", "Bearer " + Api.ADMIN_KEY)
                    .contentType("text/plain").body("name=x"), e.method(), e.path()).statusCode(), at);
            String huge = json(with(e.valid(), "padding", "x".repeat(1_100_000)));
            assertEquals(413, sendJson(at + " 1.1 MB", e.method(), e.path(), huge).statusCode(), at);
            Response deepR = sendJson(at + " deep nesting", e.method(), e.path(),
                    json(with(e.valid(), e.metadataField() == null ? "nested" : e.metadataField(), Map.of("x", new JsonText.Raw(deep)))));
            assertEquals(400, deepR.statusCode(), at + " deep -> " + deepR.asString());
            assertTrue(deepR.jsonPath().getString("detail").contains("nesting"), deepR.asString());

            for (Map.Entry<String, Integer> f : e.textFields().entrySet()) {
                String field = f.getKey();
                List<Object> refused = new ArrayList<>(List.of(Map.of("a", 1), List.of("x"), "a\u0000b", "\u0000",
                        "x\ud800", "\udfffy"));
                if (f.getValue() < 1_000_000) {
                    refused.add("y".repeat(f.getValue() + 1));
                }
                for (Object bad : refused) {
                    Response r = sendJson(at + " " + field + "=" + shortly(bad), e.method(), e.path(),
                            json(with(e.valid(), field, bad)));
                    assertEquals(422, r.statusCode(), at + " " + field + "=" + shortly(bad) + " -> " + r.asString());
                    assertEquals(List.of("body", field), r.jsonPath().getList("detail[0].loc"), r.asString());
                }
            }
            if (e.metadataField() != null) {
                String m = e.metadataField();
                for (Object bad : List.of(List.of(1), "text", 7, Map.of("a", "\u0000"), Map.of("a\u0000", 1),
                        Map.of("a", Map.of("b\u0000", List.of("\u0000"))), Map.of("a", "\ud800"))) {
                    Response r = sendJson(at + " " + m + "=" + shortly(bad), e.method(), e.path(), json(with(e.valid(), m, bad)));
                    assertEquals(422, r.statusCode(), at + " " + m + "=" + shortly(bad) + " -> " + r.asString());
                    List<String> loc = r.jsonPath().getList("detail[0].loc");
                    assertEquals("body", loc.get(0), r.asString());
                    assertTrue(loc.size() == 1 || loc.get(1).equals(m), r.asString());
                }
            }
        }
    }

    static String shortly(Object o) {
        String s = String.valueOf(o).replace("\u0000", "<NUL>");
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
    }

    @Test
    void oddButLegalNamesAreStoredExactlyTrimmed() {
        for (String name : List.of("'; drop table product; --", "x' or '1'='1", "%_\\", "a%b_c\\d", "$$; select 1; $$",
                "<script>alert(1)</script>", "🚀 rocket", "שלום", "日本語", "e\u0301clair", "tab\there", "emoji👩‍💻")) {
            String unique = name + " " + UUID.randomUUID();
            Response r = sendJson("deployment named " + name, "POST", "/deployment-events/",
                    json(Map.of("product_name", "  " + unique + "\n", "version", unique, "environment_name", unique,
                            "status", "success")));
            assertEquals(200, r.statusCode(), r.asString());
            assertEquals(unique, r.path("product_name"));
            assertEquals(unique, r.path("version"));
            assertEquals(unique, r.path("environment_name"));
            // and it is found again by name, the SQL metacharacters taken literally
            Response found = send("find " + name, admin().queryParam("name", unique), "GET", "/products");
            assertEquals(List.of(unique), found.jsonPath().getList("items.name"), "name=" + unique);
            Response q = send("search " + name, admin().queryParam("q", name), "GET", "/products");
            assertTrue(q.jsonPath().getList("items.name").contains(unique), "q=" + name + " -> " + q.asString());
        }
    }

    /** Every query parameter of every list, and what kind of value it takes. */
    static final Map<String, Map<String, String>> QUERY = Map.of(
            "/products", Map.of("name", "text", "q", "text", "limit", "limit", "cursor", "cursor"),
            "/environments", Map.of("name", "text", "type", "enum", "limit", "limit", "cursor", "cursor"),
            "/versions", Map.of("product", "text", "product_id", "uuid", "scm_sha", "text", "limit", "limit", "cursor", "cursor"),
            "/deployments", Map.ofEntries(Map.entry("product", "text"), Map.entry("product_id", "uuid"),
                    Map.entry("environment", "text"), Map.entry("environment_id", "uuid"), Map.entry("version", "text"),
                    Map.entry("version_id", "uuid"), Map.entry("status", "enum"), Map.entry("since", "time"),
                    Map.entry("until", "time"), Map.entry("limit", "limit"), Map.entry("cursor", "cursor")),
            "/environment-state", Map.of("product", "text", "environment", "text"),
            "/api-keys", Map.of("limit", "limit", "cursor", "cursor"));

    static final String SQL = "'; drop table product; --";

    @Test
    void everyQueryParameterRefusesHostileValuesWith422NamingIt() {
        List<String> badCursors = List.of("garbage!!", "AAAA", b64("a\u001fb\u001fc"), b64("notatime\u001fnotauuid"),
                b64("2025-01-01T00:00:00Z\u001f" + UUID.randomUUID() + "\u0000"), "%", "=====");
        for (var list : QUERY.entrySet()) {
            String path = list.getKey();
            for (var p : list.getValue().entrySet()) {
                String param = p.getKey();
                List<String> refused = new ArrayList<>(List.of("a\u0000b", "\u0000"));
                List<String> accepted = new ArrayList<>();
                switch (p.getValue()) {
                    case "text" -> accepted.addAll(List.of(SQL, "%", "_", "\\", "🚀", "x".repeat(2000), " ", "\ud83d\ude80"));
                    case "uuid" -> refused.addAll(List.of("not-a-uuid", SQL, "1", "00000000-0000-0000-0000-00000000000g"));
                    case "limit" -> refused.addAll(List.of("abc", "0", "-1", "501", "1e3", "99999999999", SQL, "1.5"));
                    case "cursor" -> refused.addAll(badCursors);
                    case "enum" -> refused.addAll(List.of("bogus", SQL));
                    case "time" -> refused.addAll(List.of("yesterday", "+999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z",
                            "2025-13-01T00:00:00Z", SQL));
                    default -> throw new IllegalStateException(p.getValue());
                }
                for (String v : refused) {
                    Response r = send("GET " + path + "?" + param + "=" + shortly(v), admin().queryParam(param, v), "GET", path);
                    assertEquals(422, r.statusCode(), "GET " + path + "?" + param + "=" + shortly(v) + " -> " + r.asString());
                    assertEquals(List.of("query", param), r.jsonPath().getList("detail[0].loc"), r.asString());
                }
                for (String v : accepted) {
                    Response r = send("GET " + path + "?" + param + "=" + shortly(v), admin().queryParam(param, v), "GET", path);
                    assertEquals(200, r.statusCode(), "GET " + path + "?" + param + "=" + shortly(v) + " -> " + r.asString());
                }
            }
            // a parameter nobody asked for is ignored, whatever it holds, except text PostgreSQL could never hold
            assertEquals(200, send("unknown param", admin().queryParam("nonsense", SQL), "GET", path).statusCode());
        }
    }

    static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyPathIdThatIsNotAUuidOrUnknownIs404() {
        // sent as is (already percent-encoded where needed)
        List<String> ids = List.of("not-a-uuid", "%00", "1", "%27%20or%20%271%27%3D%271", "%27%3B--", UUID.randomUUID().toString(),
                "00000000-0000-0000-0000-000000000000", "%F0%9F%9A%80", "..%2F..%2Fetc%2Fpasswd");
        for (String id : ids) {
            for (String[] call : List.of(new String[] { "GET", "/products/" }, new String[] { "PATCH", "/products/" },
                    new String[] { "DELETE", "/products/" }, new String[] { "GET", "/environments/" },
                    new String[] { "PATCH", "/environments/" }, new String[] { "DELETE", "/environments/" },
                    new String[] { "GET", "/versions/" }, new String[] { "GET", "/deployments/" },
                    new String[] { "DELETE", "/api-keys/" })) {
                String what = call[0] + " " + call[1] + id;
                Response r = send(what, admin().urlEncodingEnabled(false).body("{\"description\":\"x\"}"), call[0], call[1] + id);
                assertEquals(404, r.statusCode(), what + " -> " + r.asString());
            }
        }
    }

    @Test
    void overlongUrlsAndHeadersAreRefusedNotCrashed() {
        // Vert.x refuses these before any route runs: a 4xx without our JSON body (noted in SECURITY.md)
        int longUrl = admin().queryParam("name", "x".repeat(10_000)).get("/products").statusCode();
        assertTrue(longUrl == 414 || longUrl == 400, "long URL -> " + longUrl);
        int longHeader = admin().header("X-Big", "y".repeat(30_000)).get("/products").statusCode();
        assertTrue(longHeader == 431 || longHeader == 400, "long header -> " + longHeader);
        int badKeyHeader = given().header("Authorization", "Bearer " + "k".repeat(5_000)).get("/products").statusCode();
        assertEquals(401, badKeyHeader);
        requests += 3;
    }

    @org.junit.jupiter.api.AfterAll
    static void figures() {
        Figures.record("HostileInputTest", "hostile requests sent " + requests + ", 5xx 0");
    }
}
