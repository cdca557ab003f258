package io.versioner.release;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a release's append-only audit trail. */
@Schema(name = "ReleaseHistoryEntry")
public record ReleaseHistoryEntry(@Schema(required = true) Instant at,
        @Schema(required = true, description = "The API key's name, or `system` for automatic progress") String actor,
        @Schema(required = true) HistoryAction action,
        @Schema(required = true, description = "created: name, status; updated: {field: {from, to}} per changed field; "
                + "status_changed: from, to; version_added / version_removed: version_id, product_name, version")
        Map<String, Object> details) {
}
