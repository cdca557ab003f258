package io.versioner.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Timestamps sent by clients: RFC 3339; one without an offset is read as UTC. */
public final class Times {
    private Times() {
    }

    public static Instant parse(String field, String where, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw ApiException.invalid(where, field, "not an RFC 3339 timestamp (e.g. 2025-11-06T15:30:00Z)", "value_error");
            }
        }
    }
}
