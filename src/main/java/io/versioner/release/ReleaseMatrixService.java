package io.versioner.release;

import io.versioner.common.EventStatus;
import io.versioner.common.Sql;
import io.versioner.common.Where;
import io.versioner.deployment.EnvironmentStateService.EnvironmentRef;
import io.versioner.environment.Environment;
import io.versioner.environment.EnvironmentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The deployment matrix of a release, read in three statements whatever its size (after the release itself): the
 * columns, the rows (each with the production rule evaluated), and every cell at once (the newest deployment per
 * version and environment, by DISTINCT ON over {@code deployment_triple_newest}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReleaseMatrixService {
    @Inject
    EntityManager em;
    @Inject
    Releases releases;

    /** A version of the release, and whether it is successful in production. */
    record Member(ReleaseVersion version, boolean inProduction) {
    }

    private record Newest(UUID deploymentId, EventStatus status, Instant deployedAt) {
    }

    public ReleaseMatrix matrix(UUID releaseId, List<String> environments) {
        releases.get(releaseId);
        return assemble(releaseId, columns(environments), members(releaseId), newest(List.of(releaseId), environments));
    }

    /** The release with its versions and its progress in every environment. */
    Release detail(ReleaseSummary r) {
        return overview(r).release();
    }

    /** A release and its full matrix, read together (a page showing both costs what the detail alone costs). */
    public record Overview(Release release, ReleaseMatrix matrix) {
    }

    public Overview overview(UUID releaseId) {
        return overview(releases.get(releaseId));
    }

    private Overview overview(ReleaseSummary r) {
        List<Member> members = members(r.id());
        ReleaseMatrix m = assemble(r.id(), columns(List.of()), members, newest(List.of(r.id()), List.of()));
        return new Overview(Release.of(r, members.stream().map(Member::version).toList(), progress(m)), m);
    }

    /**
     * The progress of several releases at once (a page of the release list), keyed by release id: three
     * statements whatever their number, not a matrix per release.
     */
    public Map<UUID, List<EnvironmentProgress>> progress(Collection<UUID> releaseIds) {
        if (releaseIds.isEmpty()) {
            return Map.of();
        }
        List<EnvironmentRef> columns = columns(List.of());
        Map<UUID, List<Member>> members = members(releaseIds);
        Map<UUID, Map<UUID, Newest>> newest = newest(releaseIds, List.of());
        Map<UUID, List<EnvironmentProgress>> out = new LinkedHashMap<>();
        for (UUID id : releaseIds) {
            out.put(id, progress(assemble(id, columns, members.getOrDefault(id, List.of()), newest)));
        }
        return out;
    }

    private static ReleaseMatrix assemble(UUID releaseId, List<EnvironmentRef> columns, List<Member> members,
            Map<UUID, Map<UUID, Newest>> newest) {
        List<ReleaseMatrix.Row> rows = new ArrayList<>(members.size());
        for (Member m : members) {
            Map<UUID, Newest> byEnvironment = newest.getOrDefault(m.version().versionId(), Map.of());
            Map<String, ReleaseMatrix.Cell> cells = new LinkedHashMap<>();
            for (EnvironmentRef e : columns) {
                cells.put(e.name(), cell(byEnvironment.get(e.id())));
            }
            ReleaseVersion v = m.version();
            rows.add(new ReleaseMatrix.Row(v.productId(), v.productName(), v.versionId(), v.version(), cells));
        }
        boolean complete = !members.isEmpty() && members.stream().allMatch(Member::inProduction);
        return new ReleaseMatrix(releaseId, columns, rows, complete);
    }

    /** The versions of a release by product name, each with the production rule evaluated in the same statement. */
    List<Member> members(UUID releaseId) {
        return members(List.of(releaseId)).getOrDefault(releaseId, List.of());
    }

    private Map<UUID, List<Member>> members(Collection<UUID> releaseIds) {
        Where w = new Where().in("rv.release_id", releaseIds);
        Map<UUID, List<Member>> out = new HashMap<>();
        for (Object[] r : Sql.rows(em, "select rv.release_id, rv.version_id, rv.product_id, p.name, v.version, rv.added_at, "
                + ProductionCheck.successInProduction("rv.version_id")
                + " from release_version rv join version v on v.id = rv.version_id join product p on p.id = rv.product_id"
                + w.sql() + " order by p.name", w.args())) {
            out.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new Member(new ReleaseVersion((UUID) r[1],
                    (UUID) r[2], (String) r[3], (String) r[4], Sql.instant(r[5])), (Boolean) r[6]));
        }
        return out;
    }

    /** Per environment, how many versions have a {@code success} cell there. */
    private static List<EnvironmentProgress> progress(ReleaseMatrix m) {
        List<EnvironmentProgress> out = new ArrayList<>(m.environments().size());
        for (EnvironmentRef e : m.environments()) {
            int deployed = (int) m.rows().stream().filter(r -> r.cells().get(e.name()).state() == CellState.SUCCESS).count();
            out.add(new EnvironmentProgress(e.name(), e.type(), deployed, m.rows().size()));
        }
        return out;
    }

    private List<EnvironmentRef> columns(List<String> names) {
        Where w = new Where().in("name", names);
        return Sql.rows(em, "select id, name, type from environment" + w.sql() + " order by " + Environment.ORDER_SQL
                + ", name", w.args()).stream()
                .map(r -> new EnvironmentRef((UUID) r[0], (String) r[1], EnvironmentType.fromWire((String) r[2])))
                .toList();
    }

    /** Newest deployment per version and environment of the releases' versions (a version in two releases counts once). */
    private Map<UUID, Map<UUID, Newest>> newest(Collection<UUID> releaseIds, List<String> environments) {
        Where w = new Where().in("rv.release_id", releaseIds).in("e.name", environments);
        String environmentJoin = environments.isEmpty() ? "" : " join environment e on e.id = d.environment_id";
        List<Object[]> found = Sql.rows(em, "select distinct on (d.version_id, d.environment_id)"
                + " d.version_id, d.environment_id, d.id, d.status, d.deployed_at"
                + " from release_version rv join deployment d on d.version_id = rv.version_id" + environmentJoin + w.sql()
                + " order by d.version_id, d.environment_id, d.created_at desc, d.id desc", w.args());
        Map<UUID, Map<UUID, Newest>> out = new HashMap<>();
        for (Object[] r : found) {
            out.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
                    .put((UUID) r[1], new Newest((UUID) r[2], EventStatus.fromWire((String) r[3]), Sql.instant(r[4])));
        }
        return out;
    }

    private static ReleaseMatrix.Cell cell(Newest n) {
        CellState state = CellState.of(n == null ? null : n.status());
        if (state == CellState.NOT_DEPLOYED) {
            return ReleaseMatrix.Cell.NOT_DEPLOYED;
        }
        return new ReleaseMatrix.Cell(state, n.deploymentId(), state == CellState.SUCCESS ? n.deployedAt() : null);
    }
}
