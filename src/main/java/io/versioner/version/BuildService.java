package io.versioner.version;

import io.versioner.common.Attempts;
import io.versioner.common.EventStatus;
import io.versioner.common.Idempotency;
import io.versioner.common.Json;
import io.versioner.common.Text;
import io.versioner.common.Times;
import io.versioner.product.ProductService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records build events: one build per attempt, replay-safe, creating the product and version on the fly. */
@ApplicationScoped
public class BuildService {
    static final Attempts BUILDS = new Attempts("build", "build_event", "build_id", List.of("version_id"), null);

    @Inject
    EntityManager em;
    @Inject
    ProductService products;
    @Inject
    VersionService versions;
    @Inject
    Idempotency idempotency;

    public record Result(UUID id, UUID eventId, UUID productId, UUID versionId, String productName, String version,
            EventStatus status, Instant startedAt, Instant completedAt) {
    }

    @Transactional
    public Result ingest(BuildEventRequest e, String idempotencyKey) {
        EventStatus status = EventStatus.ofBuildWord(e.status()).orElseThrow(() -> EventStatus.unknownWord(true));
        Instant startedAt = Times.parse("started_at", "body", e.startedAt());
        Instant completedAt = Times.parse("completed_at", "body", e.completedAt());
        String payload = Json.write(e);
        String requestHash = Idempotency.hash(payload);
        var prior = idempotency.check(idempotencyKey, "build-events", requestHash);
        if (prior.isPresent()) {
            return read(prior.get().resultId(), prior.get().eventId());
        }
        String productName = e.productName().strip();
        String version = e.version().strip();
        UUID productId = products.ensure(productName);
        ScmInfo scm = new ScmInfo(Text.trimToNull(e.scmSha()), Text.trimToNull(e.scmBranch()),
                Text.trimToNull(e.scmRepository()), Text.trimToNull(e.buildUrl()), Text.trimToNull(e.buildNumber()));
        UUID versionId = versions.ensure(productId, productName, version, scm);

        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("product_id", productId);
        columns.put("built_by", Text.trimToNull(e.builtBy()));
        columns.put("built_by_email", Text.trimToNull(e.builtByEmail()));
        columns.put("built_by_name", Text.trimToNull(e.builtByName()));
        columns.put("scm_branch", scm.branch());
        columns.put("scm_sha", scm.sha());
        columns.put("scm_repository", scm.repository());
        columns.put("build_url", scm.buildUrl());
        columns.put("build_number", scm.buildNumber());
        columns.put("source_system", Text.trimToNull(e.sourceSystem()));
        columns.put("started_at", startedAt);
        columns.put("completed_at", completedAt);
        Attempts.Recorded r = BUILDS.record(em, List.of(versionId), new Attempts.Incoming(status, e.status().strip(),
                Text.trimToNull(e.invokeId()), payload, columns,
                Json.metadata("extra_metadata", e.extraMetadata())));
        idempotency.remember(idempotencyKey, "build-events", requestHash, r.attemptId(), r.eventId());
        return read(r.attemptId(), r.eventId());
    }

    private Result read(UUID buildId, UUID eventId) {
        Build b = Build.findById(buildId);
        Object[] names = io.versioner.common.Sql.firstRow(em,
                "select p.name, v.version from version v join product p on p.id = v.product_id where v.id = ?1", b.versionId);
        return new Result(b.id, eventId, b.productId, b.versionId, (String) names[0], (String) names[1],
                EventStatus.fromWire(b.status), b.startedAt, b.completedAt);
    }
}
