package io.versioner.deployment;

import io.versioner.auth.Access;
import io.versioner.auth.Requires;
import io.versioner.common.ApiException;
import io.versioner.common.EventStatus;
import io.versioner.common.Limits;
import io.versioner.common.Page;
import io.versioner.common.Times;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Deployments")
@SecurityRequirement(name = "bearer")
@Requires(Access.READ)
public class DeploymentResource {
    @Inject
    DeploymentService deployments;
    @Inject
    EnvironmentStateService state;

    @GET
    @Path("deployments")
    @Operation(operationId = "listDeployments", summary = "List deployments, newest first",
            description = "Repeatable `product`, `environment` and `status` mean any of; `since`/`until` bound the creation time.")
    public Page<DeploymentView> list(@QueryParam("product") List<String> product, @QueryParam("product_id") UUID productId,
            @QueryParam("environment") List<String> environment, @QueryParam("environment_id") UUID environmentId,
            @QueryParam("version") String version, @QueryParam("version_id") UUID versionId,
            @Parameter(description = "Any of these statuses (the event words are accepted too)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EventStatus.class))
            @QueryParam("status") List<String> status,
            @Parameter(description = "Created at or after (RFC 3339)", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("since") String since,
            @Parameter(description = "Created before (RFC 3339)", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("until") String until,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        List<EventStatus> statuses = status.stream().map(s -> EventStatus.ofDeploymentWord(s)
                .orElseThrow(() -> ApiException.invalid("query", "status", "unknown status " + s, "value_error"))).toList();
        var filter = new DeploymentService.Filter(trimmed(product), productId, trimmed(environment), environmentId,
                version == null ? null : version.strip(), versionId, statuses, Times.parse("since", "query", since),
                Times.parse("until", "query", until));
        return deployments.list(filter, Limits.check(limit), cursor);
    }

    @GET
    @Path("deployments/{id}")
    @Operation(operationId = "getDeployment", summary = "Get a deployment with its events, oldest first")
    public DeploymentView get(@PathParam("id") UUID id) {
        return deployments.get(id);
    }

    @GET
    @Path("environment-state")
    @Operation(operationId = "getEnvironmentState", summary = "What runs where: the current version per product and environment",
            description = "The current version is that of the newest completed deployment. A row has `drift` when its cells "
                    + "(in the environments asked for) hold more than one distinct version.")
    public EnvironmentStateService.State environmentState(@QueryParam("product") List<String> product,
            @QueryParam("environment") List<String> environment) {
        return state.state(trimmed(product), trimmed(environment));
    }

    static List<String> trimmed(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
