package io.versioner.environment;

import io.versioner.auth.Access;
import io.versioner.auth.Requires;
import io.versioner.common.ApiException;
import io.versioner.common.Limits;
import io.versioner.common.Page;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.versioner.common.PatchValue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/environments")
@Tag(name = "Catalog")
@SecurityRequirement(name = "bearer")
@Requires(Access.READ)
public class EnvironmentResource {
    @Inject
    EnvironmentService environments;

    @Schema(name = "EnvironmentCreate", description = "Without `type`, the type is guessed from the name.")
    public record CreateRequest(@NotBlank @Size(max = 255) String name, EnvironmentType type, String description,
            Map<String, Object> metadata) {
    }

    @Schema(name = "EnvironmentUpdate", description = "Fields present are changed; null clears description and metadata.")
    public record UpdateRequest(@Schema(ref = "EnvironmentType") PatchValue<EnvironmentType> type,
            @Schema(implementation = String.class, nullable = true) PatchValue<String> description,
            @Schema(implementation = Map.class, additionalProperties = Schema.True.class, nullable = true) PatchValue<Map<String, Object>> metadata) {
    }

    @Schema(name = "Environment")
    public record EnvironmentView(@Schema(required = true) UUID id, @Schema(required = true) String name,
            @Schema(required = true) EnvironmentType type, @Schema(nullable = true) String description,
            @Schema(required = true) Map<String, Object> metadata, @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {
        public static EnvironmentView of(Environment e) {
            return new EnvironmentView(e.id, e.name, e.type(), e.description, e.metadata, e.createdAt, e.updatedAt);
        }
    }

    @GET
    @Operation(operationId = "listEnvironments", summary = "List environments: dev, test, staging, production, other, then by name")
    public Page<EnvironmentView> list(
            @Parameter(description = "Any of these types", schema = @Schema(type = SchemaType.ARRAY, implementation = EnvironmentType.class))
            @QueryParam("type") List<String> type, @QueryParam("name") String name,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        Page<Environment> page = environments.list(type.stream().map(t -> parseType(t, "query")).toList(), name, Limits.check(limit), cursor);
        return new Page<>(page.items().stream().map(EnvironmentView::of).toList(), page.nextCursor());
    }

    @POST
    @Requires(Access.WRITE)
    @Operation(operationId = "createEnvironment", summary = "Create an environment (409 when the name exists)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EnvironmentView.class)))
    public Response create(@Valid @NotNull CreateRequest body, @Context UriInfo uri) {
        Environment e = environments.create(body.name().strip(), body.type(), body.description(), body.metadata());
        return Response.created(uri.getBaseUriBuilder().path("environments").path(e.id.toString()).build())
                .entity(EnvironmentView.of(e)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEnvironment", summary = "Get an environment")
    public EnvironmentView get(@PathParam("id") UUID id) {
        return environments.find(id).map(EnvironmentView::of)
                .orElseThrow(() -> ApiException.notFound("Environment " + id + " not found"));
    }

    @PATCH
    @Path("/{id}")
    @Requires(Access.WRITE)
    @Operation(operationId = "updateEnvironment", summary = "Change an environment's type, description or metadata")
    public EnvironmentView update(@PathParam("id") UUID id, @NotNull UpdateRequest body) {
        return EnvironmentView.of(environments.update(id, body.type(),
                body.description(), body.metadata()));
    }

    @DELETE
    @Path("/{id}")
    @Requires(Access.WRITE)
    @Operation(operationId = "deleteEnvironment", summary = "Delete an environment (409 when it has deployments)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        environments.delete(id);
    }

    static EnvironmentType parseType(String value, String where) {
        EnvironmentType t = EnvironmentType.fromWire(value.strip());
        if (t == null) {
            throw ApiException.invalid(where, "type", "one of dev, test, staging, production, other", "value_error");
        }
        return t;
    }
}
