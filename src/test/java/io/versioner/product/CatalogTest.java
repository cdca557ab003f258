package io.versioner.product;

import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogTest {

    static Response deploy(String product, String version, String env, String status) {
        return admin().body("{\"product_name\":\"" + product + "\",\"version\":\"" + version + "\",\"environment_name\":\""
                + env + "\",\"status\":\"" + status + "\"}").post("/deployment-events/");
    }

    @Test
    void productsAreCreatedUpdatedListedAndDeleted() {
        String name = unique("Catalog-Prod");
        Response created = admin().body("{\"name\":\"" + name + "\",\"description\":\"d\",\"extra_metadata\":{\"team\":\"a\"}}")
                .post("/products/");
        created.then().statusCode(201).header("Location", endsWith("/products/" + created.path("id")))
                .body("extra_metadata.team", equalTo("a"));
        admin().body("{\"name\":\"" + name + "\"}").post("/products").then().statusCode(409);
        String id = created.path("id");
        admin().body("{\"description\":\"new\"}").patch("/products/" + id).then().statusCode(200)
                .body("description", equalTo("new")).body("extra_metadata.team", equalTo("a"));
        admin().get("/products?q=" + name.toLowerCase().substring(8)).then().body("items.name", hasItem(name));
        admin().get("/products?name=" + name).then().body("items", hasSize(1));
        admin().get("/products?q=%25").then().statusCode(200);
        admin().delete("/products/" + id).then().statusCode(204);
        admin().get("/products/" + id).then().statusCode(404);
    }

    @Test
    void deletingAProductRemovesItsVersionsAndDeployments() {
        String product = unique("doomed");
        Response d = deploy(product, "1", "dev", "success");
        admin().delete("/products/" + d.path("product_id")).then().statusCode(204);
        admin().get("/deployments/" + d.path("id")).then().statusCode(404);
        admin().get("/versions/" + d.path("version_id")).then().statusCode(404);
    }

    @Test
    void environmentsAreOrderedByTypeThenNameAndCanBeRetyped() {
        String s = unique("");
        for (String n : new String[] { "zz-prod" + s, "aa-staging" + s, "dev" + s, "qa" + s, "blue" + s }) {
            admin().body("{\"name\":\"" + n + "\"}").post("/environments").then().statusCode(201);
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            Response page = admin().get("/environments?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            page.then().statusCode(200);
            names.addAll(page.path("items.name"));
            cursor = page.path("next_cursor");
        } while (cursor != null);
        List<String> mine = names.stream().filter(n -> n.endsWith(s)).toList();
        org.junit.jupiter.api.Assertions.assertEquals(
                List.of("dev" + s, "qa" + s, "aa-staging" + s, "zz-prod" + s, "blue" + s), mine);
        String id = admin().get("/environments?name=blue" + s).path("items[0].id");
        admin().body("{\"type\":\"production\"}").patch("/environments/" + id).then().statusCode(200)
                .body("type", equalTo("production"));
        admin().get("/environments?type=production&type=dev").then()
                .body("items.name", hasItems("blue" + s, "zz-prod" + s, "dev" + s)).body("items.name", not(hasItem("qa" + s)));
        admin().body("{\"name\":\"qa" + s + "\"}").post("/environments").then().statusCode(409);
        admin().body("{\"type\":\"moon\"}").patch("/environments/" + id).then().statusCode(422);
    }

    @Test
    void anEnvironmentWithDeploymentsCannotBeDeleted() {
        String env = unique("busy");
        Response d = deploy(unique("svc"), "1", env, "success");
        admin().delete("/environments/" + d.path("environment_id")).then().statusCode(409);
        String idle = admin().body("{\"name\":\"" + unique("idle") + "\"}").post("/environments").path("id");
        admin().delete("/environments/" + idle).then().statusCode(204);
    }

    @Test
    void versionsCanBeCreatedButNotModified() {
        String product = unique("v");
        Response v = admin().body("{\"product_name\":\"" + product + "\",\"version\":\"1.0\",\"scm_sha\":\"s1\"}").post("/versions/");
        v.then().statusCode(201).body("product_name", equalTo(product)).body("builds", hasSize(0));
        admin().body("{\"product_name\":\"" + product + "\",\"version\":\"1.0\"}").post("/versions").then().statusCode(409);
        admin().body("{\"version\":\"x\"}").patch("/versions/" + v.path("id")).then().statusCode(405);
        admin().body("{\"version\":\"2\"}").post("/versions").then().statusCode(422);
    }

    @Test
    void deploymentsAreFilteredAndPagedNewestFirstByCursor() {
        String product = unique("paged");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(0, deploy(product, "1." + i, i % 2 == 0 ? "dev" : "prod", i == 3 ? "failed" : "success").path("id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Response page = admin().get("/deployments?product=" + product + "&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(page.path("items.id"));
            cursor = page.path("next_cursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(ids, seen);
        admin().get("/deployments?product=" + product + "&status=failed").then().body("items", hasSize(1))
                .body("items[0].version", equalTo("1.3"));
        admin().get("/deployments?product=" + product + "&environment=dev&environment=prod").then().body("items", hasSize(7));
        admin().get("/deployments?product=" + product + "&environment=prod").then().body("items", hasSize(3));
        admin().get("/deployments?product=" + product + "&version=1.4").then().body("items", hasSize(1));
        admin().get("/deployments?product=" + product + "&since=2000-01-01T00:00:00Z&until=2001-01-01T00:00:00Z")
                .then().body("items", hasSize(0));
        admin().get("/deployments?status=bogus").then().statusCode(422);
    }

    @Test
    void environmentStateShowsTheCurrentVersionAndDrift() {
        String a = unique("state-a");
        String b = unique("state-b");
        String dev = unique("dev");
        String prod = unique("prod");
        deploy(a, "1.0", dev, "success");
        deploy(a, "1.0", prod, "success");
        deploy(b, "2.0", dev, "success");
        deploy(b, "1.9", prod, "success");
        deploy(b, "2.1", dev, "failed");
        Response r = admin().get("/environment-state/?product=" + a + "&product=" + b + "&environment=" + dev
                + "&environment=" + prod);
        r.then().statusCode(200)
                .body("environments.name", contains(dev, prod))
                .body("rows.product_name", contains(a, b))
                .body("rows[0].drift", equalTo(false))
                .body("rows[1].drift", equalTo(true));
        java.util.Map<String, java.util.Map<String, Object>> cells = r.jsonPath().getMap("rows[1].cells");
        org.junit.jupiter.api.Assertions.assertEquals("2.0", cells.get(dev).get("version"));
        org.junit.jupiter.api.Assertions.assertEquals("1.9", cells.get(prod).get("version"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(dev, prod), new ArrayList<>(cells.keySet()));
        admin().get("/environment-state?product=" + b + "&environment=" + dev).then().body("rows[0].drift", equalTo(false));
    }
}
