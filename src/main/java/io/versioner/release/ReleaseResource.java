package io.versioner.release;

import io.versioner.auth.Access;
import io.versioner.auth.Requires;
import io.versioner.common.ApiException;
import io.versioner.common.Limits;
import io.versioner.common.Page;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/releases")
@Tag(name = "Releases", description = "A release groups at most one version per product and tracks their deployments; "
        + "it never deploys. Automatic progress (unless versioner.releases.auto-progress=false), inside the transaction of "
        + "a deployment event for one of its versions: a draft release with versions becomes in_progress, then an "
        + "in_progress release whose versions are all successful in production becomes completed (both steps may happen "
        + "on one event). History entries of automatic moves have the actor `system`. Final releases never move.")
@SecurityRequirement(name = "bearer")
@Requires(Access.READ)
public class ReleaseResource {
    @Inject
    ReleaseService releases;
    @Inject
    ReleaseVersionService versions;
    @Inject
    ReleaseMatrixService matrix;

    @POST
    @Requires(Access.WRITE)
    @Operation(operationId = "createRelease", summary = "Create a release (draft unless in_progress is asked for)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Release.class)))
    public Response create(@NotNull ReleaseCreate body, @Context UriInfo uri) {
        Release r = releases.create(body);
        return Response.created(uri.getBaseUriBuilder().path("releases").path(r.id().toString()).build()).entity(r).build();
    }

    @GET
    @Operation(operationId = "listReleases", summary = "List releases, newest first",
            description = "Repeatable `status` means any of; `q` is a case-insensitive substring of the name.")
    public Page<ReleaseSummary> list(
            @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = ReleaseStatus.class))
            @QueryParam("status") List<String> status,
            @QueryParam("q") String q, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        List<ReleaseStatus> statuses = status.stream().map(s -> {
            ReleaseStatus parsed = ReleaseStatus.fromWire(s.strip());
            if (parsed == null) {
                throw ApiException.invalid("query", "status",
                        "unknown status " + s + "; accepted: draft, in_progress, completed, cancelled", "value_error");
            }
            return parsed;
        }).toList();
        return releases.list(statuses, q, Limits.check(limit), cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRelease", summary = "Get a release with its versions and its progress per environment",
            description = "`progress` has one entry per environment; `deployed` counts the versions whose matrix cell there "
                    + "is success.")
    public Release get(@PathParam("id") UUID id) {
        return releases.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Requires(Access.WRITE)
    @Operation(operationId = "updateRelease", summary = "Change a release's fields or move its status",
            description = "Moves: draft → in_progress → completed, draft or in_progress → cancelled; completed and "
                    + "cancelled are final and read-only (409). Completing needs every version successful in production "
                    + "(409 naming those that are not). The current status again is a no-op (200), even on a final release.")
    public Release update(@PathParam("id") UUID id, @NotNull ReleaseUpdate body) {
        return releases.update(id, body);
    }

    @POST
    @Path("/{id}/versions")
    @Requires(Access.WRITE)
    @Operation(operationId = "addReleaseVersion", summary = "Add a version to a release",
            description = "One version per product: another version of a product already held → 409; unknown version → "
                    + "404; a final release → 409. Adding the version the release already holds changes nothing (200).")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReleaseVersion.class)))
    @APIResponse(responseCode = "200", description = "Already held: nothing changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReleaseVersion.class)))
    public Response addVersion(@PathParam("id") UUID id, @NotNull ReleaseVersionAdd body, @Context UriInfo uri) {
        ReleaseVersionService.Added added = versions.add(id, body);
        if (!added.created()) {
            return Response.ok(added.version()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("releases").path(id.toString()).path("versions")
                .path(added.version().versionId().toString()).build()).entity(added.version()).build();
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listReleaseVersions", summary = "List a release's versions, by product name")
    public Page<ReleaseVersion> listVersions(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return versions.list(id, Limits.check(limit), cursor);
    }

    @GET
    @Path("/{id}/versions/{version_id}")
    @Operation(operationId = "getReleaseVersion", summary = "Get one version of a release")
    public ReleaseVersion getVersion(@PathParam("id") UUID id, @PathParam("version_id") UUID versionId) {
        return versions.get(id, versionId);
    }

    @DELETE
    @Path("/{id}/versions/{version_id}")
    @Requires(Access.WRITE)
    @Operation(operationId = "removeReleaseVersion", summary = "Remove a version from a release (409 on a final release)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeVersion(@PathParam("id") UUID id, @PathParam("version_id") UUID versionId) {
        versions.remove(id, versionId);
    }

    @GET
    @Path("/{id}/deployments")
    @Operation(operationId = "getReleaseMatrix", summary = "The deployment matrix: each version's state in each environment",
            description = "Rows are the release's versions by product name; columns the environments (all, or those named "
                    + "by repeatable `environment`) in environment order. A cell comes from the newest deployment: completed "
                    + "→ success, failed → failed, pending/started → in_progress, none or aborted → not_deployed. Unknown environment "
                    + "names are ignored; `complete_in_production` looks at production whatever the filter.")
    public ReleaseMatrix deployments(@PathParam("id") UUID id, @QueryParam("environment") List<String> environment) {
        return matrix.matrix(id, environment.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listReleaseHistory", summary = "The release's audit trail, oldest first")
    public Page<ReleaseHistoryEntry> history(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return releases.history(id, Limits.check(limit), cursor);
    }
}
