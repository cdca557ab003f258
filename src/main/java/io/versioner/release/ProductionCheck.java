package io.versioner.release;

import io.versioner.common.Sql;
import io.versioner.common.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * "Successful in production": a version whose newest deployment in at least one production-type environment is
 * completed. The rule lives here once, as SQL, and every reader (matrix, completion, automatic progress) uses it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProductionCheck {
    @Inject
    EntityManager em;

    /** A boolean SQL expression over a version id column. */
    static String successInProduction(String versionIdColumn) {
        return "exists (select 1 from environment pe join lateral (select pd.status from deployment pd"
                + " where pd.version_id = " + versionIdColumn + " and pd.environment_id = pe.id"
                + " order by pd.created_at desc, pd.id desc limit 1) pn on true"
                + " where pe.type = 'production' and pn.status = 'completed')";
    }

    /** Of these releases, those that have versions and all of them successful in production. */
    public List<UUID> complete(Collection<UUID> releaseIds) {
        if (releaseIds.isEmpty()) {
            return List.of();
        }
        Where w = new Where().in("r.id", releaseIds)
                .raw("exists (select 1 from release_version rv where rv.release_id = r.id)")
                .raw("not exists (select 1 from release_version rv where rv.release_id = r.id and not "
                        + successInProduction("rv.version_id") + ")");
        return Sql.query(em, "select r.id from release r" + w.sql() + " order by r.id", w.args()).getResultList().stream()
                .map(UUID.class::cast).toList();
    }
}
