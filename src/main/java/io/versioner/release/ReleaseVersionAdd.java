package io.versioner.release;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /releases/{id}/versions}: a version by id, or by product name and version. */
@Schema(name = "ReleaseVersionAdd", description = "Name the version by `version_id`, or by `product_name` and `version` "
        + "(when `version_id` is given the others are ignored).")
public record ReleaseVersionAdd(@Schema(nullable = true) UUID versionId, @Schema(nullable = true) String productName,
        @Schema(nullable = true) String version) {
}
