package io.versioner.common;

import static io.restassured.RestAssured.given;
import static io.versioner.Api.admin;
import static io.versioner.Api.unique;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Every error answers JSON with a top-level detail, never a stack trace, class name or SQL. */
@QuarkusTest
class ErrorsTest {

    static void clean(Response r) {
        String body = r.asString();
        for (String leak : new String[] { "Exception", "at io.", "at org.", "java.", "SELECT", "select ", "insert into", "jakarta." }) {
            org.junit.jupiter.api.Assertions.assertFalse(body.contains(leak), "leaks '" + leak + "': " + body);
        }
    }

    @Test
    void missingFieldsAre422NamingEachField() {
        Response r = admin().body("{\"version\":\"1\"}").post("/deployment-events/");
        r.then().statusCode(422)
                .body("detail.loc", hasItems(contains("body", "product_name"), contains("body", "environment_name"),
                        contains("body", "status")))
                .body("detail[0].type", equalTo("missing"));
        clean(r);
    }

    @Test
    void blankAndOverlongValuesAre422() {
        admin().body("{\"product_name\":\"   \",\"version\":\"1\",\"environment_name\":\"dev\",\"status\":\"success\"}")
                .post("/deployment-events/").then().statusCode(422).body("detail[0].loc", contains("body", "product_name"));
        admin().body("{\"product_name\":\"" + "x".repeat(256) + "\",\"version\":\"1\",\"environment_name\":\"dev\",\"status\":\"success\"}")
                .post("/deployment-events/").then().statusCode(422).body("detail[0].loc", contains("body", "product_name"));
    }

    @Test
    void malformedJsonIs400() {
        Response r = admin().body("{\"product_name\": ").post("/deployment-events/");
        r.then().statusCode(400).body("detail", containsString("Malformed JSON"));
        clean(r);
        admin().body("not json at all").post("/build-events/").then().statusCode(400);
    }

    @Test
    void validJsonThatIsNotAnObjectIs422() {
        admin().body("[]").post("/deployment-events/").then().statusCode(422).body("detail[0].loc", contains("body"));
        admin().body("\"x\"").post("/deployment-events/").then().statusCode(422);
        admin().body("42").post("/build-events/").then().statusCode(422);
    }

    @Test
    void wrongTypesAre422NamingTheField() {
        Response r = admin().body("{\"product_name\":\"a\",\"version\":\"1\",\"environment_name\":\"dev\",\"status\":\"success\","
                + "\"extra_metadata\":[1,2]}").post("/deployment-events/");
        r.then().statusCode(422).body("detail[0].loc", contains("body", "extra_metadata"));
        clean(r);
        admin().body("{\"product_name\":{\"a\":1},\"version\":\"1\",\"environment_name\":\"dev\",\"status\":\"success\"}")
                .post("/deployment-events/").then().statusCode(422).body("detail[0].loc", contains("body", "product_name"));
    }

    @Test
    void emptyBodyIs422() {
        admin().body("").post("/deployment-events/").then().statusCode(anyOf(is(400), is(422))).body("detail", notNullValue());
    }

    @Test
    void wrongContentTypeIs415() {
        given().header("Authorization", "Bearer " + io.versioner.Api.ADMIN_KEY).contentType("text/plain")
                .body("product_name=x").post("/deployment-events/").then().statusCode(415).body("detail", notNullValue());
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String big = "{\"product_name\":\"a\",\"version\":\"1\",\"environment_name\":\"dev\",\"status\":\"success\","
                + "\"extra_metadata\":{\"x\":\"" + "y".repeat(1_100_000) + "\"}}";
        admin().body(big).post("/deployment-events/").then().statusCode(413);
    }

    @Test
    void metadataOver64KiBIsRefused() {
        String big = "{\"product_name\":\"" + unique("m") + "\",\"version\":\"1\",\"environment_name\":\"dev\",\"status\":\"success\","
                + "\"extra_metadata\":{\"x\":\"" + "y".repeat(70_000) + "\"}}";
        admin().body(big).post("/deployment-events/").then().statusCode(anyOf(is(413), is(422)))
                .body("detail", notNullValue());
    }

    @Test
    void unknownPathsAndMethodsAnswerJson() {
        admin().get("/nowhere").then().statusCode(404).body("detail", notNullValue());
        admin().get("/products/" + java.util.UUID.randomUUID()).then().statusCode(404).body("detail", containsString("not found"));
        admin().body("{}").patch("/versions/" + java.util.UUID.randomUUID()).then().statusCode(405).body("detail", notNullValue());
        admin().delete("/deployment-events/").then().statusCode(405);
    }

    @Test
    void limitOutsideRangeIs422() {
        admin().get("/deployments?limit=0").then().statusCode(422).body("detail[0].loc", contains("query", "limit"));
        admin().get("/products?limit=501").then().statusCode(422);
        admin().get("/deployments?cursor=garbage!!").then().statusCode(422).body("detail[0].loc", contains("query", "cursor"));
    }

    @Test
    void responsesCarryARequestId() {
        Response r = admin().get("/nowhere");
        String id = r.header("X-Request-Id");
        org.junit.jupiter.api.Assertions.assertNotNull(id);
        r.then().body("request_id", equalTo(id));
    }
}
