package io.versioner.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The numbers that reliability tests report (cases tried, faults injected, requests under load, events lost):
 * printed, and appended to {@code target/figures.txt} so that {@code scripts/test} can show them together.
 */
public final class Figures {
    private Figures() {
    }

    public static synchronized void record(String test, String line) {
        String text = "[figures] " + test + ": " + line;
        System.out.println(text);
        String file = System.getProperty("versioner.figures");
        if (file != null) {
            try {
                Files.writeString(Path.of(file), text + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.out.println("(could not write " + file + ": " + e.getMessage() + ")");
            }
        }
    }
}
