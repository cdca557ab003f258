package io.versioner.deployment;

import io.versioner.auth.Access;
import io.versioner.auth.Requires;
import io.versioner.common.EventStatus;
import io.versioner.common.Idempotency;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/deployment-events")
@Tag(name = "Events")
@SecurityRequirement(name = "bearer")
@Requires(Access.INGEST)
public class DeploymentEventResource {
    @Inject
    DeploymentIngestService ingest;

    @Schema(name = "DeploymentEventResult", description = "The deployment after this event. Replays answer the ids of the first time.")
    public record Answer(@Schema(required = true, description = "The deployment id") UUID id,
            @Schema(required = true) UUID eventId, @Schema(required = true) UUID productId,
            @Schema(required = true) UUID versionId, @Schema(required = true) UUID environmentId,
            @Schema(required = true) String productName, @Schema(required = true) String version,
            @Schema(required = true) String environmentName,
            @Schema(required = true, description = "The deployment's status after this event") EventStatus status,
            @Schema(nullable = true) Instant deployedAt, @Schema(nullable = true) String deployedBy,
            @Schema(nullable = true) String invokeId, @Schema(required = true) Map<String, Object> extraMetadata) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postDeploymentEvent", summary = "Record a deployment event",
            description = "Creates the product, environment (type guessed from its name) and version when missing. "
                    + "Events of one attempt land on one deployment; replays (same Idempotency-Key, same invoke_id and "
                    + "status, or a repeated terminal event within 10 minutes) change nothing and answer the same ids.")
    public Answer post(@Valid @NotNull DeploymentEventRequest body,
            @Parameter(description = "Makes retries safe: the same key answers the first result")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        DeploymentIngestService.Result r = ingest.ingest(body, idempotencyKey);
        DeploymentView d = r.deployment();
        return new Answer(d.id(), r.eventId(), d.productId(), d.versionId(), d.environmentId(), d.productName(),
                d.version(), d.environmentName(), d.status(), d.deployedAt(), d.deployedBy(), d.invokeId(),
                d.extraMetadata());
    }
}
