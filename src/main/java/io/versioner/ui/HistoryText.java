package io.versioner.ui;

import io.versioner.release.ReleaseHistoryEntry;
import java.util.Map;
import java.util.stream.Collectors;

/** A history entry as a sentence for the timeline; the details' shape is the API's (see API.md, history). */
final class HistoryText {
    private HistoryText() {
    }

    static ReleaseViews.HistoryItem of(ReleaseHistoryEntry e) {
        Map<String, Object> d = e.details() == null ? Map.of() : e.details();
        String text = switch (e.action()) {
            case CREATED -> "created “" + d.get("name") + "” as " + label(d.get("status"));
            case STATUS_CHANGED -> "moved from " + label(d.get("from")) + " to " + label(d.get("to"));
            case VERSION_ADDED -> "added " + d.get("product_name") + " " + d.get("version");
            case VERSION_REMOVED -> "removed " + d.get("product_name") + " " + d.get("version");
            case UPDATED -> "changed " + d.entrySet().stream().map(HistoryText::change).collect(Collectors.joining("; "));
        };
        return new ReleaseViews.HistoryItem(e.at(), e.actor(), e.action().wire().replace('_', ' '), text);
    }

    private static String change(Map.Entry<String, Object> field) {
        if (field.getValue() instanceof Map<?, ?> fromTo) {
            return field.getKey().replace('_', ' ') + " from " + quoted(fromTo.get("from")) + " to " + quoted(fromTo.get("to"));
        }
        return field.getKey().replace('_', ' ');
    }

    private static String quoted(Object value) {
        return value == null ? "nothing" : "“" + value + "”";
    }

    private static String label(Object status) {
        return String.valueOf(status).replace('_', ' ');
    }
}
