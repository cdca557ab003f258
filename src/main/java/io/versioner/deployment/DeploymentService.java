package io.versioner.deployment;

import io.versioner.common.ApiException;
import io.versioner.common.Cursor;
import io.versioner.common.EventStatus;
import io.versioner.common.Json;
import io.versioner.common.Page;
import io.versioner.common.Sql;
import io.versioner.common.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads deployments: filtered, newest first, by cursor; one deployment with its events. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeploymentService {
    @Inject
    EntityManager em;

    public record Filter(List<String> products, UUID productId, List<String> environments, UUID environmentId,
            String version, UUID versionId, List<EventStatus> statuses, Instant since, Instant until) {
    }

    public Page<DeploymentView> list(Filter f, int limit, String cursor) {
        Where w = new Where()
                .in("p.name", f.products()).eq("d.product_id", f.productId())
                .in("e.name", f.environments()).eq("d.environment_id", f.environmentId())
                .eq("v.version", f.version()).eq("d.version_id", f.versionId())
                .in("d.status", f.statuses() == null ? null : f.statuses().stream().map(EventStatus::wire).toList())
                .before("d.created_at", "d.id", Cursor.decodeTimeKey(cursor));
        if (f.since() != null) {
            w.raw("d.created_at >= ?", f.since());
        }
        if (f.until() != null) {
            w.raw("d.created_at < ?", f.until());
        }
        List<Object[]> rows = Sql.rows(em, "select " + DeploymentView.COLUMNS + DeploymentView.FROM + w.sql()
                + " order by d.created_at desc, d.id desc limit " + (limit + 1), w.args());
        return Page.of(rows.stream().map(DeploymentView::of).toList(), limit, d -> d, d -> Cursor.encode(d.createdAt(), d.id()));
    }

    public DeploymentView get(UUID id) {
        Object[] row = Sql.firstRow(em, "select " + DeploymentView.COLUMNS + DeploymentView.FROM + " where d.id = ?1", id);
        if (row == null) {
            throw ApiException.notFound("Deployment " + id + " not found");
        }
        List<DeploymentEventView> events = Sql.rows(em, "select id, status, status_word, invoke_id, received_at, cast(payload as text)"
                + " from deployment_event where deployment_id = ?1 order by received_at, id", id).stream()
                .map(r -> new DeploymentEventView((UUID) r[0], EventStatus.fromWire((String) r[1]), (String) r[2], (String) r[3],
                        Sql.instant(r[4]), Json.readMap((String) r[5])))
                .toList();
        return DeploymentView.of(row).withEvents(events);
    }
}
