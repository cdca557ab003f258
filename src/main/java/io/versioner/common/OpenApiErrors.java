package io.versioner.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every operation can give, so that generated clients have a typed error model:
 * 422 with {@code ValidationErrorBody} (its {@code detail} is a list of {@code FieldError}), every other status
 * with {@code ErrorBody}. Then {@link OpenApiSchemas} tidies the schemas for generated clients.
 */
public class OpenApiErrors implements OASFilter {
    private static final Map<String, String> COMMON = Map.of(
            "401", "Missing, unknown or revoked API key",
            "403", "The API key's role may not do this",
            "422", "Invalid field or query parameter",
            "429", "Too many requests (see Retry-After)",
            "500", "Unexpected error (the body carries request_id)",
            "503", "Database unavailable (see Retry-After)");

    private static final String VALIDATION = "ValidationErrorBody";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        errorSchemas(openAPI.getComponents());
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::addErrors));
        OpenApiSchemas.tidy(openAPI);
    }

    /**
     * {@code ErrorBody.detail} is a string, a list of FieldError or an object. openapi-generator cannot build a
     * Java client from that union (its oneOf code does not compile for a list member), so {@code detail} is
     * documented as any JSON value, and the 422 answers, the only ones whose detail is a list, get their own
     * schema in which it is typed.
     */
    private static void errorSchemas(Components components) {
        Schema errorBody = components.getSchemas().get("ErrorBody");
        errorBody.addProperty("detail", OASFactory.createSchema().description("A message (string); for a "
                + "deployment blocked by a policy (409, 423, 428) an object {error, code, message, retry_after, details}. "
                + "Answers 422 have a list of FieldError here instead (ValidationErrorBody)."));
        components.addSchema(VALIDATION, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("The body of every 422: `detail` lists each invalid body field or query parameter.")
                .addRequired("detail")
                .addProperty("detail", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("FieldError")))
                .addProperty("request_id", errorBody.getProperties().get("request_id")));
    }

    private void addErrors(Operation op) {
        APIResponses responses = op.getResponses();
        COMMON.forEach((code, text) -> add(responses, code, text));
        if (op.getRequestBody() != null) {
            add(responses, "400", "Malformed JSON");
            add(responses, "413", "Request body too large");
            add(responses, "415", "Unsupported media type");
        }
        add(responses, "404", "Not found");
        add(responses, "409", "Conflict with the current state");
    }

    private static void add(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        String schema = code.equals("422") ? VALIDATION : "ErrorBody";
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + schema)))));
    }
}
