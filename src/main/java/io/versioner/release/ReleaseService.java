package io.versioner.release;

import io.versioner.auth.Caller;
import io.versioner.common.ApiException;
import io.versioner.common.Cursor;
import io.versioner.common.Json;
import io.versioner.common.Page;
import io.versioner.common.Sql;
import io.versioner.common.Text;
import io.versioner.common.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Creating, reading and changing releases; the status rules live here. */
@ApplicationScoped
@Transactional
public class ReleaseService {
    static final int MAX_NAME = 200;

    @Inject
    EntityManager em;
    @Inject
    Releases releases;
    @Inject
    ReleaseHistory history;
    @Inject
    ReleaseMatrixService matrix;
    @Inject
    Caller caller;

    public Release create(ReleaseCreate body) {
        String name = checkName(body.name());
        ReleaseStatus status = body.status() == null ? ReleaseStatus.DRAFT : body.status();
        if (status != ReleaseStatus.DRAFT && status != ReleaseStatus.IN_PROGRESS) {
            throw ApiException.invalid("body", "status", "a release starts as draft or in_progress", "value_error");
        }
        String metadata = Json.metadata("extra_metadata", body.extraMetadata());
        UUID id = UUID.randomUUID();
        Sql.update(em, "insert into release (id, name, description, status, extra_metadata)"
                + " values (?1, ?2, cast(?3 as text), ?4, cast(?5 as jsonb))",
                id, name, body.description(), status.wire(), metadata);
        history.add(id, caller.name(), HistoryAction.CREATED, Map.of("name", name, "status", status.wire()));
        return get(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Release get(UUID id) {
        return matrix.detail(releases.get(id));
    }

    /** Newest first; {@code statuses} means any of, {@code q} is a case-insensitive substring of the name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReleaseSummary> list(List<ReleaseStatus> statuses, String q, int limit, String cursor) {
        Where w = new Where().in("r.status", statuses.stream().map(ReleaseStatus::wire).toList()).contains("r.name", q)
                .before("r.created_at", "r.id", Cursor.decodeTimeKey(cursor));
        List<ReleaseSummary> rows = Sql.rows(em, "select " + Releases.COLUMNS + " from release r" + w.sql()
                + " order by r.created_at desc, r.id desc limit " + (limit + 1), w.args()).stream().map(Releases::of).toList();
        return Page.of(rows, limit, r -> r, r -> Cursor.encode(r.createdAt(), r.id()));
    }

    /** The audit trail of an existing release, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReleaseHistoryEntry> history(UUID id, int limit, String cursor) {
        releases.get(id);
        return history.list(id, limit, cursor);
    }

    /**
     * Changes fields and/or moves the status. Nothing changed is a no-op (200, no history), even on a final
     * release; otherwise a final release is read-only. Fields and status change together or not at all.
     */
    public Release update(UUID id, ReleaseUpdate patch) {
        ReleaseSummary r = releases.lock(id);
        Map<String, Object> changes = new LinkedHashMap<>();
        String name = patch.name().present() ? checkName(patch.name().value()) : r.name();
        String description = patch.description().orElse(r.description());
        Map<String, Object> metadata = patch.extraMetadata().present()
                ? Json.readMap(Json.metadata("extra_metadata", patch.extraMetadata().value())) : r.extraMetadata();
        change(changes, "name", r.name(), name);
        change(changes, "description", r.description(), description);
        change(changes, "extra_metadata", r.extraMetadata(), metadata);
        ReleaseStatus to = patch.status().orElse(r.status());
        if (to == null) {
            throw ApiException.invalid("body", "status", "status cannot be null", "missing");
        }
        if (changes.isEmpty() && to == r.status()) {
            return get(id);
        }
        if (r.status().isFinal()) {
            throw ApiException.conflict("Release " + r.name() + " is " + r.status().wire() + " and can no longer be changed");
        }
        if (to != r.status()) {
            checkMove(r, to);
        }
        if (!changes.isEmpty()) {
            Sql.update(em, "update release set name = ?2, description = cast(?3 as text), extra_metadata = cast(?4 as jsonb),"
                    + " updated_at = clock_timestamp() where id = ?1", id, name, description, Json.write(metadata));
            history.add(id, caller.name(), HistoryAction.UPDATED, changes);
        }
        if (to != r.status()) {
            releases.move(List.of(id), r.status(), to, caller.name());
        }
        return get(id);
    }

    private void checkMove(ReleaseSummary r, ReleaseStatus to) {
        if (!r.status().moves().contains(to)) {
            throw ApiException.conflict("Release status " + r.status().wire() + " cannot become " + to.wire() + "; allowed: "
                    + r.status().moves().stream().map(ReleaseStatus::wire).collect(Collectors.joining(", ")));
        }
        if (to == ReleaseStatus.COMPLETED) {
            List<ReleaseMatrixService.Member> members = matrix.members(r.id());
            if (members.isEmpty()) {
                throw ApiException.conflict("Release " + r.name() + " has no versions and cannot be completed");
            }
            List<String> missing = members.stream().filter(m -> !m.inProduction())
                    .map(m -> m.version().productName() + " " + m.version().version()).toList();
            if (!missing.isEmpty()) {
                throw ApiException.conflict("Release " + r.name() + " cannot be completed: not successful in production: "
                        + String.join(", ", missing));
            }
        }
    }

    private static void change(Map<String, Object> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> fromTo = new LinkedHashMap<>();
            fromTo.put("from", from);
            fromTo.put("to", to);
            changes.put(field, fromTo);
        }
    }

    /** Names are required, trimmed, and at most 200 characters. */
    static String checkName(String raw) {
        String name = Text.trimToNull(raw);
        if (name == null) {
            throw ApiException.invalid("body", "name", "field required", "missing");
        }
        if (name.length() > MAX_NAME) {
            throw ApiException.invalid("body", "name", "at most " + MAX_NAME + " characters", "value_error.length");
        }
        return name;
    }
}
