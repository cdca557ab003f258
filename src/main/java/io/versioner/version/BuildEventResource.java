package io.versioner.version;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Events")
@SecurityRequirement(name = "bearer")
@Requires(Access.INGEST)
public class BuildEventResource {
    @Inject
    BuildService builds;

    @Schema(name = "BuildEventResult", description = "The build after this event. Replays answer the ids of the first time.")
    public record Answer(@Schema(required = true, description = "The build id") UUID id,
            @Schema(required = true) UUID eventId, @Schema(required = true) UUID productId,
            @Schema(required = true) UUID versionId, @Schema(required = true) String productName,
            @Schema(required = true) String version, @Schema(required = true) EventStatus status,
            @Schema(nullable = true) Instant startedAt, @Schema(nullable = true) Instant completedAt) {
        static Answer of(BuildService.Result r) {
            return new Answer(r.id(), r.eventId(), r.productId(), r.versionId(), r.productName(), r.version(), r.status(),
                    r.startedAt(), r.completedAt());
        }
    }

    @POST
    @Path("build-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postBuildEvent", summary = "Record a build event",
            description = "Creates the product and version when missing; one build per attempt, replay-safe like deployments.")
    public Answer build(@Valid @NotNull BuildEventRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return Answer.of(builds.ingest(body, idempotencyKey));
    }

    @POST
    @Path("version-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postVersionEvent", summary = "Record a build event (alias of /build-events/)")
    public Answer version(@Valid @NotNull BuildEventRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return Answer.of(builds.ingest(body, idempotencyKey));
    }
}
