package io.versioner.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every operation can give, all with the {@code ErrorBody} schema, so that
 * generated clients have a typed error model.
 */
public class OpenApiErrors implements OASFilter {
    private static final Map<String, String> COMMON = Map.of(
            "401", "Missing, unknown or revoked API key",
            "403", "The API key's role may not do this",
            "422", "Invalid field or query parameter",
            "429", "Too many requests (see Retry-After)",
            "500", "Unexpected error (the body carries request_id)",
            "503", "Database unavailable (see Retry-After)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::addErrors));
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
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/ErrorBody")))));
    }
}
