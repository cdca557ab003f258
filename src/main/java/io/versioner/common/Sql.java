package io.versioner.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Small helpers for native SQL: binding positional parameters and reading columns. */
public final class Sql {
    private Sql() {
    }

    public static Query query(EntityManager em, String sql, Object... args) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < args.length; i++) {
            q.setParameter(i + 1, args[i]);
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(EntityManager em, String sql, Object... args) {
        return query(em, sql, args).getResultList();
    }

    public static Object[] firstRow(EntityManager em, String sql, Object... args) {
        List<Object[]> rows = rows(em, sql, args);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public static int update(EntityManager em, String sql, Object... args) {
        return query(em, sql, args).executeUpdate();
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (o instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + o.getClass().getSimpleName());
    }

    /** Takes a transaction-scoped advisory lock on a text key, serialising writers of the same thing. */
    public static void lock(EntityManager em, String key) {
        query(em, "select cast(pg_advisory_xact_lock(hashtextextended(?1, 0)) as text)", key).getSingleResult();
    }

    /**
     * The id {@code lookup} finds for {@code key}, inserting the row first when it is missing. The read comes
     * first because the row usually exists; the insert is "on conflict do nothing" and the lookup runs again
     * as a new statement, which sees a row a concurrent transaction committed meanwhile: simultaneous first
     * events all succeed and create exactly one row.
     */
    public static java.util.UUID ensure(EntityManager em, String lookup, Object key, String insert, Object... insertArgs) {
        List<?> found = query(em, lookup, key).getResultList();
        if (found.isEmpty()) {
            update(em, insert, insertArgs);
            found = query(em, lookup, key).getResultList();
        }
        return (java.util.UUID) found.get(0);
    }
}
