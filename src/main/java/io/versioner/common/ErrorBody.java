package io.versioner.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every error body: a top-level {@code detail} (a string, a list of {@link FieldError}, or an object). */
@Schema(name = "ErrorBody", description = "Error body. `detail` is a message string, a list of FieldError (422), "
        + "or a policy object for blocked deployments. `request_id` matches the server log line.")
// written by a plain ObjectMapper outside REST (BodyLimit, QueryGuard): registered for native images
@io.quarkus.runtime.annotations.RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(
        // OpenApiErrors documents detail as any value for generated clients; this oneOf keeps FieldError a schema.
        @Schema(required = true, description = "A string, a list of FieldError, or an object",
                oneOf = {String.class, FieldError[].class, Object.class}) Object detail,
        // named explicitly: Vert.x-level refusals (413, query checks) write this with a plain ObjectMapper
        @JsonProperty("request_id")
        @Schema(description = "This request's id, as in the server's log line; always on 5xx") String requestId) {
}
