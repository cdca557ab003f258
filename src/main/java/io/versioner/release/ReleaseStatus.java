package io.versioner.release;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a release is in its life, and the moves it may make from there. */
@Schema(name = "ReleaseStatus", enumeration = { "draft", "in_progress", "completed", "cancelled" },
        description = "draft → in_progress → completed; draft or in_progress → cancelled; completed and cancelled are final")
public enum ReleaseStatus {
    DRAFT,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReleaseStatus fromWire(String s) {
        for (ReleaseStatus r : values()) {
            if (r.wire().equals(s)) {
                return r;
            }
        }
        return null;
    }

    /** Completed and cancelled releases are read-only. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }

    public Set<ReleaseStatus> moves() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(ReleaseStatus.class);
        };
    }
}
