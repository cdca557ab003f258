package io.versioner.ui;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.admin;
import static io.versioner.Api.keyWithRole;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Sign-in, the session cookie and CSRF, over plain HTTP (the browser tests drive the same forms). */
@QuarkusTest
class SessionTest {
    @Inject
    AgroalDataSource db;

    static Response signIn(String key, String forwardedProto) {
        var request = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("key", key);
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return request.post("/ui/sign-in");
    }

    static String session(String key) {
        Response r = signIn(key, null);
        r.then().statusCode(303);
        return r.getCookie(UiPaths.COOKIE);
    }

    @Test
    void pagesWithoutSessionSendToSignInAndBack() {
        given().redirects().follow(false).get("/ui/state?product=a").then().statusCode(303)
                .header("Location", containsString("/ui/sign-in?next=%2Fui%2Fstate%3Fproduct%3Da"));
        given().redirects().follow(false).header("Authorization", "Bearer " + io.versioner.Api.ADMIN_KEY)
                .get("/ui/state").then().statusCode(303);
        Response r = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("key", io.versioner.Api.ADMIN_KEY).formParam("next", "/ui/state?product=a").post("/ui/sign-in");
        r.then().statusCode(303).header("Location", containsString("/ui/state?product=a"));
    }

    @Test
    void signInNeverRedirectsToAnotherSite() {
        Response r = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("key", io.versioner.Api.ADMIN_KEY).formParam("next", "//evil.example/ui/").post("/ui/sign-in");
        r.then().statusCode(303).header("Location", not(containsString("evil")));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("key", io.versioner.Api.ADMIN_KEY)
                .formParam("next", "/ui/state\r\nSet-Cookie: x=y").post("/ui/sign-in")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/ui/"));
    }

    @Test
    void cookieIsHttpOnlyLaxAndSecureOnlyBehindHttps() {
        String plain = signIn(io.versioner.Api.ADMIN_KEY, null).getHeader("Set-Cookie");
        assertTrue(plain.contains("HttpOnly"), plain);
        assertTrue(plain.contains("SameSite=Lax"), plain);
        assertTrue(plain.contains("Path=/ui"), plain);
        assertFalse(plain.contains("Secure"), plain);
        String https = signIn(io.versioner.Api.ADMIN_KEY, "https").getHeader("Set-Cookie");
        assertTrue(https.contains("Secure"), https);
    }

    @Test
    void cookieHoldsNoSecretAndTableOnlyItsHash() throws Exception {
        String key = keyWithRole("viewer");
        String cookie = session(key);
        assertFalse(cookie.contains(key.substring(3, 12)), "the cookie is not the key");
        assertEquals(0, count("select count(*) from ui_session where id_hash = ? or csrf_token = ?", cookie, cookie));
        assertEquals(1, count("select count(*) from ui_session where id_hash = ?", UiSessions.hash(cookie)));
        given().cookie(UiPaths.COOKIE, cookie).get("/ui/state").then().statusCode(200)
                .contentType(containsString("text/html"));
    }

    @Test
    void unknownAndIngestKeysCannotSignIn() {
        signIn("sk_not_a_key", null).then().statusCode(401).body(containsString("Unknown or revoked API key"))
                .header("Set-Cookie", equalTo(null));
        signIn(keyWithRole("ingest"), null).then().statusCode(403).body(containsString("may only post events"));
    }

    @Test
    void revokingTheKeyEndsItsSessions() throws Exception {
        String key = keyWithRole("viewer");
        String cookie = session(key);
        given().cookie(UiPaths.COOKIE, cookie).get("/ui/state").then().statusCode(200);
        String id = admin().get("/api-keys?limit=500").path("items.find { it.prefix == '" + key.substring(0, 8) + "' }.id");
        admin().delete("/api-keys/" + id).then().statusCode(204);
        given().redirects().follow(false).cookie(UiPaths.COOKIE, cookie).get("/ui/state").then().statusCode(303);
        assertEquals(0, count("select count(*) from ui_session where id_hash = ?", UiSessions.hash(cookie)));
    }

    @Test
    void signOutNeedsTheCsrfTokenAndDeletesTheSession() throws Exception {
        String cookie = session(keyWithRole("viewer"));
        given().cookie(UiPaths.COOKIE, cookie).contentType(ContentType.URLENC).formParam("csrf", "forged")
                .post("/ui/sign-out").then().statusCode(403).contentType(containsString("text/html"));
        given().cookie(UiPaths.COOKIE, cookie).get("/ui/state").then().statusCode(200);
        String csrf = csrfOf(cookie);
        Response out = given().redirects().follow(false).cookie(UiPaths.COOKIE, cookie).contentType(ContentType.URLENC)
                .formParam("csrf", csrf).post("/ui/sign-out");
        out.then().statusCode(303).header("Location", containsString("/ui/sign-in"));
        assertNotEquals(cookie, out.getCookie(UiPaths.COOKIE));
        given().redirects().follow(false).cookie(UiPaths.COOKIE, cookie).get("/ui/state").then().statusCode(303);
        assertEquals(0, count("select count(*) from ui_session where id_hash = ?", UiSessions.hash(cookie)));
    }

    @Test
    void apiPathsStillWantABearerKeyNotTheCookie() {
        String cookie = session(keyWithRole("viewer"));
        given().cookie(UiPaths.COOKIE, cookie).get("/products").then().statusCode(401);
    }

    @Test
    void pagesAreNotPartOfTheApiContract() {
        given().get("/q/openapi").then().statusCode(200).body(not(containsString("/ui/")));
    }

    /** The token every form of the page carries. */
    static String csrfOf(String cookie) {
        String html = given().cookie(UiPaths.COOKIE, cookie).get("/ui/state").then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the page has a CSRF field");
        return m.group(1);
    }

    private long count(String sql, String... args) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
