package io.versioner.release;

import io.versioner.common.PatchValue;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /releases/{id}}. A field left out is unchanged; sent as null it clears
 * {@code description}, empties {@code extra_metadata}, and is refused for {@code name} and {@code status}.
 */
@Schema(name = "ReleaseUpdate", description = "Fields present are changed. `description: null` clears it, "
        + "`extra_metadata: null` empties it. Sending the current status again is a no-op (200), even on a final release.")
public record ReleaseUpdate(
        @Schema(implementation = String.class, maxLength = 200) PatchValue<String> name,
        @Schema(implementation = String.class, nullable = true) PatchValue<String> description,
        @Schema(ref = "ReleaseStatus") PatchValue<ReleaseStatus> status,
        @Schema(implementation = Map.class, additionalProperties = Schema.True.class, nullable = true) PatchValue<Map<String, Object>> extraMetadata) {
}
