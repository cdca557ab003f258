package io.versioner.release;

import static io.versioner.Api.admin;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Building blocks for release tests: every name carries the test's own suffix, so tests never share data. */
final class Fixtures {
    private Fixtures() {
    }

    static String createRelease(String name) {
        return admin().body(Map.of("name", name)).post("/releases").then().statusCode(201).extract().path("id");
    }

    /** Creates the version through the catalog and returns its id. */
    static String version(String product, String version) {
        return admin().body(Map.of("product_name", product, "version", version)).post("/versions")
                .then().statusCode(201).extract().path("id");
    }

    /** Creates the version unless an earlier step (a deployment event) already did. */
    static void ensureVersion(String product, String version) {
        admin().body(Map.of("product_name", product, "version", version)).post("/versions")
                .then().statusCode(anyOf(is(201), is(409)));
    }

    static String addVersion(String releaseId, String product, String version) {
        return admin().body(Map.of("product_name", product, "version", version)).post("/releases/" + releaseId + "/versions")
                .then().statusCode(201).extract().path("version_id");
    }

    /** A release holding these versions ("product", "version" pairs), created in the catalog first. */
    static String releaseWith(String name, String... productVersion) {
        String id = createRelease(name);
        for (int i = 0; i < productVersion.length; i += 2) {
            ensureVersion(productVersion[i], productVersion[i + 1]);
            addVersion(id, productVersion[i], productVersion[i + 1]);
        }
        return id;
    }

    /** One deployment event, as a CI tool sends it. */
    static JsonPath deploy(String product, String version, String environment, String status) {
        return admin().body(Map.of("product_name", product, "version", version, "environment_name", environment,
                "status", status)).post("/deployment-events/").then().statusCode(200).extract().jsonPath();
    }

    static String status(String releaseId) {
        return admin().get("/releases/" + releaseId).then().statusCode(200).extract().path("status");
    }

    static JsonPath matrix(String releaseId, List<String> environments) {
        return admin().queryParam("environment", environments).get("/releases/" + releaseId + "/deployments")
                .then().statusCode(200).extract().jsonPath();
    }

    static List<Map<String, Object>> history(String releaseId) {
        return admin().queryParam("limit", 500).get("/releases/" + releaseId + "/history").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** The history as "actor action" lines, e.g. "system status_changed draft->in_progress". */
    static List<String> historyLines(String releaseId) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> e : history(releaseId)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> d = (Map<String, Object>) e.get("details");
            String line = e.get("actor") + " " + e.get("action");
            if ("status_changed".equals(e.get("action"))) {
                line += " " + d.get("from") + "->" + d.get("to");
            }
            lines.add(line);
        }
        return lines;
    }

    private static final Map<String, String> ICONS = Map.of("success", "✅", "not_deployed", "❌", "failed", "🔴",
            "in_progress", "🟡");

    /**
     * The matrix drawn as the product page draws it: one line per row, "product version icon icon …", with the
     * test's suffix cut from product names so that tables read like the seed.
     */
    static String table(String releaseId, List<String> environments, String suffix) {
        JsonPath m = matrix(releaseId, environments);
        List<String> columns = m.getList("environments.name");
        assertEquals(environments, columns, "columns in environment order");
        StringBuilder sb = new StringBuilder();
        List<Map<String, Object>> rows = m.getList("rows");
        for (Map<String, Object> row : rows) {
            sb.append(((String) row.get("product_name")).replace(suffix, "")).append(' ').append(row.get("version"));
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> cells = (Map<String, Map<String, Object>>) row.get("cells");
            assertEquals(columns, new ArrayList<>(cells.keySet()), "a cell for every column, in column order");
            for (String env : columns) {
                sb.append(' ').append(ICONS.get((String) cells.get(env).get("state")));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Lines of "product version icons…" joined as {@link #table} draws them. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
