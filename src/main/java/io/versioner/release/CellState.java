package io.versioner.release;

import com.fasterxml.jackson.annotation.JsonValue;
import io.versioner.common.EventStatus;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state of one version in one environment, read from its newest deployment there. */
@Schema(name = "CellState", enumeration = { "success", "failed", "in_progress", "not_deployed" },
        description = "From the newest deployment: completed → success, failed → failed, pending/started → in_progress, "
                + "none or aborted → not_deployed")
public enum CellState {
    SUCCESS,
    FAILED,
    IN_PROGRESS,
    NOT_DEPLOYED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state shown for a newest deployment with this status (null: no deployment). */
    public static CellState of(EventStatus newest) {
        if (newest == null) {
            return NOT_DEPLOYED;
        }
        return switch (newest) {
            case COMPLETED -> SUCCESS;
            case FAILED -> FAILED;
            case PENDING, STARTED -> IN_PROGRESS;
            case ABORTED -> NOT_DEPLOYED;
        };
    }
}
