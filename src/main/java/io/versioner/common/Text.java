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

    /**
     * Why PostgreSQL text cannot hold {@code s} exactly, or null when it can: NUL characters are refused by
     * PostgreSQL, and lone UTF-16 surrogates are not Unicode (they would be stored as '?').
     */
    public static String unstorable(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return "must not contain NUL (\\u0000) characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode (no lone surrogate characters)";
            }
        }
        return null;
    }
}
