package io.versioner.release;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a release history entry records. */
@Schema(name = "ReleaseHistoryAction",
        enumeration = { "created", "updated", "version_added", "version_removed", "status_changed" })
public enum HistoryAction {
    CREATED,
    UPDATED,
    VERSION_ADDED,
    VERSION_REMOVED,
    STATUS_CHANGED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HistoryAction fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
