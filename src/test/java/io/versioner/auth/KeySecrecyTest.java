package io.versioner.auth;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.versioner.Api;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * API key secrets: stored only as a SHA-256 hash, shown once (in the creation answer), never listed, never
 * echoed in errors, never logged.
 */
@QuarkusTest
class KeySecrecyTest {
    @Inject
    AgroalDataSource db;

    /** Everything logged while {@code action} runs, as text (message, parameters, exception). */
    static List<String> logsDuring(Runnable action) {
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                StringBuilder sb = new StringBuilder(String.valueOf(r.getMessage()));
                if (r.getParameters() != null) {
                    for (Object p : r.getParameters()) {
                        sb.append(' ').append(p);
                    }
                }
                for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                    sb.append(' ').append(t);
                }
                lines.add(sb.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            action.run();
        } finally {
            root.removeHandler(capture);
        }
        return lines;
    }

    @Test
    void secretsAreStoredOnlyAsHashesShownOnceAndNeverLogged() throws Exception {
        List<String> answers = new ArrayList<>();
        String[] secret = new String[1];
        String[] id = new String[1];
        List<String> logged = logsDuring(() -> {
            Response created = admin().body("{\"name\":\"" + unique("secret") + "\",\"role\":\"editor\"}").post("/api-keys");
            created.then().statusCode(201);
            assertEquals("no-store", created.header("Cache-Control"), "the one answer with a secret is never cached");
            secret[0] = created.path("key");
            id[0] = created.path("id");
            // use it, misuse it, revoke it, use it again: answers and logs must never carry it
            answers.add(Api.as(secret[0]).get("/products").asString());
            answers.add(Api.as(secret[0]).body("{\"name\":\"x\",\"role\":\"viewer\"}").post("/api-keys").asString());
            answers.add(Api.as(secret[0] + "x").get("/products").asString());
            answers.add(given().header("Authorization", "Bearer " + secret[0].toUpperCase()).get("/products").asString());
            answers.add(given().header("Authorization", secret[0]).get("/products").asString());
            answers.add(Api.as(secret[0]).body("{\"product_name\": ").post("/deployment-events/").asString());
            answers.add(admin().get("/api-keys?limit=500").asString());
            answers.add(admin().get("/api-keys/" + id[0]).asString());
            admin().delete("/api-keys/" + id[0]).then().statusCode(204);
            answers.add(Api.as(secret[0]).get("/products").asString());
            answers.add(admin().get("/q/openapi").asString());
        });
        String randomPart = secret[0].substring(8); // the first 8 characters are the listed prefix
        for (String a : answers) {
            assertFalse(a.contains(randomPart), "an answer carries the secret: " + a);
        }
        for (String line : logged) {
            assertFalse(line.contains(randomPart), "the secret was logged: " + line);
        }

        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret[0].getBytes(StandardCharsets.UTF_8)));
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select * from api_key")) {
            ResultSetMetaData meta = rs.getMetaData();
            boolean found = false;
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String value = rs.getString(i);
                    assertFalse(value != null && value.contains(randomPart),
                            "api_key." + meta.getColumnName(i) + " holds the secret");
                }
                found |= hash.equals(rs.getString("key_hash"));
            }
            assertTrue(found, "the key is stored as the SHA-256 of its secret");
        }
    }

    @Test
    void theListingNeverShowsSecretsOrHashes() {
        String secret = Api.keyWithRole("viewer");
        String listed = admin().get("/api-keys?limit=500").asString();
        assertFalse(listed.contains(secret.substring(8)));
        assertFalse(listed.contains("key_hash") || listed.contains("\"key\""), listed.substring(0, Math.min(300, listed.length())));
    }
}
