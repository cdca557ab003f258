package io.versioner.release;

import io.versioner.common.Sql;
import io.versioner.deployment.DeploymentRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Automatic progress, inside the transaction of the deployment event that causes it: a draft release holding
 * the deployed version becomes in_progress; an in_progress release holding it whose versions are then all
 * successful in production becomes completed. Final releases are never touched.
 */
@ApplicationScoped
public class ReleaseProgress {
    @Inject
    EntityManager em;
    @Inject
    Releases releases;
    @Inject
    ProductionCheck production;

    @ConfigProperty(name = "versioner.releases.auto-progress", defaultValue = "true")
    boolean enabled;

    @Transactional(Transactional.TxType.MANDATORY)
    void on(@Observes DeploymentRecorded e) {
        if (!enabled) {
            return;
        }
        // Locked in id order so that concurrent events touching several releases cannot deadlock; the lock also
        // makes a concurrent PATCH wait, and the status is re-checked once the lock is granted.
        List<Object[]> open = Sql.rows(em, "select r.id, r.status from release r where r.status in ('draft', 'in_progress')"
                + " and exists (select 1 from release_version rv where rv.release_id = r.id and rv.version_id = ?1)"
                + " order by r.id for update of r", e.versionId());
        if (open.isEmpty()) {
            return;
        }
        List<UUID> drafts = open.stream().filter(r -> ReleaseStatus.DRAFT.wire().equals(r[1])).map(r -> (UUID) r[0]).toList();
        releases.move(drafts, ReleaseStatus.DRAFT, ReleaseStatus.IN_PROGRESS, ReleaseHistory.SYSTEM);
        List<UUID> done = production.complete(open.stream().map(r -> (UUID) r[0]).toList());
        releases.move(done, ReleaseStatus.IN_PROGRESS, ReleaseStatus.COMPLETED, ReleaseHistory.SYSTEM);
    }
}
