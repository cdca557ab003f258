package io.versioner.fault;

import java.util.ArrayList;
import java.util.List;

/** Whatever a fault test started is stopped when the JVM ends, even if the test failed halfway. */
final class Cleanup {
    private static final List<AutoCloseable> OPEN = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Cleanup::all, "fault-test-cleanup"));
    }

    private Cleanup() {
    }

    static synchronized void register(AutoCloseable c) {
        OPEN.add(c);
    }

    static synchronized void all() {
        // services before their database
        for (int i = OPEN.size() - 1; i >= 0; i--) {
            try {
                OPEN.get(i).close();
            } catch (Exception e) {
                // best effort
            }
        }
        OPEN.clear();
    }
}
