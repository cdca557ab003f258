package io.versioner.common;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The correlation rules shared by builds and deployments: every event of one attempt (one CI run that
 * builds a version, or puts a version into an environment) lands on one row, replays change nothing, and
 * a non-terminal event never replaces a terminal status. Callers hold the scope's advisory lock, so the
 * find-then-insert below never races.
 *
 * @param table      the attempt table ({@code build}, {@code deployment})
 * @param eventTable its append-only event table
 * @param eventFk    the event table's column pointing at the attempt
 * @param scope      the columns that name what is attempted ({@code version_id}[, {@code environment_id}])
 * @param completedAtColumn set to the server time whenever the attempt becomes completed (null: none)
 */
public record Attempts(String table, String eventTable, String eventFk, List<String> scope, String completedAtColumn) {
    static final Duration REPLAY_WINDOW = Duration.ofMinutes(10);

    /**
     * The outcome: the attempt and event ids, whether this event was a replay that changed nothing, and the
     * attempt's status after and before it (before is null for a new attempt).
     */
    public record Recorded(UUID attemptId, UUID eventId, boolean replay, EventStatus status, EventStatus before) {
    }

    /** One incoming event: its status, the words it was sent with, and the attempt columns it carries. */
    public record Incoming(EventStatus status, String word, String invokeId, String payloadJson,
            Map<String, Object> columns, String extraMetadataJson) {
    }

    private record Row(UUID id, EventStatus status, String invokeId, Instant lastEventAt) {
    }

    public void lock(EntityManager em, List<UUID> scopeValues) {
        Sql.lock(em, table + ":" + scopeValues);
    }

    public Recorded record(EntityManager em, List<UUID> scopeValues, Incoming in) {
        lock(em, scopeValues);
        Row target;
        if (in.invokeId() != null) {
            // the run's own attempt if it has one, else the newest open attempt without a run, in one query
            target = one(em, "(invoke_id = ? or (invoke_id is null and status in ('pending', 'started')))",
                    "invoke_id is not null desc, ", scopeValues, in.invokeId());
            if (target != null && target.invokeId != null) {
                UUID seen = eventWith(em, target.id, in.invokeId(), in.status());
                if (seen != null) {
                    return new Recorded(target.id, seen, true, target.status, target.status);
                }
            }
        } else {
            Row newest = one(em, "true", scopeValues, null);
            if (newest != null && in.status().terminal() && newest.status == in.status()
                    && newest.lastEventAt.isAfter(Instant.now().minus(REPLAY_WINDOW))) {
                UUID seen = eventWith(em, newest.id, null, in.status());
                if (seen != null) {
                    return new Recorded(newest.id, seen, true, newest.status, newest.status);
                }
            }
            target = newest != null && !newest.status.terminal() ? newest
                    : one(em, "status in ('pending', 'started')", scopeValues, null);
        }
        UUID attemptId;
        EventStatus status;
        if (target == null) {
            attemptId = UUID.randomUUID();
            status = in.status();
            insert(em, attemptId, scopeValues, in);
        } else {
            attemptId = target.id;
            status = in.status().terminal() || !target.status.terminal() ? in.status() : target.status;
            update(em, target, status, in);
        }
        UUID eventId = UUID.randomUUID();
        Sql.update(em, "insert into " + eventTable + " (id, " + eventFk + ", status, status_word, invoke_id, payload)"
                + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb))",
                eventId, attemptId, in.status().wire(), in.word(), in.invokeId(), in.payloadJson());
        return new Recorded(attemptId, eventId, false, status, target == null ? null : target.status);
    }

    /** The newest attempt of the scope matching {@code condition} (one "?" at most, bound to {@code arg}). */
    private Row one(EntityManager em, String condition, List<UUID> scopeValues, String arg) {
        return one(em, condition, "", scopeValues, arg);
    }

    /** As above, ordered first by {@code orderFirst} (a prefix of the order by clause). */
    private Row one(EntityManager em, String condition, String orderFirst, List<UUID> scopeValues, String arg) {
        List<Object> args = new ArrayList<>(scopeValues);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < scope.size(); i++) {
            where.append(scope.get(i)).append(" = ?").append(i + 1).append(" and ");
        }
        String cond = condition;
        if (arg != null) {
            args.add(arg);
            cond = condition.replace("?", "?" + args.size());
        }
        Object[] r = Sql.firstRow(em, "select id, status, invoke_id, last_event_at from " + table + " where " + where
                + cond + " order by " + orderFirst + "created_at desc, id desc limit 1", args.toArray());
        return r == null ? null : new Row((UUID) r[0], EventStatus.fromWire((String) r[1]), (String) r[2], Sql.instant(r[3]));
    }

    private UUID eventWith(EntityManager em, UUID attemptId, String invokeId, EventStatus status) {
        Object[] r = Sql.firstRow(em, "select id, received_at from " + eventTable + " where " + eventFk + " = ?1 and status = ?2"
                + (invokeId == null ? "" : " and invoke_id = ?3") + " order by received_at desc limit 1",
                invokeId == null ? new Object[] { attemptId, status.wire() } : new Object[] { attemptId, status.wire(), invokeId });
        return r == null ? null : (UUID) r[0];
    }

    private void insert(EntityManager em, UUID id, List<UUID> scopeValues, Incoming in) {
        List<String> cols = new ArrayList<>(List.of("id", "status", "invoke_id", "extra_metadata"));
        List<String> marks = new ArrayList<>(List.of("?1", "?2", "?3", "cast(?4 as jsonb)"));
        List<Object> args = new ArrayList<>();
        args.add(id);
        args.add(in.status().wire());
        args.add(in.invokeId());
        args.add(in.extraMetadataJson());
        for (int i = 0; i < scope.size(); i++) {
            cols.add(scope.get(i));
            args.add(scopeValues.get(i));
            marks.add("?" + args.size());
        }
        in.columns().forEach((col, value) -> {
            if (value != null) {
                cols.add(col);
                args.add(value);
                marks.add("?" + args.size());
            }
        });
        if (completedAtColumn != null && in.status() == EventStatus.COMPLETED) {
            cols.add(completedAtColumn);
            marks.add("clock_timestamp()");
        }
        Sql.update(em, "insert into " + table + " (" + String.join(", ", cols) + ") values (" + String.join(", ", marks) + ")",
                args.toArray());
    }

    /** Moves the status, adopts an invoke id, fills fields the event brings and merges its metadata. */
    private void update(EntityManager em, Row target, EventStatus status, Incoming in) {
        List<Object> args = new ArrayList<>(List.of(target.id, status.wire(), in.extraMetadataJson()));
        StringBuilder set = new StringBuilder("status = ?2, extra_metadata = extra_metadata || cast(?3 as jsonb),"
                + " last_event_at = clock_timestamp(), updated_at = clock_timestamp()");
        if (completedAtColumn != null && status == EventStatus.COMPLETED && target.status != EventStatus.COMPLETED) {
            set.append(", ").append(completedAtColumn).append(" = clock_timestamp()");
        }
        if (in.invokeId() != null && target.invokeId == null) {
            args.add(in.invokeId());
            set.append(", invoke_id = ?").append(args.size());
        }
        in.columns().forEach((col, value) -> {
            if (value != null) {
                args.add(value);
                set.append(", ").append(col).append(" = ?").append(args.size());
            }
        });
        Sql.update(em, "update " + table + " set " + set + " where id = ?1", args.toArray());
    }
}
