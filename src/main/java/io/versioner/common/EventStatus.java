package io.versioner.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The canonical status of a build or deployment, and the words CI tools use for it. */
@Schema(name = "EventStatus", enumeration = { "pending", "started", "completed", "failed", "aborted" })
public enum EventStatus {
    PENDING(false, "pending", "queued", "scheduled"),
    STARTED(false, "started", "in_progress", "init", "deploying"),
    COMPLETED(true, "success", "completed", "complete", "finished", "deployed"),
    FAILED(true, "failed", "fail", "failure", "error"),
    ABORTED(true, "aborted", "abort", "cancelled", "canceled", "cancel", "skipped");

    private static final Map<String, EventStatus> WORDS = new LinkedHashMap<>();
    private static final Map<String, EventStatus> BUILD_WORDS = new LinkedHashMap<>();

    static {
        for (EventStatus s : values()) {
            for (String w : s.words) {
                WORDS.put(w, s);
                BUILD_WORDS.put(w, s);
            }
        }
        BUILD_WORDS.put("building", STARTED);
        BUILD_WORDS.put("built", COMPLETED);
    }

    private final boolean terminal;
    private final String[] words;

    EventStatus(boolean terminal, String... words) {
        this.terminal = terminal;
        this.words = words;
    }

    public boolean terminal() {
        return terminal;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventStatus fromWire(String s) {
        return s == null ? null : valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** The canonical status of a deployment status word, case-insensitively. */
    public static Optional<EventStatus> ofDeploymentWord(String word) {
        return Optional.ofNullable(word == null ? null : WORDS.get(word.strip().toLowerCase(Locale.ROOT)));
    }

    /** As {@link #ofDeploymentWord}, plus "building" and "built". */
    public static Optional<EventStatus> ofBuildWord(String word) {
        return Optional.ofNullable(word == null ? null : BUILD_WORDS.get(word.strip().toLowerCase(Locale.ROOT)));
    }

    /** The 422 for a word that is none of these. */
    public static ApiException unknownWord(boolean build) {
        return ApiException.invalid("body", "status",
                "unknown status; accepted (case-insensitive): " + String.join(", ", (build ? BUILD_WORDS : WORDS).keySet()),
                "value_error");
    }
}
