package io.versioner.release;

import io.versioner.auth.Caller;
import io.versioner.common.ApiException;
import io.versioner.common.Cursor;
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
import java.util.UUID;

/** The version list of a release: at most one version per product, read-only once the release is final. */
@ApplicationScoped
@Transactional
public class ReleaseVersionService {
    private static final String SELECT = "select rv.version_id, rv.product_id, p.name, v.version, rv.added_at"
            + " from release_version rv join version v on v.id = rv.version_id join product p on p.id = rv.product_id";
    private static final String VERSION = "select v.id, v.product_id, p.name, v.version from version v"
            + " join product p on p.id = v.product_id";

    @Inject
    EntityManager em;
    @Inject
    Releases releases;
    @Inject
    ReleaseHistory history;
    @Inject
    Caller caller;

    /** The outcome of an add: the member, and whether it is new (false: it was already there, nothing changed). */
    public record Added(ReleaseVersion version, boolean created) {
    }

    private record Target(UUID versionId, UUID productId, String productName, String version) {
    }

    public Added add(UUID releaseId, ReleaseVersionAdd body) {
        ReleaseSummary release = releases.lock(releaseId);
        Target t = resolve(body);
        Object[] held = Sql.firstRow(em, SELECT + " where rv.release_id = ?1 and rv.product_id = ?2", releaseId, t.productId());
        if (held != null && t.versionId().equals(held[0])) {
            return new Added(of(held), false);
        }
        refuseIfFinal(release);
        if (held != null) {
            throw ApiException.conflict("Release " + release.name() + " already holds " + t.productName() + " " + held[3]
                    + "; a release holds one version per product");
        }
        Sql.update(em, "insert into release_version (release_id, version_id, product_id) values (?1, ?2, ?3)",
                releaseId, t.versionId(), t.productId());
        releases.touch(releaseId);
        history.add(releaseId, caller.name(), HistoryAction.VERSION_ADDED, details(t.versionId(), t.productName(), t.version()));
        return new Added(get(releaseId, t.versionId()), true);
    }

    public void remove(UUID releaseId, UUID versionId) {
        ReleaseSummary release = releases.lock(releaseId);
        refuseIfFinal(release);
        ReleaseVersion v = get(releaseId, versionId);
        Sql.update(em, "delete from release_version where release_id = ?1 and version_id = ?2", releaseId, versionId);
        releases.touch(releaseId);
        history.add(releaseId, caller.name(), HistoryAction.VERSION_REMOVED, details(versionId, v.productName(), v.version()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReleaseVersion get(UUID releaseId, UUID versionId) {
        Object[] row = Sql.firstRow(em, SELECT + " where rv.release_id = ?1 and rv.version_id = ?2", releaseId, versionId);
        if (row == null) {
            releases.get(releaseId);
            throw ApiException.notFound("Version " + versionId + " is not in release " + releaseId);
        }
        return of(row);
    }

    /** The release's versions by product name (unique within a release), paged by that name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReleaseVersion> list(UUID releaseId, int limit, String cursor) {
        releases.get(releaseId);
        Where w = new Where().eq("rv.release_id", releaseId);
        if (cursor != null && !cursor.isEmpty()) {
            w.raw("p.name > ?", Cursor.decode(cursor, 1)[0]);
        }
        List<ReleaseVersion> rows = Sql.rows(em, SELECT + w.sql() + " order by p.name limit " + (limit + 1), w.args())
                .stream().map(ReleaseVersionService::of).toList();
        return Page.of(rows, limit, v -> v, v -> Cursor.encode(v.productName()));
    }

    private Target resolve(ReleaseVersionAdd body) {
        Object[] row;
        if (body.versionId() != null) {
            row = Sql.firstRow(em, VERSION + " where v.id = ?1", body.versionId());
            if (row == null) {
                throw ApiException.notFound("Version " + body.versionId() + " not found");
            }
        } else {
            String product = Text.trimToNull(body.productName());
            String version = Text.trimToNull(body.version());
            if (product == null) {
                throw ApiException.invalid("body", "version_id", "give version_id, or product_name and version", "missing");
            }
            if (version == null) {
                throw ApiException.invalid("body", "version", "field required with product_name", "missing");
            }
            row = Sql.firstRow(em, VERSION + " where p.name = ?1 and v.version = ?2", product, version);
            if (row == null) {
                throw ApiException.notFound("Version " + version + " of " + product + " not found");
            }
        }
        return new Target((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3]);
    }

    private static void refuseIfFinal(ReleaseSummary release) {
        if (release.status().isFinal()) {
            throw ApiException.conflict("Release " + release.name() + " is " + release.status().wire()
                    + "; its versions can no longer be changed");
        }
    }

    private static Map<String, Object> details(UUID versionId, String productName, String version) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("version_id", versionId.toString());
        d.put("product_name", productName);
        d.put("version", version);
        return d;
    }

    private static ReleaseVersion of(Object[] r) {
        return new ReleaseVersion((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], Sql.instant(r[4]));
    }
}
