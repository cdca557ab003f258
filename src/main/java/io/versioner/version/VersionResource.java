package io.versioner.version;

import io.versioner.auth.Access;
import io.versioner.auth.Requires;
import io.versioner.common.ApiException;
import io.versioner.common.Limits;
import io.versioner.common.Page;
import io.versioner.common.Text;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/versions")
@Tag(name = "Catalog")
@SecurityRequirement(name = "bearer")
@Requires(Access.READ)
public class VersionResource {
    @Inject
    VersionService versions;
    @Inject
    VersionQueries queries;

    @Schema(name = "VersionCreate", description = "Name the product by `product_name` (created if missing) or `product_id`.")
    public record CreateRequest(@Size(max = 255) String productName, UUID productId, @NotBlank @Size(max = 255) String version,
            @Size(max = 255) String scmSha, @Size(max = 1024) String scmBranch, @Size(max = 2048) String scmRepository,
            @Size(max = 4096) String buildUrl, @Size(max = 255) String buildNumber, Map<String, Object> extraMetadata) {
    }

    @GET
    @Operation(operationId = "listVersions", summary = "List versions, newest first")
    public Page<VersionView> list(@QueryParam("product") String product, @QueryParam("product_id") UUID productId,
            @QueryParam("scm_sha") String scmSha, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return queries.views(versions.list(product, productId, scmSha, Limits.check(limit), cursor));
    }

    @POST
    @Requires(Access.WRITE)
    @Operation(operationId = "createVersion", summary = "Create a version (409 when it exists)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VersionView.class)))
    public Response create(@Valid @NotNull CreateRequest body, @Context UriInfo uri) {
        String productName = Text.trimToNull(body.productName());
        if (productName == null && body.productId() == null) {
            throw ApiException.invalid("body", "product_name", "give product_name or product_id", "missing");
        }
        Version v = versions.create(body.productId(), productName, body.version().strip(),
                new ScmInfo(Text.trimToNull(body.scmSha()), Text.trimToNull(body.scmBranch()),
                        Text.trimToNull(body.scmRepository()), Text.trimToNull(body.buildUrl()),
                        Text.trimToNull(body.buildNumber())),
                io.versioner.common.Json.readMap(io.versioner.common.Json.metadata("extra_metadata", body.extraMetadata())));
        return Response.created(uri.getBaseUriBuilder().path("versions").path(v.id.toString()).build())
                .entity(queries.detail(v.id)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVersion", summary = "Get a version with its builds and the environments where it is current")
    public VersionView get(@PathParam("id") UUID id) {
        return queries.detail(id);
    }
}
