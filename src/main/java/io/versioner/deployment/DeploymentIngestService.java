package io.versioner.deployment;

import io.versioner.common.Attempts;
import io.versioner.common.EventStatus;
import io.versioner.common.Idempotency;
import io.versioner.common.Json;
import io.versioner.common.Sql;
import io.versioner.common.Text;
import io.versioner.common.Times;
import io.versioner.environment.EnvironmentService;
import io.versioner.product.ProductService;
import io.versioner.version.ScmInfo;
import io.versioner.version.VersionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records one deployment event in one transaction: upsert the product, environment and version, attach the
 * event to its deployment (one per attempt), move the deployment's status, and tell listeners.
 */
@ApplicationScoped
public class DeploymentIngestService {
    static final Attempts DEPLOYMENTS = new Attempts("deployment", "deployment_event", "deployment_id",
            List.of("version_id", "environment_id"), "deployed_at");
    private static final String ENDPOINT = "deployment-events";
    private static final String KNOWN = "select p.id, e.id, v.id, v.scm_sha from (values (1)) x (one)"
            + " left join product p on p.name = ?1 left join environment e on e.name = ?2"
            + " left join version v on v.product_id = p.id and v.version = ?3";

    @Inject
    EntityManager em;
    @Inject
    ProductService products;
    @Inject
    EnvironmentService environments;
    @Inject
    VersionService versions;
    @Inject
    Idempotency idempotency;
    @Inject
    CurrentDeployments current;
    @Inject
    Event<DeploymentRecorded> recorded;

    /** The answer: the deployment after this event, and the event's id. */
    public record Result(DeploymentView deployment, UUID eventId) {
    }

    @Transactional
    public Result ingest(DeploymentEventRequest e, String idempotencyKey) {
        EventStatus status = EventStatus.ofDeploymentWord(e.status()).orElseThrow(() -> EventStatus.unknownWord(false));
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("started_at", Times.parse("started_at", "body", e.startedAt()));
        columns.put("completed_at", Times.parse("completed_at", "body", e.completedAt()));
        String metadata = Json.metadata("extra_metadata", e.extraMetadata());
        String payload = Json.write(e);
        String requestHash = Idempotency.hash(payload);
        var prior = idempotency.check(idempotencyKey, ENDPOINT, requestHash);
        if (prior.isPresent()) {
            return new Result(read(prior.get().resultId()), prior.get().eventId());
        }

        String productName = e.productName().strip();
        String version = e.version().strip();
        String environmentName = e.environmentName().strip();
        ScmInfo scm = new ScmInfo(Text.trimToNull(e.scmSha()), Text.trimToNull(e.scmBranch()),
                Text.trimToNull(e.scmRepository()), Text.trimToNull(e.buildUrl()), Text.trimToNull(e.buildNumber()));
        // names CI systems report are usually known already: one statement finds all three, the services
        // create what is missing (and check the version's sha)
        Object[] known = Sql.firstRow(em, KNOWN, productName, environmentName, version);
        UUID productId = known[0] != null ? (UUID) known[0] : products.ensure(productName);
        UUID environmentId = known[1] != null ? (UUID) known[1] : environments.ensure(environmentName);
        UUID versionId = known[2] != null && (scm.sha() == null || scm.sha().equals(known[3])) ? (UUID) known[2]
                : versions.ensure(productId, productName, version, scm);

        columns.put("product_id", productId);
        columns.put("deployed_by", Text.trimToNull(e.deployedBy()));
        columns.put("deployed_by_email", Text.trimToNull(e.deployedByEmail()));
        columns.put("deployed_by_name", Text.trimToNull(e.deployedByName()));
        columns.put("source_system", Text.trimToNull(e.sourceSystem()));
        columns.put("scm_sha", scm.sha());
        columns.put("scm_branch", scm.branch());
        columns.put("scm_repository", scm.repository());
        columns.put("deploy_url", Text.trimToNull(e.deployUrl()));
        columns.put("build_url", scm.buildUrl());
        columns.put("build_number", scm.buildNumber());
        Attempts.Recorded r = DEPLOYMENTS.record(em, List.of(versionId, environmentId), new Attempts.Incoming(status,
                e.status().strip(), Text.trimToNull(e.invokeId()), payload, columns, metadata));
        idempotency.remember(idempotencyKey, ENDPOINT, requestHash, r.attemptId(), r.eventId());
        if (!r.replay() && (r.status() == EventStatus.COMPLETED || r.before() == EventStatus.COMPLETED)) {
            current.refresh(productId, environmentId);
        }
        if (!r.replay()) {
            recorded.fire(new DeploymentRecorded(r.attemptId(), productId, versionId, environmentId, r.status()));
        }
        return new Result(read(r.attemptId()), r.eventId());
    }

    private DeploymentView read(UUID id) {
        return DeploymentView.of(Sql.firstRow(em, "select " + DeploymentView.COLUMNS + DeploymentView.FROM + " where d.id = ?1", id));
    }
}
