package io.versioner.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code Idempotency-Key} replays: the first accepted request under a key is remembered with a hash of its
 * body; the same key again answers the first ids, the same key with another body is a 409. Must run inside
 * the caller's transaction (the advisory lock is held until it ends).
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";

    @Inject
    EntityManager em;

    public record Prior(UUID resultId, UUID eventId) {
    }

    public Optional<Prior> check(String key, String endpoint, String requestHash) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.length() > 255) {
            throw ApiException.invalid("header", HEADER, "at most 255 characters", "value_error");
        }
        Sql.lock(em, "idempotency:" + key);
        Object[] row = Sql.firstRow(em, "select endpoint, request_hash, result_id, event_id from idempotency_record where key = ?1", key);
        if (row == null) {
            return Optional.empty();
        }
        if (!endpoint.equals(row[0]) || !requestHash.equals(row[1])) {
            throw ApiException.conflict("Idempotency-Key " + key + " was already used with a different request");
        }
        return Optional.of(new Prior((UUID) row[2], (UUID) row[3]));
    }

    public void remember(String key, String endpoint, String requestHash, UUID resultId, UUID eventId) {
        if (key != null) {
            Sql.update(em, "insert into idempotency_record (key, endpoint, request_hash, result_id, event_id)"
                    + " values (?1, ?2, ?3, ?4, ?5)", key, endpoint, requestHash, resultId, eventId);
        }
    }

    public static String hash(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
