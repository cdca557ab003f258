package io.versioner.common;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Security headers on every kind of answer, and CORS closed by default. */
@QuarkusTest
class SecurityHeadersTest {

    static void hardened(String what, Response r) {
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
        assertEquals("no-referrer", r.header("Referrer-Policy"), what);
        String csp = r.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), what + ": " + csp);
    }

    @Test
    void everyAnswerCarriesTheHeaders() {
        Map<String, Response> answers = Map.of(
                "200 JSON", admin().get("/products"),
                "401", given().get("/products"),
                "404 unknown path", admin().get("/nowhere"),
                "405", admin().delete("/deployment-events/"),
                "413 from the Vert.x body limit", admin().body("{\"x\":\"" + "y".repeat(1_100_000) + "\"}")
                        .post("/deployment-events/"),
                "422", admin().get("/products?limit=0"),
                "health", given().get("/q/health/live"),
                "openapi", given().get("/q/openapi"));
        answers.forEach(SecurityHeadersTest::hardened);
    }

    @Test
    void pagesMayOnlyRunScriptsAndStylesFromThisOrigin() {
        String csp = admin().get("/products").header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("style-src 'self'"), csp);
        // Swagger UI's page needs its inline scripts: it has its own policy, still no framing
        Response ui = given().get("/q/swagger-ui/");
        assertEquals(200, ui.statusCode());
        hardened("swagger-ui", ui);
        assertTrue(ui.header("Content-Security-Policy").contains("'unsafe-inline'"));
    }

    @Test
    void crossOriginRequestsAreRefusedUnlessConfigured() {
        Response preflight = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").options("/deployment-events/");
        assertNull(preflight.header("Access-Control-Allow-Origin"), "a preflight from another origin is not granted");
        assertNull(preflight.header("Access-Control-Allow-Credentials"));
        Response simple = admin().header("Origin", "https://evil.example").get("/products");
        assertNull(simple.header("Access-Control-Allow-Origin"), "a browser may not read the answer");
        for (String path : List.of("/products", "/q/health/ready")) {
            assertNull(given().header("Origin", "https://evil.example").get(path).header("Access-Control-Allow-Origin"), path);
        }
    }
}
