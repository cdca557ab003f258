package io.versioner.version;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BuildEvent", description = "A build reported by a CI tool. Unknown fields are ignored.")
public record BuildEventRequest(
        @NotBlank @Size(max = 255) String productName,
        @NotBlank @Size(max = 255) String version,
        @NotBlank @Size(max = 255) @Schema(description = "Case-insensitive: pending, queued, scheduled, started, in_progress, init,"
                + " deploying, building, success, completed, complete, finished, deployed, built, failed, fail, failure, error,"
                + " aborted, abort, cancelled, canceled, cancel, skipped") String status,
        @Size(max = 255) String builtBy,
        @Size(max = 320) String builtByEmail,
        @Size(max = 255) String builtByName,
        @Size(max = 1024) String scmBranch,
        @Size(max = 255) String scmSha,
        @Size(max = 2048) String scmRepository,
        @Size(max = 4096) String buildUrl,
        @Size(max = 255) String buildNumber,
        @Size(max = 255) String sourceSystem,
        @Size(max = 255) String invokeId,
        @Schema(format = "date-time", description = "RFC 3339; a hint") String startedAt,
        @Schema(format = "date-time", description = "RFC 3339; a hint") String completedAt,
        Map<String, Object> extraMetadata) {
}
