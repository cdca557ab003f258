package io.versioner.release;

import io.versioner.deployment.EnvironmentStateService.EnvironmentRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The deployment matrix of a release: its versions × environments. */
@Schema(name = "ReleaseMatrix")
public record ReleaseMatrix(@Schema(required = true) UUID releaseId,
        @Schema(required = true, description = "The columns, in environment order") List<EnvironmentRef> environments,
        @Schema(required = true, description = "One per version of the release, by product name") List<Row> rows,
        @Schema(required = true, description = "The release has versions and every one is successful in production "
                + "(its newest deployment in at least one production-type environment is completed)")
        boolean completeInProduction) {

    @Schema(name = "MatrixRow")
    public record Row(@Schema(required = true) UUID productId, @Schema(required = true) String productName,
            @Schema(required = true) UUID versionId, @Schema(required = true) String version,
            @Schema(required = true, description = "Keyed by environment name; one cell for every column")
            Map<String, Cell> cells) {
    }

    @Schema(name = "MatrixCell", description = "The state of the version in the environment, from its newest deployment there")
    public record Cell(@Schema(required = true) CellState state,
            @Schema(nullable = true, required = true, description = "The newest deployment; null when not_deployed")
            UUID deploymentId,
            @Schema(nullable = true, required = true, description = "When that deployment became completed; null unless success")
            Instant deployedAt) {

        static final Cell NOT_DEPLOYED = new Cell(CellState.NOT_DEPLOYED, null, null);
    }
}
