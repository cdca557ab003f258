package io.versioner.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is good enough for generated clients: ids, named schemas, errors, security. */
@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAUniqueIdNamedSchemasAndTypedErrors() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        paths.forEach((path, ops) -> ops.forEach((method, op) -> {
            String id = (String) op.get("operationId");
            if (id == null || !ids.add(id)) {
                problems.add(method + " " + path + ": missing or duplicate operationId " + id);
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            if (!responses.containsKey("401") || !responses.containsKey("422")) {
                problems.add(method + " " + path + ": no documented 401/422");
            }
            if (op.get("security") == null) {
                problems.add(method + " " + path + ": no security requirement");
            }
        }));
        assertEquals(List.of(), problems);
        Set<String> schemas = doc.<String, Object>getMap("components.schemas").keySet();
        assertTrue(schemas.containsAll(List.of("ErrorBody", "FieldError", "DeploymentEvent", "DeploymentEventResult",
                "BuildEvent", "BuildEventResult", "EventStatus", "EnvironmentType", "Role", "EnvironmentState")), schemas.toString());
        assertTrue(schemas.stream().noneMatch(s -> s.matches(".*\\d$")), "no numbered duplicate schema names: " + schemas);
        given().get("/q/openapi?format=json").then()
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.schemas.EventStatus.enum", hasItems("pending", "completed", "aborted"))
                .body("paths.'/deployment-events'.post.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/DeploymentEvent"));
    }

    @Test
    void swaggerUiAndHealthAreOpen() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        io.versioner.Api.admin().get("/products").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
