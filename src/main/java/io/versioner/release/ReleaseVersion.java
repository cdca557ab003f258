package io.versioner.release;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version as a member of a release. */
@Schema(name = "ReleaseVersion")
public record ReleaseVersion(@Schema(required = true) UUID versionId, @Schema(required = true) UUID productId,
        @Schema(required = true) String productName, @Schema(required = true) String version,
        @Schema(required = true, description = "When it was added to the release") Instant addedAt) {
}
