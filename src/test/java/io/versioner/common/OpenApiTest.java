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

/**
 * The OpenAPI document is good enough for generated clients: ids, named schemas, errors, security. The shapes
 * checked here are those openapi-generator's Java and TypeScript clients need (the clients themselves are
 * generated and used in ReleaseWorkflowClientIT and clients/typescript/check.sh).
 */
@QuarkusTest
class OpenApiTest {
    private static final String REF = "#/components/schemas/";

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
    @SuppressWarnings("unchecked")
    void everySchemaIsShapedForGeneratedClients() {
        Map<String, Object> doc = document();
        assertEquals("3.0.3", doc.get("openapi"), "3.0: what client generators read without beta warnings");
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) doc
                .get("components")).get("schemas");
        List<String> problems = new ArrayList<>();
        for (String gone : List.of("UUID", "Instant")) {
            if (schemas.containsKey(gone)) {
                problems.add("component " + gone + ": should be an inline string with a format");
            }
        }
        schemas.keySet().stream().filter(n -> n.startsWith("Page") || n.contains("PatchValue") || n.contains("View"))
                .forEach(n -> problems.add("component " + n + ": named after a Java class"));
        schemas.forEach((name, schema) -> walk(name, schema, problems, schemas.keySet()));
        ((Map<String, Map<String, Map<String, Object>>>) doc.get("paths")).forEach((path, ops) -> ops.forEach((method, op) -> {
            String where = method + " " + path;
            List<Map<String, Object>> params = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
            params.forEach(p -> walk(where + " parameter " + p.get("name"), (Map<String, Object>) p.get("schema"),
                    problems, schemas.keySet()));
            Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
            if (body != null) {
                namedBody(where + " request", body, problems);
            }
            ((Map<String, Map<String, Object>>) op.get("responses")).forEach((code, response) -> {
                if (!code.equals("204")) {
                    namedBody(where + " " + code, response, problems);
                }
                if (code.equals("201") && !((Map<String, Object>) response.getOrDefault("headers", Map.of())).containsKey("Location")) {
                    problems.add(where + " 201: no Location header");
                }
                String error = code.equals("422") ? "ValidationErrorBody" : code.startsWith("4") || code.startsWith("5") ? "ErrorBody" : null;
                if (error != null && !(REF + error).equals(ref(response))) {
                    problems.add(where + " " + code + ": error body should be " + error + ", is " + ref(response));
                }
            });
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void idsTimesNullablesPatchBodiesAndErrorsAreTyped() {
        given().get("/q/openapi?format=json").then()
                // UUID and Instant inline, nullable ones marked
                .body("components.schemas.Release.properties.id.type", equalTo("string"))
                .body("components.schemas.Release.properties.id.format", equalTo("uuid"))
                .body("components.schemas.Release.properties.created_at.format", equalTo("date-time"))
                .body("components.schemas.MatrixCell.properties.deployed_at.format", equalTo("date-time"))
                .body("components.schemas.MatrixCell.properties.deployed_at.nullable", equalTo(true))
                .body("components.schemas.ReleaseVersionAdd.properties.version_id.format", equalTo("uuid"))
                .body("components.schemas.ReleaseVersionAdd.properties.version_id.nullable", equalTo(true))
                .body("paths.'/releases/{id}'.get.parameters[0].schema.format", equalTo("uuid"))
                // pages named after their items, next_cursor nullable
                .body("paths.'/products'.get.responses.'200'.content.'application/json'.schema.$ref", equalTo(REF + "ProductPage"))
                .body("components.schemas.ReleaseSummaryPage.properties.items.items.$ref", equalTo(REF + "ReleaseSummary"))
                .body("components.schemas.ReleaseSummaryPage.properties.next_cursor.nullable", equalTo(true))
                .body("components.schemas.ReleaseSummaryPage.required", hasItems("items", "next_cursor"))
                // PatchValue fields are plain typed fields; null is allowed where it clears
                .body("components.schemas.ReleaseUpdate.properties.name.type", equalTo("string"))
                .body("components.schemas.ReleaseUpdate.properties.description.type", equalTo("string"))
                .body("components.schemas.ReleaseUpdate.properties.description.nullable", equalTo(true))
                .body("components.schemas.ReleaseUpdate.properties.status.$ref", equalTo(REF + "ReleaseStatus"))
                .body("components.schemas.ReleaseUpdate.properties.extra_metadata.type", equalTo("object"))
                .body("components.schemas.ReleaseUpdate.properties.extra_metadata.additionalProperties", equalTo(true))
                .body("components.schemas.ReleaseUpdate.properties.extra_metadata.nullable", equalTo(true))
                .body("components.schemas.EnvironmentUpdate.properties.type.$ref", equalTo(REF + "EnvironmentType"))
                .body("components.schemas.EnvironmentUpdate.properties.metadata.additionalProperties", equalTo(true))
                .body("components.schemas.ProductUpdate.properties.extra_metadata.nullable", equalTo(true))
                // an enum default beside a reference, without a `type` that would make it a string
                .body("components.schemas.ReleaseCreate.properties.status.default", equalTo("draft"))
                .body("components.schemas.ReleaseCreate.properties.status.type", nullValue())
                // errors: any-valued detail (no oneOf with a list, which the Java generator cannot compile), typed 422s
                .body("components.schemas.ErrorBody.properties.detail.oneOf", nullValue())
                .body("components.schemas.ErrorBody.properties.detail.type", nullValue())
                .body("components.schemas.ErrorBody.required", hasItems("detail"))
                .body("components.schemas.ValidationErrorBody.properties.detail.items.$ref", equalTo(REF + "FieldError"))
                .body("components.schemas.FieldError.required", hasItems("loc", "msg", "type"))
                // creates answer the resource, so that a client gets it (and the one-time API key secret)
                .body("paths.'/api-keys'.post.responses.'201'.content.'application/json'.schema.$ref", equalTo(REF + "ApiKeyCreated"))
                .body("paths.'/products'.post.responses.'201'.content.'application/json'.schema.$ref", equalTo(REF + "Product"))
                .body("paths.'/environments'.post.responses.'201'.content.'application/json'.schema.$ref", equalTo(REF + "Environment"))
                .body("paths.'/versions'.post.responses.'201'.content.'application/json'.schema.$ref", equalTo(REF + "Version"))
                // filters with a fixed set of values are enums; list parameters have their bounds
                .body("paths.'/deployments'.get.parameters.find { it.name == 'status' }.schema.items.$ref", equalTo(REF + "EventStatus"))
                .body("paths.'/deployments'.get.parameters.find { it.name == 'since' }.schema.format", equalTo("date-time"))
                .body("paths.'/environments'.get.parameters.find { it.name == 'type' }.schema.items.$ref", equalTo(REF + "EnvironmentType"))
                .body("paths.'/releases'.get.parameters.find { it.name == 'limit' }.schema.maximum", equalTo(500))
                .body("paths.'/releases'.get.parameters.find { it.name == 'limit' }.schema.default", equalTo(50));
    }

    /**
     * Each schema and those inside it: a reference stands alone or in a one-element allOf (no `type` beside it),
     * no anyOf/oneOf, no inline enum or inline object with properties (generators would invent a class name for
     * them), and every reference resolves.
     */
    @SuppressWarnings("unchecked")
    private static void walk(String where, Map<String, Object> schema, List<String> problems, Set<String> names) {
        if (schema == null) {
            return;
        }
        Object ref = schema.get("$ref");
        if (ref != null && (!((String) ref).startsWith(REF) || !names.contains(((String) ref).substring(REF.length())))) {
            problems.add(where + ": unresolved " + ref);
        }
        List<Map<String, Object>> allOf = (List<Map<String, Object>>) schema.get("allOf");
        if ((ref != null || allOf != null) && schema.containsKey("type")) {
            problems.add(where + ": type beside a reference");
        }
        if (allOf != null && (allOf.size() != 1 || !allOf.get(0).containsKey("$ref"))) {
            problems.add(where + ": allOf that is not one reference");
        }
        if (schema.containsKey("anyOf") || schema.containsKey("oneOf")) {
            problems.add(where + ": anyOf/oneOf");
        }
        boolean component = !where.contains(".") && !where.contains(" ");
        if (!component && (schema.containsKey("enum") || schema.containsKey("properties"))) {
            problems.add(where + ": inline enum or object");
        }
        Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) schema.get("properties");
        if (props != null) {
            props.forEach((name, p) -> walk(where + "." + name, p, problems, names));
        }
        walk(where + "[]", (Map<String, Object>) schema.get("items"), problems, names);
        if (schema.get("additionalProperties") instanceof Map<?, ?> additional) {
            walk(where + "{}", (Map<String, Object>) additional, problems, names);
        }
        if (allOf != null) {
            allOf.forEach(s -> walk(where, s, problems, names));
        }
    }

    /** A body's schema is a named component. */
    @SuppressWarnings("unchecked")
    private static void namedBody(String where, Map<String, Object> body, List<String> problems) {
        Map<String, Object> content = (Map<String, Object>) body.get("content");
        if (content == null || !content.containsKey("application/json")) {
            problems.add(where + ": no application/json content");
            return;
        }
        if (ref(body) == null) {
            problems.add(where + ": anonymous body schema");
        }
    }

    @SuppressWarnings("unchecked")
    private static String ref(Map<String, Object> body) {
        Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) body.get("content");
        if (content == null || content.get("application/json") == null) {
            return null;
        }
        Map<String, Object> schema = (Map<String, Object>) content.get("application/json").get("schema");
        return schema == null ? null : (String) schema.get("$ref");
    }

    private static Map<String, Object> document() {
        return given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("");
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
