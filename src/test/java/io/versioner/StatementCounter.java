package io.versioner;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sees every SQL statement Hibernate prepares (native queries included), so a test can count what one request
 * costs. A test bean, so part of the application only under test; it records only between start and stop.
 */
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {
    private static final List<String> SEEN = new CopyOnWriteArrayList<>();
    private static volatile boolean recording;

    public static void start() {
        SEEN.clear();
        recording = true;
    }

    public static List<String> stop() {
        recording = false;
        return new ArrayList<>(SEEN);
    }

    @Override
    public String inspect(String sql) {
        if (recording) {
            SEEN.add(sql);
        }
        return sql;
    }
}
