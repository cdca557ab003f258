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

    /** What PostgreSQL and RFC 3339 both hold: years 0001 to 9999 (Java parses up to year 999999999). */
    static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

    public static Instant parse(String field, String where, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Instant at;
        try {
            at = OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                at = LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw ApiException.invalid(where, field, "not an RFC 3339 timestamp (e.g. 2025-11-06T15:30:00Z)", "value_error");
            }
        }
        if (at.isBefore(MIN) || at.isAfter(MAX)) {
            throw ApiException.invalid(where, field, "out of range: years 0001 to 9999", "value_error");
        }
        return at;
    }
}
