package io.versioner.environment;

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
public class EnvironmentService {
    @Inject
    EntityManager em;

    /** The id of the environment with this name, created (type guessed from the name) if missing. */
    public UUID ensure(String name) {
        return Sql.ensure(em, "select id from environment where name = ?1", name,
                "insert into environment (id, name, type) values (?1, ?2, ?3) on conflict (name) do nothing",
                UUID.randomUUID(), name, EnvironmentType.guess(name).wire());
    }

    public Environment create(String name, EnvironmentType type, String description, Map<String, Object> metadata) {
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("insert into environment (id, name, type, description, metadata)"
                + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb)) on conflict (name) do nothing")
                .setParameter(1, id).setParameter(2, name)
                .setParameter(3, (type == null ? EnvironmentType.guess(name) : type).wire())
                .setParameter(4, description).setParameter(5, Json.write(metadata == null ? new HashMap<>() : metadata))
                .executeUpdate();
        if (inserted == 0) {
            throw ApiException.conflict("Environment " + name + " already exists");
        }
        return Environment.findById(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Environment> find(UUID id) {
        return Environment.findByIdOptional(id);
    }

    /** Environments in environment order (dev, test, staging, production, other, then name). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Environment> list(List<EnvironmentType> types, String name, int limit, String cursor) {
        StringBuilder sql = new StringBuilder("select * from environment where true");
        List<Object> args = new ArrayList<>();
        if (types != null && !types.isEmpty()) {
            args.add(types.stream().map(EnvironmentType::wire).toArray(String[]::new));
            sql.append(" and type = any(?").append(args.size()).append(")");
        }
        if (name != null) {
            args.add(name.trim());
            sql.append(" and name = ?").append(args.size());
        }
        if (cursor != null && !cursor.isEmpty()) {
            String[] p = Cursor.decode(cursor, 2);
            int rank;
            try {
                rank = Integer.parseInt(p[0]);
            } catch (NumberFormatException e) {
                throw Cursor.bad();
            }
            args.add(rank);
            args.add(p[1]);
            sql.append(" and (").append(Environment.ORDER_SQL).append(", name) > (?").append(args.size() - 1)
                    .append(", ?").append(args.size()).append(")");
        }
        sql.append(" order by ").append(Environment.ORDER_SQL).append(", name limit ").append(limit + 1);
        var query = em.createNativeQuery(sql.toString(), Environment.class);
        for (int i = 0; i < args.size(); i++) {
            query.setParameter(i + 1, args.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Environment> rows = query.getResultList();
        return Page.of(rows, limit, e -> e, e -> Cursor.encode(e.type().ordinal(), e.name));
    }

    public Environment update(UUID id, PatchValue<EnvironmentType> type, PatchValue<String> description,
            PatchValue<Map<String, Object>> metadata) {
        Environment e = Environment.findById(id);
        if (e == null) {
            throw ApiException.notFound("Environment " + id + " not found");
        }
        if (type.present() && type.value() != null) {
            e.typeName = type.value().wire();
        }
        e.description = description.orElse(e.description);
        if (metadata.present()) {
            e.metadata = Json.readMap(Json.metadata("metadata", metadata.value()));
        }
        e.updatedAt = Instant.now();
        return e;
    }

    public void delete(UUID id) {
        Environment e = Environment.findById(id);
        if (e == null) {
            throw ApiException.notFound("Environment " + id + " not found");
        }
        boolean used = !em.createNativeQuery("select 1 from deployment where environment_id = ?1 limit 1")
                .setParameter(1, id).getResultList().isEmpty();
        if (used) {
            throw ApiException.conflict("Environment " + e.name + " has deployments and cannot be deleted");
        }
        e.delete();
    }
}
