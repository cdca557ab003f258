package io.versioner.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.versioner.Api;
import java.util.Map;

/**
 * Configures the packaged application that {@code @QuarkusIntegrationTest} starts: it runs in the prod profile,
 * configured like a container (see ops/two-replicas-migrate.sh), on a schema of its own that is emptied at each
 * start, so that runs never see each other's data and leave only that schema behind. The values reach the
 * application as system properties, which win over whatever the environment sets.
 */
public class ProdInstance implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        String base = System.getenv().getOrDefault("VERSIONER_DB_SCHEMA", "versioner_test");
        String schema = base + "_client_it";
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=" + schema,
                "versioner.db.schema", schema,
                "quarkus.flyway.clean-disabled", "false",
                "quarkus.flyway.clean-at-start", "true",
                "versioner.admin-key", Api.ADMIN_KEY,
                "quarkus.http.host", "127.0.0.1");
    }

    @Override
    public void stop() {
    }
}
