package io.versioner.support;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes JSON by hand so that tests can send what a library would refuse to write: lone surrogates
 * (as {@code \\uXXXX} escapes), NUL, and a mix of escaped and raw UTF-8.
 */
public final class JsonText {
    private JsonText() {
    }

    /** A JSON value: String, Number, Boolean, null, Map or List; strings escaped as {@link #quote}. */
    public static String write(Object value, Random raw) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, raw);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value, Random raw) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            sb.append(quote(s, raw != null && raw.nextBoolean()));
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append(quote(String.valueOf(e.getKey()), false)).append(':');
                write(sb, e.getValue(), raw);
            }
            sb.append('}');
        } else if (value instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(sb, l.get(i), raw);
            }
            sb.append(']');
        } else if (value instanceof Raw r) {
            sb.append(r.json());
        } else {
            throw new IllegalArgumentException(value.getClass().getName());
        }
    }

    /** JSON text inserted as is (a deliberately broken or oversized fragment). */
    public record Raw(String json) {
    }

    /**
     * A JSON string literal. Non-ASCII characters are sent raw (UTF-8) when {@code rawUnicode}, except lone
     * surrogates, which UTF-8 cannot carry and are always escaped.
     */
    public static String quote(String s, boolean rawUnicode) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (c > 0x7f && !rawUnicode) || (Character.isSurrogate(c) && !pair)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else if (pair && rawUnicode) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
