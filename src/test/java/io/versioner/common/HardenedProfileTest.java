package io.versioner.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.versioner.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an operator can switch on: per-key rate limiting and CORS for one listed origin. */
@QuarkusTest
@TestProfile(HardenedProfileTest.Hardened.class)
class HardenedProfileTest {

    /** A slow refill (one token every 2 s), so that even on a busy machine the fourth request finds the bucket empty. */
    public static class Hardened implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("versioner.rate-limit.requests-per-second", "0.5", "versioner.rate-limit.burst", "3",
                    "quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", "https://dashboard.example.com");
        }
    }

    @Test
    void aKeyOverItsRateGets429WithRetryAfterAndOtherKeysDoNot() throws Exception {
        String busy = Api.keyWithRole("viewer");
        String quiet = Api.keyWithRole("viewer");
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 10 && limited == null; i++) {
            Response r = Api.as(busy).get("/products");
            statuses.add(r.statusCode());
            if (r.statusCode() == 429) {
                limited = r;
            }
        }
        assertTrue(limited != null, "no 429 after " + statuses);
        assertTrue(statuses.subList(0, 3).stream().allMatch(s -> s == 200), "the burst of 3 passes: " + statuses);
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        assertTrue(limited.jsonPath().getString("detail").contains("Too many requests"), limited.asString());
        assertEquals("application/json", limited.contentType().split(";")[0]);
        // another key has its own bucket
        assertEquals(200, Api.as(quiet).get("/products").statusCode());
        // and the busy key may go on after waiting as told
        Thread.sleep(retryAfter * 1000 + 100);
        assertEquals(200, Api.as(busy).get("/products").statusCode());
    }

    @Test
    void requestsWithoutAValidKeyAreNotCountedButRefused() {
        for (int i = 0; i < 8; i++) {
            assertEquals(401, given().get("/products").statusCode());
        }
    }

    @Test
    void theListedOriginMayCallTheApiFromABrowserOthersMayNot() {
        Response allowed = given().header("Origin", "https://dashboard.example.com")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "authorization")
                .options("/products");
        assertEquals("https://dashboard.example.com", allowed.header("Access-Control-Allow-Origin"));
        assertNotEquals("true", allowed.header("Access-Control-Allow-Credentials"), "bearer keys, never cookies");
        Response other = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/products");
        assertNull(other.header("Access-Control-Allow-Origin"), "status " + other.statusCode());
    }
}
