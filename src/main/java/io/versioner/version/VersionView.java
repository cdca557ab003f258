package io.versioner.version;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Version")
public record VersionView(@Schema(required = true) UUID id, @Schema(required = true) UUID productId,
        @Schema(required = true) String productName, @Schema(required = true) String version,
        @Schema(nullable = true) String scmSha, @Schema(nullable = true) String scmBranch,
        @Schema(nullable = true) String scmRepository, @Schema(nullable = true) String buildUrl,
        @Schema(nullable = true) String buildNumber, @Schema(required = true) Map<String, Object> extraMetadata,
        @Schema(required = true) Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only on GET /versions/{id}") List<BuildView> builds,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Environments where this is the current version; only on GET /versions/{id}")
        List<DeployedIn> deployedIn) {

    @Schema(name = "Build")
    public record BuildView(@Schema(required = true) UUID id, @Schema(required = true) io.versioner.common.EventStatus status,
            @Schema(nullable = true) String invokeId, @Schema(nullable = true) String builtBy,
            @Schema(nullable = true) String buildUrl, @Schema(nullable = true) String buildNumber,
            @Schema(nullable = true) String sourceSystem, @Schema(nullable = true) Instant startedAt,
            @Schema(nullable = true) Instant completedAt, @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "DeployedIn")
    public record DeployedIn(@Schema(required = true) UUID environmentId, @Schema(required = true) String environmentName,
            @Schema(required = true) io.versioner.environment.EnvironmentType environmentType,
            @Schema(required = true) UUID deploymentId, @Schema(required = true) Instant deployedAt) {
    }
}
