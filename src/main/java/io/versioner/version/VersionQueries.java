package io.versioner.version;

import io.versioner.common.ApiException;
import io.versioner.common.EventStatus;
import io.versioner.common.Page;
import io.versioner.common.Sql;
import io.versioner.environment.Environment;
import io.versioner.environment.EnvironmentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read models of versions: with product names, builds, and where each is the current version. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VersionQueries {
    @Inject
    EntityManager em;

    public Page<VersionView> views(Page<Version> page) {
        List<UUID> productIds = page.items().stream().map(v -> v.productId).distinct().toList();
        Map<UUID, String> names = new HashMap<>();
        if (!productIds.isEmpty()) {
            io.versioner.common.Where w = new io.versioner.common.Where().in("id", productIds);
            Sql.rows(em, "select id, name from product" + w.sql(), w.args()).forEach(r -> names.put((UUID) r[0], (String) r[1]));
        }
        return new Page<>(page.items().stream().map(v -> view(v, names.get(v.productId), null, null)).toList(),
                page.nextCursor());
    }

    public VersionView detail(UUID id) {
        Version v = Version.findById(id);
        if (v == null) {
            throw ApiException.notFound("Version " + id + " not found");
        }
        String productName = (String) Sql.query(em, "select name from product where id = ?1", v.productId).getSingleResult();
        List<VersionView.BuildView> builds = Build.<Build>find("versionId = ?1 order by createdAt desc, id desc", id).list()
                .stream().map(b -> new VersionView.BuildView(b.id, EventStatus.fromWire(b.status), b.invokeId, b.builtBy,
                        b.buildUrl, b.buildNumber, b.sourceSystem, b.startedAt, b.completedAt, b.createdAt))
                .toList();
        List<VersionView.DeployedIn> deployedIn = Sql.rows(em, "select e.id, e.name, e.type, c.deployment_id, c.deployed_at"
                + " from current_deployment c join environment e on e.id = c.environment_id where c.version_id = ?1"
                + " order by " + Environment.ORDER_SQL.replace("type", "e.type") + ", e.name",
                id).stream()
                .map(r -> new VersionView.DeployedIn((UUID) r[0], (String) r[1], EnvironmentType.fromWire((String) r[2]),
                        (UUID) r[3], Sql.instant(r[4])))
                .toList();
        return view(v, productName, builds, deployedIn);
    }

    private static VersionView view(Version v, String productName, List<VersionView.BuildView> builds,
            List<VersionView.DeployedIn> deployedIn) {
        return new VersionView(v.id, v.productId, productName, v.version, v.scmSha, v.scmBranch, v.scmRepository,
                v.buildUrl, v.buildNumber, v.extraMetadata, v.createdAt, builds, deployedIn);
    }
}
