package io.versioner.release;

import io.versioner.environment.EnvironmentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many of a release's versions are deployed (matrix cell {@code success}) in one environment. */
@Schema(name = "ReleaseProgress")
public record EnvironmentProgress(@Schema(required = true, description = "The environment's name") String environment,
        @Schema(required = true) EnvironmentType type,
        @Schema(required = true, description = "Versions whose newest deployment here is completed") int deployed,
        @Schema(required = true, description = "Versions in the release") int total) {
}
