package io.versioner.common;

/** Small text rules shared by every room. */
public final class Text {
    private Text() {
    }

    /** Escapes LIKE wildcards so that {@code q} is a plain substring (the escape character is backslash). */
    public static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Trimmed, or null when absent or blank. */
    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
