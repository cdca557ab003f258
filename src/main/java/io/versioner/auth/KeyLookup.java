package io.versioner.auth;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import io.versioner.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * API keys by hash, cached for a few seconds ({@code quarkus.cache.caffeine."api-keys"}): a CI system posting
 * events then authenticates without a query or a transaction per request. A revoke on this instance empties
 * the cache once it commits; other instances stop accepting the key when their entry expires.
 */
@ApplicationScoped
public class KeyLookup {
    @Inject
    EntityManager em;

    @CacheResult(cacheName = "api-keys")
    @Transactional
    public Optional<ApiKeyService.Identity> byHash(String hash) {
        Optional<ApiKey> found = ApiKey.<ApiKey>find("keyHash", hash).firstResultOptional()
                .filter(k -> MessageDigest.isEqual(k.keyHash.getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .filter(k -> k.revokedAt == null);
        // last_used_at is kept to the minute: at most one write per key per minute and instance
        found.ifPresent(k -> Sql.update(em, "update api_key set last_used_at = clock_timestamp() where id = ?1"
                + " and (last_used_at is null or last_used_at < clock_timestamp() - interval '1 minute')", k.id));
        return found.map(k -> new ApiKeyService.Identity(k.id, k.name, k.role()));
    }

    @CacheInvalidateAll(cacheName = "api-keys")
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiKeyRevoked revoked) {
    }
}
