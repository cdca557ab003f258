package io.versioner.version;

import io.versioner.common.ApiException;
import io.versioner.common.Cursor;
import io.versioner.common.Json;
import io.versioner.common.Page;
import io.versioner.common.Sql;
import io.versioner.product.ProductService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class VersionService {
    @Inject
    EntityManager em;
    @Inject
    ProductService products;

    /**
     * The id of {@code version} of the product, created if missing. Versions are immutable: a sha that differs
     * from the stored one is a 409 (the caller's transaction rolls back, so nothing is written); a version
     * without a sha takes the first one it is given.
     */
    public UUID ensure(UUID productId, String productName, String version, ScmInfo scm) {
        // insert first: callers come here when the version is (most likely) new; a concurrent insert of the same
        // version makes this one wait and then do nothing, and the read below, a new statement, sees it
        UUID created = UUID.randomUUID();
        if (insert(created, productId, version, scm, null) == 1) {
            return created;
        }
        Object[] row = Sql.firstRow(em, "select id, scm_sha from version where product_id = ?1 and version = ?2",
                productId, version);
        UUID id = (UUID) row[0];
        String stored = (String) row[1];
        if (scm.sha() == null || scm.sha().equals(stored)) {
            return id;
        }
        if (stored == null) {
            int taken = Sql.update(em, "update version set scm_sha = ?2 where id = ?1 and scm_sha is null", id, scm.sha());
            if (taken == 1) {
                return id;
            }
            stored = (String) Sql.query(em, "select scm_sha from version where id = ?1", id).getSingleResult();
            if (scm.sha().equals(stored)) {
                return id;
            }
        }
        throw ApiException.conflict("Version " + version + " of " + productName + " already exists with a different scm_sha");
    }

    /** Inserts the version unless it exists; answers how many rows were inserted (0 or 1). */
    private int insert(UUID id, UUID productId, String version, ScmInfo scm, Map<String, Object> metadata) {
        return Sql.update(em, "insert into version (id, product_id, version, scm_sha, scm_branch, scm_repository,"
                + " build_url, build_number, extra_metadata) values (?1, ?2, ?3, cast(?4 as text), cast(?5 as text),"
                + " cast(?6 as text), cast(?7 as text), cast(?8 as text), cast(?9 as jsonb))"
                + " on conflict (product_id, version) do nothing",
                id, productId, version, scm.sha(), scm.branch(), scm.repository(), scm.buildUrl(), scm.buildNumber(),
                Json.write(metadata == null ? Map.of() : metadata));
    }

    /** POST /versions: creates a version explicitly; an existing one is a 409. */
    public Version create(UUID productId, String productName, String version, ScmInfo scm, Map<String, Object> metadata) {
        UUID product = productId != null ? productId
                : products.findByName(productName).map(p -> p.id).orElseGet(() -> products.ensure(productName));
        if (productId != null && products.find(productId).isEmpty()) {
            throw ApiException.notFound("Product " + productId + " not found");
        }
        UUID id = UUID.randomUUID();
        int inserted = insert(id, product, version, scm, metadata);
        if (inserted == 0) {
            throw ApiException.conflict("Version " + version + " already exists for this product");
        }
        return Version.findById(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Version> find(UUID id) {
        return Version.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Version> find(String productName, String version) {
        return Version.find("productId = (select p.id from Product p where p.name = ?1) and version = ?2",
                productName, version).firstResultOptional();
    }

    /** Versions, newest first, optionally of one product (by name or id) or with one sha. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Version> list(String product, UUID productId, String scmSha, int limit, String cursor) {
        StringBuilder where = new StringBuilder("true");
        List<Object> args = new ArrayList<>();
        if (productId != null) {
            args.add(productId);
            where.append(" and productId = ?").append(args.size());
        }
        if (product != null) {
            args.add(product.strip());
            where.append(" and productId = (select p.id from Product p where p.name = ?").append(args.size()).append(")");
        }
        if (scmSha != null) {
            args.add(scmSha.strip());
            where.append(" and scmSha = ?").append(args.size());
        }
        Cursor.TimeKey after = Cursor.decodeTimeKey(cursor);
        if (after != null) {
            args.add(after.at());
            args.add(after.id());
            where.append(" and (createdAt < ?").append(args.size() - 1).append(" or (createdAt = ?").append(args.size() - 1)
                    .append(" and id < ?").append(args.size()).append("))");
        }
        List<Version> rows = Version.<Version>find(where + " order by createdAt desc, id desc", args.toArray())
                .range(0, limit).list();
        return Page.of(rows, limit, v -> v, v -> Cursor.encode(v.createdAt, v.id));
    }
}
