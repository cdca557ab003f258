package io.versioner.ui;

import java.util.List;

/** Query-string filters as GET forms send them: blank inputs come along and mean nothing. */
final class Filters {
    private Filters() {
    }

    static List<String> names(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
