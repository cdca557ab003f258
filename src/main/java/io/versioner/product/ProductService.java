package io.versioner.product;

import io.versioner.common.ApiException;
import io.versioner.common.Cursor;
import io.versioner.common.Json;
import io.versioner.common.Page;
import io.versioner.common.PatchValue;
import io.versioner.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ProductService {
    @Inject
    EntityManager em;

    /**
     * The id of the product with this name, created if missing; concurrent first events for one new name all
     * succeed and create one row.
     */
    public UUID ensure(String name) {
        return Sql.ensure(em, "select id from product where name = ?1", name,
                "insert into product (id, name) values (?1, ?2) on conflict (name) do nothing", UUID.randomUUID(), name);
    }

    public Product create(String name, String description, Map<String, Object> metadata) {
        Product p = new Product();
        p.id = UUID.randomUUID();
        p.name = name;
        p.description = description;
        p.extraMetadata = metadata == null ? new HashMap<>() : metadata;
        int inserted = em.createNativeQuery("insert into product (id, name, description, extra_metadata) values"
                + " (?1, ?2, ?3, cast(?4 as jsonb)) on conflict (name) do nothing")
                .setParameter(1, p.id).setParameter(2, name).setParameter(3, description)
                .setParameter(4, io.versioner.common.Json.write(p.extraMetadata)).executeUpdate();
        if (inserted == 0) {
            throw ApiException.conflict("Product " + name + " already exists");
        }
        return Product.findById(p.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Product> find(UUID id) {
        return Product.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Product> findByName(String name) {
        return Product.find("name", name).firstResultOptional();
    }

    /** Products by name (a unique key), optionally filtered by exact name or a case-insensitive substring. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Product> list(String name, String q, int limit, String cursor) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (name != null) {
            args.add(name.trim());
            where.append(" and name = ?").append(args.size());
        }
        if (q != null && !q.isBlank()) {
            args.add("%" + io.versioner.common.Text.likeEscape(q.trim().toLowerCase(java.util.Locale.ROOT)) + "%");
            // HQL on PostgreSQL renders LIKE with escape '' unless one is named: without this, the backslashes
            // of likeEscape are literal and "%" or "_" in q never match themselves
            where.append(" and lower(name) like ?").append(args.size()).append(" escape '\\'");
        }
        if (cursor != null && !cursor.isEmpty()) {
            args.add(Cursor.decode(cursor, 1)[0]);
            where.append(" and name > ?").append(args.size());
        }
        List<Product> rows = Product.<Product>find(where + " order by name", args.toArray()).range(0, limit).list();
        return Page.of(rows, limit, p -> p, p -> Cursor.encode(p.name));
    }

    public Product update(UUID id, PatchValue<String> description, PatchValue<Map<String, Object>> metadata) {
        Product p = Product.findById(id);
        if (p == null) {
            throw ApiException.notFound("Product " + id + " not found");
        }
        p.description = description.orElse(p.description);
        if (metadata.present()) {
            p.extraMetadata = Json.readMap(Json.metadata("extra_metadata", metadata.value()));
        }
        p.updatedAt = Instant.now();
        return p;
    }

    /** Deletes the product with its versions, builds and deployments, unless a release holds one of its versions. */
    public void delete(UUID id) {
        Product p = Product.findById(id);
        if (p == null) {
            throw ApiException.notFound("Product " + id + " not found");
        }
        Number inReleases = (Number) em.createNativeQuery("select count(*) from release_version where product_id = ?1")
                .setParameter(1, id).getSingleResult();
        if (inReleases.longValue() > 0) {
            throw ApiException.conflict("Product " + p.name + " has versions in releases and cannot be deleted");
        }
        em.createNativeQuery("delete from product where id = ?1").setParameter(1, id).executeUpdate();
    }
}
