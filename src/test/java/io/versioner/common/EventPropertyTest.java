package io.versioner.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.versioner.Api;
import io.versioner.support.Figures;
import io.versioner.support.Gen;
import io.versioner.support.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property-based test of the event endpoints: generated events (valid ones, and hostile ones with wrong types,
 * blank, over-long, NUL, lone-surrogate, SQL-ish and exotic Unicode text, bad metadata, broken JSON) are posted
 * to the running app. Whatever comes in: the answer is 200 or a 4xx, never a 5xx; errors are JSON with a
 * {@code detail}; valid events are accepted and their names come back exactly, trimmed.
 *
 * <p>Cases come from small seeded generators ({@link Gen}), one app start for all of them. Reproduce a failure
 * with {@code -Dversioner.seed=<the seed in the message>}; change the number of cases with
 * {@code -Dversioner.cases=N}.
 */
@QuarkusTest
class EventPropertyTest {
    static final Set<String> DEPLOY_WORDS = Set.of("pending", "queued", "scheduled", "started", "in_progress", "init",
            "deploying", "success", "completed", "complete", "finished", "deployed", "failed", "fail", "failure", "error",
            "aborted", "abort", "cancelled", "canceled", "cancel", "skipped");
    static final Set<String> CANONICAL = Set.of("pending", "started", "completed", "failed", "aborted");

    /** A field value as generated, and whether the server must accept it. */
    record Value(Object json, boolean ok) {
    }

    static final Gen<String> PLAIN = Gen.string(Gen.charsOf("abcdefghijklmnopqrstuvwxyz0123456789-_."), 1, 40);

    /** Text for a name that must be accepted: plain, exotic Unicode, SQL-ish, any code points; maybe padded. */
    static Gen<Value> goodName() {
        Gen<String> unicode = Gen.of("🚀 rocket", "Ünïcødé-svc", "שלום", "日本語サービス", "e\u0301clair",
                "zero\u200Bwidth", "tab\there", "line\nbreak", "emoji👩‍💻team", "ＦＵＬＬＷＩＤＴＨ", "\u00A0nbsp\u00A0");
        Gen<String> sqlish = Gen.of("'; drop table product; --", "x' or '1'='1", "%", "_", "\\", "a%b_c\\d",
                "$$; select pg_sleep(10); $$", "\"quoted\"", "<script>alert(1)</script>", "../../etc/passwd", "{{7*7}}",
                "${jndi:ldap://x}", "Robert'); --");
        Gen<String> anyText = Gen.listOf(Gen.anyCodePoint(), 1, 30).map(l -> String.join("", l));
        Gen<String> padding = Gen.of("", "", " ", "  \t", "\n");
        return Gen.<String>weighted(6, PLAIN, 2, unicode, 2, sqlish, 3, anyText)
                .flatMap(s -> r -> padding.next(r) + s + padding.next(r))
                .filter(EventPropertyTest::acceptable)
                .map(s -> new Value(s, true));
    }

    /** Text for a name that is refused (or, for random code units, whatever the rule says). */
    static Gen<Value> badName() {
        return Gen.oneOf(
                Gen.of("", "   ", "\t\n", "\u2003", "\u3000 ").map(s -> new Value(s, false)),
                Gen.string(Gen.charsOf("abcxyz"), 256, 400).map(s -> new Value(s, false)),
                PLAIN.map(s -> new Value(s + "\u0000" + s, false)),
                PLAIN.map(s -> new Value(s + "\ud800", false)),
                PLAIN.map(s -> new Value("\udc00" + s, false)),
                Gen.string(Gen.anyChar(), 1, 20).map(s -> new Value(s, acceptable(s))),
                Gen.<Object>of(Map.of("a", 1), List.of("x"), List.of()).map(o -> new Value(o, false)),
                Gen.constant(new Value(null, false)));
    }

    /** Whether a name is accepted: at most 255 characters as sent, not blank after trimming, storable text. */
    static boolean acceptable(String s) {
        return s.length() <= 255 && !s.strip().isEmpty() && Text.unstorable(s) == null;
    }

    static Gen<Value> goodStatus() {
        return Gen.of(DEPLOY_WORDS.toArray(String[]::new))
                .flatMap(w -> Gen.of(w, w.toUpperCase(Locale.ROOT), " " + w + " ",
                        Character.toUpperCase(w.charAt(0)) + w.substring(1)))
                .map(w -> new Value(w, true));
    }

    static Gen<Value> badStatus() {
        return Gen.oneOf(
                Gen.of("succes", "done", "ok", "", "  ", "running", "success!", "succ\u0000ess", "\ud800")
                        .map(w -> new Value(w, false)),
                Gen.<Object>of(List.of(), Map.of()).map(o -> new Value(o, false)),
                Gen.constant(new Value(null, false)));
    }

    /** extra_metadata: absent, or an object of assorted JSON. */
    static Gen<Value> metadata() {
        Gen<Object> leaf = Gen.oneOf(
                Gen.listOf(Gen.anyCodePoint(), 0, 20).map(l -> String.join("", l)).filter(t -> Text.unstorable(t) == null)
                        .map(t -> (Object) t),
                r -> (Object) r.nextInt(), r -> (Object) (r.nextDouble() * 1e6), Gen.<Object>of(true, false), Gen.constant(null));
        Gen<Object> value = Gen.oneOf(leaf, Gen.listOf(leaf, 0, 3).map(l -> (Object) l));
        Gen<Object> object = Gen.mapOf(Gen.string(Gen.charsOf("abcdefghij_"), 1, 10), value, 6).map(m -> (Object) m);
        return Gen.weighted(
                3, Gen.constant(new Value(Absent.INSTANCE, true)),
                5, object.map(o -> new Value(o, true)));
    }

    static Gen<Value> badMetadata() {
        return Gen.oneOf(
                Gen.<Object>of(List.of(1, 2), "text", 42).map(o -> new Value(o, false)),
                Gen.of(
                        new Value(Map.of("big", "y".repeat(70_000)), false),
                        new Value(Map.of("nul", "a\u0000b"), false),
                        new Value(Map.of("deep", new JsonText.Raw("[".repeat(5_000) + "]".repeat(5_000))), false),
                        new Value(Map.of("k\u0000", 1), false)));
    }

    enum Absent {
        INSTANCE
    }

    /** One generated request: endpoint, fields (Absent = left out), and a way to break the JSON text. */
    record Case(boolean build, Map<String, Value> fields, int breakage) {
        boolean valid() {
            return breakage == 0 && fields.values().stream().allMatch(Value::ok);
        }

        String path() {
            return build ? "/build-events/" : "/deployment-events/";
        }

        byte[] body(Random random) {
            Map<String, Object> json = new LinkedHashMap<>();
            fields.forEach((k, v) -> {
                if (v.json() != Absent.INSTANCE) {
                    json.put(k, v.json());
                }
            });
            String text = JsonText.write(json, random);
            text = switch (breakage) {
                case 1 -> text.substring(0, text.length() / 2); // truncated
                case 2 -> "[" + text + "]"; // valid JSON, not an object
                case 3 -> text.replaceFirst(":", ""); // syntax error
                default -> text;
            };
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    static final List<String> DEPLOY_FIELDS = List.of("product_name", "version", "environment_name", "status",
            "deployed_by", "invoke_id", "completed_at", "extra_metadata");
    static final List<String> BUILD_FIELDS = List.of("product_name", "version", "status", "built_by", "invoke_id",
            "started_at", "extra_metadata");

    /**
     * Four cases in ten are valid throughout; the others break exactly one thing (one field, or the JSON text),
     * so that the refusal can be checked to name that field.
     */
    static Gen<Case> cases() {
        Gen<Value> goodName = goodName();
        Gen<Value> badName = badName();
        Gen<Value> goodOptional = Gen.weighted(2, Gen.constant(new Value(Absent.INSTANCE, true)), 1, goodName);
        Gen<Value> badOptional = Gen.of(new Value("x\u0000", false), new Value(List.of(1), false),
                new Value("y".repeat(300), false), new Value("\udfff", false));
        Gen<Value> goodTime = Gen.of(new Value(Absent.INSTANCE, true), new Value("2025-11-06T15:30:00Z", true),
                new Value("2025-11-06T15:30:00+02:00", true), new Value("2025-11-06T15:30:00", true));
        Gen<Value> badTime = Gen.of(new Value("yesterday", false), new Value("+999999999-12-31T23:59:59Z", false),
                new Value("2025-13-45T00:00:00Z", false), new Value(12345, false), new Value("\u0000", false));
        Gen<Value> goodStatus = goodStatus();
        // builds also take "building" and "built"; deployments refuse them
        Gen<Value> buildOnly = Gen.of("building", "Built", " BUILT ").map(w -> new Value(w, true));
        Gen<Value> badStatus = badStatus();
        Gen<Value> goodMeta = metadata();
        Gen<Value> badMeta = badMetadata();
        return r -> {
            boolean build = r.nextBoolean();
            List<String> names = build ? BUILD_FIELDS : DEPLOY_FIELDS;
            Map<String, Value> f = new LinkedHashMap<>();
            for (String field : names) {
                f.put(field, switch (field) {
                    case "product_name", "version", "environment_name" -> goodName.next(r);
                    case "status" -> build && r.nextInt(5) == 0 ? buildOnly.next(r) : goodStatus.next(r);
                    case "started_at", "completed_at" -> goodTime.next(r);
                    case "extra_metadata" -> goodMeta.next(r);
                    default -> goodOptional.next(r);
                });
            }
            int breakage = 0;
            if (r.nextInt(10) >= 4) {
                int which = r.nextInt(names.size() + 2);
                if (which >= names.size()) {
                    breakage = 1 + r.nextInt(3);
                } else {
                    String field = names.get(which);
                    f.put(field, switch (field) {
                        case "product_name", "version", "environment_name" -> badName.next(r);
                        case "status" -> !build && r.nextInt(5) == 0 ? new Value(buildOnly.next(r).json(), false) : badStatus.next(r);
                        case "started_at", "completed_at" -> badTime.next(r);
                        case "extra_metadata" -> badMeta.next(r);
                        default -> badOptional.next(r);
                    });
                }
            }
            return new Case(build, f, breakage);
        };
    }

    /** The one field a single-fault case broke, or null. */
    static String brokenField(Case c) {
        return c.fields().entrySet().stream().filter(e -> !e.getValue().ok()).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    @Test
    void eventEndpointsAnswer200Or4xxAndRoundTripNames() {
        long seed = Long.getLong("versioner.seed", new Random().nextLong());
        int n = Integer.getInteger("versioner.cases", 1200);
        Random random = new Random(seed);
        Gen<Case> generator = cases();
        int accepted = 0;
        int refused = 0;
        int checkedByRead = 0;
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Case c = generator.next(random);
            byte[] body = c.body(random);
            String shown = new String(body, StandardCharsets.UTF_8);
            String where = "case " + i + " (seed " + seed + "): POST " + c.path() + " "
                    + (shown.length() > 400 ? shown.substring(0, 400) + "…" : shown);
            Response r = given().header("Authorization", "Bearer " + Api.ADMIN_KEY)
                    .contentType("application/json; charset=UTF-8").body(body).post(c.path());
            int status = r.statusCode();
            String answer = r.asString();
            if (status >= 500) {
                fail("5xx for " + where + " -> " + status + " " + answer);
            }
            assertTrue(r.contentType().startsWith("application/json"), where + " -> content type " + r.contentType());
            assertFalse(answer.contains("Exception") || answer.contains("\tat "), where + " leaks: " + answer);
            if (c.valid()) {
                assertEquals(200, status, where + " -> " + answer);
                Map<String, Object> a = r.jsonPath().getMap("$");
                assertEquals(((String) c.fields().get("product_name").json()).strip(), a.get("product_name"), where);
                assertEquals(((String) c.fields().get("version").json()).strip(), a.get("version"), where);
                if (!c.build()) {
                    assertEquals(((String) c.fields().get("environment_name").json()).strip(), a.get("environment_name"), where);
                }
                assertTrue(CANONICAL.contains((String) a.get("status")), where + " -> " + answer);
                assertNotNull(a.get("id"), where);
                if (i % 10 == 0 && !c.build()) {
                    // and as stored: read back through the API
                    Response read = Api.admin().get("/deployments/" + a.get("id"));
                    assertEquals(a.get("product_name"), read.path("product_name"), where);
                    assertEquals(a.get("environment_name"), read.path("environment_name"), where);
                    checkedByRead++;
                }
                accepted++;
            } else {
                assertTrue(status == 400 || status == 413 || status == 422, where + " -> " + status + " " + answer);
                Object detail = r.jsonPath().get("detail");
                assertNotNull(detail, where + " -> " + answer);
                String field = brokenField(c);
                if (status == 422 && field != null && detail instanceof List<?> errors) {
                    // the refusal names the broken field (or the body, when the database refused a nested value)
                    List<String> loc = r.jsonPath().getList("detail[0].loc");
                    assertEquals("body", loc.get(0), where + " -> " + answer);
                    assertTrue(loc.size() == 1 || loc.get(1).equals(field), where + " -> names " + loc + ", not " + field);
                    assertEquals(1, errors.size(), where + " -> " + answer);
                }
                refused++;
            }
            statuses.add(String.valueOf(status));
        }
        Figures.record("EventPropertyTest", "cases tried " + n + " (seed " + seed + "): accepted " + accepted
                + ", refused with 4xx " + refused + ", read back " + checkedByRead + ", 5xx 0");
    }
}
