package io.versioner.release;

import io.versioner.common.ApiException;
import io.versioner.common.Json;
import io.versioner.common.Sql;
import io.versioner.common.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Release rows: reading, locking, and status moves. Every writer of a release (PATCH, version changes,
 * automatic progress) first takes the row lock here, so their checks and writes never interleave.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Releases {
    static final String COLUMNS = "r.id, r.name, r.description, r.status, cast(r.extra_metadata as text), r.created_at,"
            + " r.updated_at";

    @Inject
    EntityManager em;
    @Inject
    ReleaseHistory history;

    public ReleaseSummary get(UUID id) {
        Object[] row = Sql.firstRow(em, "select " + COLUMNS + " from release r where r.id = ?1", id);
        if (row == null) {
            throw notFound(id);
        }
        return of(row);
    }

    /** The release, locked until the transaction ends; 404 when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReleaseSummary lock(UUID id) {
        Object[] row = Sql.firstRow(em, "select " + COLUMNS + " from release r where r.id = ?1 for update", id);
        if (row == null) {
            throw notFound(id);
        }
        return of(row);
    }

    /** Moves the releases from one status to another and records it, in two statements whatever their number. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Collection<UUID> ids, ReleaseStatus from, ReleaseStatus to, String actor) {
        if (ids.isEmpty()) {
            return;
        }
        Where w = new Where();
        String status = w.bind(to.wire());
        w.in("id", ids);
        Sql.update(em, "update release set status = " + status + ", updated_at = clock_timestamp()" + w.sql(), w.args());
        history.addAll(ids, actor, HistoryAction.STATUS_CHANGED, Map.of("from", from.wire(), "to", to.wire()));
    }

    /** Marks the release as changed (its version list moved). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touch(UUID id) {
        Sql.update(em, "update release set updated_at = clock_timestamp() where id = ?1", id);
    }

    static ApiException notFound(UUID id) {
        return ApiException.notFound("Release " + id + " not found");
    }

    static ReleaseSummary of(Object[] r) {
        return new ReleaseSummary((UUID) r[0], (String) r[1], (String) r[2], ReleaseStatus.fromWire((String) r[3]),
                Json.readMap((String) r[4]), Sql.instant(r[5]), Sql.instant(r[6]));
    }
}
