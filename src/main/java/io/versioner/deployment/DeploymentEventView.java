package io.versioner.deployment;

import io.versioner.common.EventStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeploymentEventRecord", description = "One event as received; immutable.")
public record DeploymentEventView(@Schema(required = true) UUID id, @Schema(required = true) EventStatus status,
        @Schema(required = true, description = "The status word as sent") String statusWord,
        @Schema(nullable = true) String invokeId, @Schema(required = true) Instant receivedAt,
        @Schema(required = true, description = "The event's fields as received") Map<String, Object> payload) {
}
