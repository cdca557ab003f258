package io.versioner.release;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One release with its versions and its progress per environment. */
@Schema(name = "Release")
public record Release(@Schema(required = true) UUID id, @Schema(required = true) String name,
        @Schema(nullable = true) String description, @Schema(required = true) ReleaseStatus status,
        @Schema(required = true) Map<String, Object> extraMetadata, @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Its versions, by product name") List<ReleaseVersion> versions,
        @Schema(required = true, description = "One entry per environment, in environment order")
        List<EnvironmentProgress> progress) {

    static Release of(ReleaseSummary r, List<ReleaseVersion> versions, List<EnvironmentProgress> progress) {
        return new Release(r.id(), r.name(), r.description(), r.status(), r.extraMetadata(), r.createdAt(),
                r.updatedAt(), versions, progress);
    }
}
