package io.versioner.release;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /releases}. */
@Schema(name = "ReleaseCreate")
public record ReleaseCreate(@Schema(required = true, maxLength = 200, description = "Trimmed; need not be unique") String name,
        @Schema(nullable = true) String description,
        @Schema(description = "draft (the default) or in_progress; others → 422", defaultValue = "draft") ReleaseStatus status,
        @Schema(nullable = true, description = "Any JSON object, at most 64 KiB") Map<String, Object> extraMetadata) {
}
