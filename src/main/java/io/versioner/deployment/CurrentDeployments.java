package io.versioner.deployment;

import io.versioner.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Keeps {@code current_deployment} (the newest completed deployment per product × environment) true inside
 * the ingest transaction, so that "what runs where" is read from one small table.
 */
@ApplicationScoped
public class CurrentDeployments {
    @Inject
    EntityManager em;

    /**
     * Recomputes the row of one product × environment from the deployments. Serialised per pair, so that two
     * versions completing at once cannot leave the older one current.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(UUID productId, UUID environmentId) {
        Sql.lock(em, "current:" + productId + ":" + environmentId);
        Sql.query(em, "with newest as (select d.id, d.version_id, v.version, d.deployed_at, d.created_at from deployment d"
                + "   join version v on v.id = d.version_id"
                + "   where d.product_id = ?1 and d.environment_id = ?2 and d.status = 'completed'"
                + "   order by d.created_at desc, d.id desc limit 1),"
                + " gone as (delete from current_deployment where product_id = ?1 and environment_id = ?2"
                + "   and not exists (select 1 from newest) returning 1)"
                + " insert into current_deployment (product_id, environment_id, deployment_id, version_id, product_name,"
                + "   environment_name, version, deployed_at, created_at)"
                + " select ?1, ?2, n.id, n.version_id, p.name, e.name, n.version, n.deployed_at, n.created_at"
                + "   from newest n, product p, environment e where p.id = ?1 and e.id = ?2"
                + " on conflict (product_id, environment_id) do update set deployment_id = excluded.deployment_id,"
                + "   version_id = excluded.version_id, version = excluded.version, deployed_at = excluded.deployed_at,"
                + "   created_at = excluded.created_at",
                productId, environmentId).executeUpdate();
    }
}
