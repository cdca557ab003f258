package io.versioner.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a 422 {@code detail} list, in the shape FastAPI clients read. */
@Schema(name = "FieldError", description = "One invalid field: where it is, what is wrong, and a machine-readable type.")
@io.quarkus.runtime.annotations.RegisterForReflection
public record FieldError(
        @Schema(description = "Where the problem is: [\"body\", field] or [\"query\", parameter]", required = true) List<String> loc,
        @Schema(required = true) String msg,
        @Schema(required = true, examples = "missing") String type) {
}
