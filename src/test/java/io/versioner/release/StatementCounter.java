package io.versioner.release;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Sees every SQL statement Hibernate prepares (native queries included), so tests can count what a request
 * costs. Part of the application only in tests.
 */
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        SEEN.add(sql);
        return sql;
    }
}
