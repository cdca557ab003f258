package io.versioner.deployment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeploymentEvent", description = "A deployment step reported by a CI/CD tool. Unknown fields are ignored.")
public record DeploymentEventRequest(
        @NotBlank @Size(max = 255) String productName,
        @NotBlank @Size(max = 255) String version,
        @NotBlank @Size(max = 255) String environmentName,
        @NotBlank @Size(max = 255) @Schema(description = "Case-insensitive: pending, queued, scheduled | started, in_progress, init,"
                + " deploying | success, completed, complete, finished, deployed | failed, fail, failure, error |"
                + " aborted, abort, cancelled, canceled, cancel, skipped") String status,
        @Size(max = 255) String deployedBy,
        @Size(max = 320) String deployedByEmail,
        @Size(max = 255) String deployedByName,
        @Size(max = 1024) String scmBranch,
        @Size(max = 255) String scmSha,
        @Size(max = 2048) String scmRepository,
        @Size(max = 4096) String buildUrl,
        @Size(max = 4096) String deployUrl,
        @Size(max = 255) String buildNumber,
        @Size(max = 255) String sourceSystem,
        @Size(max = 255) @Schema(description = "The CI run; all events of one run land on one deployment") String invokeId,
        @Schema(format = "date-time", description = "RFC 3339; a hint") String startedAt,
        @Schema(format = "date-time", description = "RFC 3339; a hint") String completedAt,
        Boolean skipPreflightChecks,
        @Schema(description = "Any JSON object, at most 64 KiB") Map<String, Object> extraMetadata) {
}
