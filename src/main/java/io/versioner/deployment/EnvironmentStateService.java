package io.versioner.deployment;

import io.versioner.common.Sql;
import io.versioner.common.Where;
import io.versioner.environment.Environment;
import io.versioner.environment.EnvironmentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What runs where: the current version (newest completed deployment) per product × environment. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EnvironmentStateService {
    @Inject
    EntityManager em;

    @Schema(name = "EnvironmentRef")
    public record EnvironmentRef(@Schema(required = true) UUID id, @Schema(required = true) String name,
            @Schema(required = true) EnvironmentType type) {
    }

    @Schema(name = "StateCell", description = "The current version of a product in an environment")
    public record Cell(@Schema(required = true) String version, @Schema(required = true) UUID versionId,
            @Schema(required = true) UUID deploymentId, @Schema(required = true) Instant deployedAt) {
    }

    @Schema(name = "StateRow")
    public record Row(@Schema(required = true) UUID productId, @Schema(required = true) String productName,
            @Schema(required = true, description = "The row's cells hold more than one distinct version") boolean drift,
            @Schema(required = true, description = "Keyed by environment name; absent where nothing was ever completed")
            Map<String, Cell> cells) {
    }

    @Schema(name = "EnvironmentState")
    public record State(@Schema(required = true) List<EnvironmentRef> environments, @Schema(required = true) List<Row> rows) {
    }

    public State state(List<String> products, List<String> environments) {
        Where envWhere = new Where().in("name", environments);
        List<EnvironmentRef> envs = Sql.rows(em, "select id, name, type from environment" + envWhere.sql()
                + " order by " + Environment.ORDER_SQL + ", name", envWhere.args()).stream()
                .map(r -> new EnvironmentRef((UUID) r[0], (String) r[1], EnvironmentType.fromWire((String) r[2])))
                .toList();
        Where w = new Where().in("product_name", products).in("environment_name", environments);
        List<Object[]> cells = Sql.rows(em, "select product_id, product_name, environment_name, version_id, version,"
                + " deployment_id, deployed_at from current_deployment" + w.sql()
                + " order by product_name, product_id", w.args());
        Map<UUID, Row> rows = new LinkedHashMap<>();
        Map<UUID, Set<UUID>> versions = new LinkedHashMap<>();
        for (Object[] r : cells) {
            UUID productId = (UUID) r[0];
            Row row = rows.computeIfAbsent(productId, id -> new Row(id, (String) r[1], false, new LinkedHashMap<>()));
            row.cells().put((String) r[2], new Cell((String) r[4], (UUID) r[3], (UUID) r[5], Sql.instant(r[6])));
            versions.computeIfAbsent(productId, id -> new HashSet<>()).add((UUID) r[3]);
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            out.add(new Row(row.productId(), row.productName(), versions.get(row.productId()).size() > 1,
                    orderedCells(row.cells(), envs)));
        }
        return new State(envs, out);
    }

    private static Map<String, Cell> orderedCells(Map<String, Cell> cells, List<EnvironmentRef> envs) {
        Map<String, Cell> ordered = new LinkedHashMap<>();
        for (EnvironmentRef e : envs) {
            Cell c = cells.get(e.name());
            if (c != null) {
                ordered.put(e.name(), c);
            }
        }
        return ordered;
    }
}
