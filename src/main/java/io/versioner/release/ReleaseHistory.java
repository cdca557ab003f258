package io.versioner.release;

import io.versioner.common.Cursor;
import io.versioner.common.Json;
import io.versioner.common.Page;
import io.versioner.common.Sql;
import io.versioner.common.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The append-only audit trail of releases (the table refuses updates and deletes). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReleaseHistory {
    /** The actor of automatic progress. */
    public static final String SYSTEM = "system";

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(UUID releaseId, String actor, HistoryAction action, Map<String, Object> details) {
        Sql.update(em, "insert into release_history (release_id, actor, action, details) values (?1, ?2, ?3, cast(?4 as jsonb))",
                releaseId, actor, action.wire(), Json.write(details));
    }

    /** The same entry for several releases, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAll(Collection<UUID> releaseIds, String actor, HistoryAction action, Map<String, Object> details) {
        Where w = new Where();
        String select = "select id, cast(" + w.bind(actor) + " as text), cast(" + w.bind(action.wire()) + " as text), cast("
                + w.bind(Json.write(details)) + " as jsonb) from release";
        w.in("id", releaseIds);
        Sql.update(em, "insert into release_history (release_id, actor, action, details) " + select + w.sql() + " order by id",
                w.args());
    }

    /** Entries of one release, oldest first, paged by the entry's identity. */
    public Page<ReleaseHistoryEntry> list(UUID releaseId, int limit, String cursor) {
        Where w = new Where().eq("release_id", releaseId);
        if (cursor != null && !cursor.isEmpty()) {
            w.raw("id > ?", parse(Cursor.decode(cursor, 1)[0]));
        }
        List<Object[]> rows = Sql.rows(em, "select id, at, actor, action, cast(details as text) from release_history" + w.sql()
                + " order by id limit " + (limit + 1), w.args());
        return Page.of(rows, limit, r -> new ReleaseHistoryEntry(Sql.instant(r[1]), (String) r[2],
                HistoryAction.fromWire((String) r[3]), Json.readMap((String) r[4])), r -> Cursor.encode(r[0]));
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Cursor.bad();
        }
    }
}
