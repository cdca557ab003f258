package io.versioner.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque keyset cursors: the sort key of the last row shown, base64url-encoded. A page then starts with
 * {@code where (key) < (cursor)} over an index, so page 1,000 costs what page 1 costs.
 */
public final class Cursor {
    private static final String SEP = "\u001f";

    private Cursor() {
    }

    public static String encode(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append(SEP);
            }
            sb.append(parts[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor, or a 422 on {@code cursor} when it is not one of ours. */
    public static String[] decode(String cursor, int parts) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (Text.unstorable(raw) != null) {
                throw bad(); // not one we wrote, and PostgreSQL could not compare it (NUL)
            }
            String[] split = raw.split(SEP, -1);
            if (split.length != parts) {
                throw bad();
            }
            return split;
        } catch (IllegalArgumentException e) {
            throw bad();
        }
    }

    /** A cursor over (created_at, id), the ordering of every newest-first list. */
    public static TimeKey decodeTimeKey(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String[] p = decode(cursor, 2);
        try {
            return new TimeKey(Instant.parse(p[0]), UUID.fromString(p[1]));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw bad();
        }
    }

    public static String encode(Instant at, UUID id) {
        return encode(at.toString(), id.toString());
    }

    public static ApiException bad() {
        return ApiException.invalid("query", "cursor", "invalid cursor", "value_error");
    }

    public record TimeKey(Instant at, UUID id) {
    }
}
