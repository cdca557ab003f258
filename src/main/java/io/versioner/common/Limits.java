package io.versioner.common;

/** The {@code limit} query parameter of every list: default 50, 1..500. */
public final class Limits {
    public static final int DEFAULT = 50;
    public static final int MAX = 500;

    private Limits() {
    }

    public static int check(Integer limit) {
        if (limit == null) {
            return DEFAULT;
        }
        if (limit < 1 || limit > MAX) {
            throw ApiException.invalid("query", "limit", "limit must be between 1 and " + MAX, "value_error");
        }
        return limit;
    }
}
