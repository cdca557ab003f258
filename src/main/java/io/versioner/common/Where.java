package io.versioner.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Builds a native SQL where-clause with positional parameters from optional filters. */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    /** Adds {@code column = value} when value is not null. */
    public Where eq(String column, Object value) {
        if (value != null) {
            conditions.add(column + " = " + bind(value));
        }
        return this;
    }

    /** Adds {@code column in (values)} when there are values ("any of"). */
    public Where in(String column, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            List<String> marks = new ArrayList<>();
            values.forEach(v -> marks.add(bind(v)));
            conditions.add(column + " in (" + String.join(", ", marks) + ")");
        }
        return this;
    }

    /** Adds a condition whose {@code ?} marks take the given values in order. */
    public Where raw(String condition, Object... values) {
        StringBuilder sb = new StringBuilder();
        int next = 0;
        for (char c : condition.toCharArray()) {
            if (c == '?') {
                sb.append(bind(values[next++]));
            } else {
                sb.append(c);
            }
        }
        conditions.add(sb.toString());
        return this;
    }

    /** Keyset paging: rows strictly after the cursor in {@code (created_at desc, id desc)} order. */
    public Where before(String createdAt, String id, Cursor.TimeKey after) {
        if (after != null) {
            raw("(" + createdAt + ", " + id + ") < (?, ?)", after.at(), after.id());
        }
        return this;
    }

    /** Adds a case-insensitive substring match of {@code q} when it is given. */
    public Where contains(String column, String q) {
        if (q != null && !q.isBlank()) {
            raw("lower(" + column + ") like ? escape '\\'",
                    "%" + Text.likeEscape(q.strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return this;
    }

    public String bind(Object value) {
        args.add(value);
        return "?" + args.size();
    }

    public String sql() {
        return conditions.isEmpty() ? " where true" : " where " + String.join(" and ", conditions);
    }

    public Object[] args() {
        return args.toArray();
    }
}
