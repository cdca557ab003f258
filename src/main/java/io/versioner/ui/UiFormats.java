package io.versioner.ui;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages print times: UTC, to the minute, with the exact instant in the datetime attribute. */
@TemplateExtension
public class UiFormats {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    static String utc(Instant at) {
        return at == null ? "" : SHORT.format(at);
    }

    static String iso(Instant at) {
        return at == null ? "" : at.toString();
    }
}
