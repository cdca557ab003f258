package io.versioner.release;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A release without its versions: the items of {@code GET /releases}, and the stored row. */
@Schema(name = "ReleaseSummary", description = "A release as listed, without its versions and progress.")
public record ReleaseSummary(@Schema(required = true) UUID id, @Schema(required = true) String name,
        @Schema(nullable = true) String description, @Schema(required = true) ReleaseStatus status,
        @Schema(required = true) Map<String, Object> extraMetadata, @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
