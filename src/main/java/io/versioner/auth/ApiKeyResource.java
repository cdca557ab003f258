package io.versioner.auth;

import io.versioner.common.Limits;
import io.versioner.common.Page;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api-keys")
@Tag(name = "API keys")
@SecurityRequirement(name = "bearer")
@Requires(Access.ADMIN)
public class ApiKeyResource {
    @Inject
    ApiKeyService keys;

    @Schema(name = "ApiKeyCreate")
    public record CreateRequest(@NotBlank @Size(max = 200) String name, @NotNull Role role) {
    }

    @Schema(name = "ApiKey", description = "An API key as listed: never its secret.")
    public record ApiKeyView(@Schema(required = true) UUID id, @Schema(required = true) String name,
            @Schema(required = true) Role role,
            @Schema(required = true, description = "First characters of the secret, to recognise it") String prefix,
            @Schema(required = true) Instant createdAt, @Schema(nullable = true) Instant lastUsedAt,
            @Schema(nullable = true) Instant revokedAt) {
        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(k.id, k.name, k.role(), k.prefix, k.createdAt, k.lastUsedAt, k.revokedAt);
        }
    }

    @Schema(name = "ApiKeyCreated", description = "A new key; `key` is the secret, shown only in this answer.")
    public record CreatedView(@Schema(required = true) UUID id, @Schema(required = true) String name,
            @Schema(required = true) Role role, @Schema(required = true) String prefix,
            @Schema(required = true) Instant createdAt, @Schema(required = true) String key) {
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "Create an API key (its secret is returned once)")
    @APIResponse(responseCode = "201", description = "Created; the only answer that shows the secret",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreatedView.class)))
    public Response create(@Valid @NotNull CreateRequest body, @jakarta.ws.rs.core.Context UriInfo uri) {
        ApiKeyService.Created c = keys.create(body.name(), body.role());
        ApiKey k = c.key();
        return Response.created(uri.getBaseUriBuilder().path("api-keys").path(k.id.toString()).build())
                .entity(new CreatedView(k.id, k.name, k.role(), k.prefix, k.createdAt, c.secret())).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys, newest first (no secrets)")
    public Page<ApiKeyView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        Page<ApiKey> page = keys.list(Limits.check(limit), cursor);
        return new Page<>(page.items().stream().map(ApiKeyView::of).toList(), page.nextCursor());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") UUID id) {
        keys.revoke(id);
    }
}
