package io.versioner.auth;

import io.quarkus.runtime.StartupEvent;
import io.versioner.common.ApiException;
import io.versioner.common.Cursor;
import io.versioner.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Creates, checks and revokes API keys; bootstraps the first admin key. */
@ApplicationScoped
public class ApiKeyService {
    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String BOOTSTRAP_NAME = "bootstrap-admin";

    @Inject
    EntityManager em;

    @Inject
    Event<ApiKeyRevoked> revoked;
    @Inject
    KeyLookup lookup;

    @ConfigProperty(name = "versioner.admin-key")
    Optional<String> adminKey;

    public record Created(ApiKey key, String secret) {
    }

    /** Who a key is, for rooms that must not hold the entity (the dashboard's sign-in). */
    public record Identity(UUID id, String name, Role role) {
    }

    /** Who the key behind a bearer secret is, while it is not revoked. */
    public Optional<Identity> identify(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return lookup.byHash(hash(secret));
    }

    /** The key with this id while it is not revoked (a session stands for it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<ApiKey> active(UUID id) {
        return ApiKey.<ApiKey>findByIdOptional(id).filter(k -> k.revokedAt == null);
    }

    @Transactional
    public Created create(String name, Role role) {
        String secret = newSecret();
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = name.trim();
        key.roleName = role.wire();
        key.prefix = secret.substring(0, 8);
        key.keyHash = hash(secret);
        key.persist();
        em.flush();
        em.refresh(key);
        return new Created(key, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApiKey> list(int limit, String cursor) {
        Cursor.TimeKey after = Cursor.decodeTimeKey(cursor);
        List<ApiKey> rows = after == null
                ? ApiKey.<ApiKey>find("order by createdAt desc, id desc").range(0, limit).list()
                : ApiKey.<ApiKey>find("(createdAt, id) < (?1, ?2) order by createdAt desc, id desc", after.at(), after.id())
                        .range(0, limit).list();
        return Page.of(rows, limit, k -> k, k -> Cursor.encode(k.createdAt, k.id));
    }

    @Transactional
    public void revoke(UUID id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            throw ApiException.notFound("API key " + id + " not found");
        }
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
            revoked.fire(new ApiKeyRevoked(id));
        }
    }

    /**
     * A configured admin key is stored (hashed) at every start; with none configured and no key at all, one
     * admin key is generated and logged once so that a fresh install can be used.
     */
    @Transactional
    void bootstrap(@Observes StartupEvent start) {
        io.versioner.common.Sql.lock(em, "api-key-bootstrap");
        if (adminKey.isPresent() && !adminKey.get().isBlank()) {
            String secret = adminKey.get().trim();
            em.createNativeQuery("insert into api_key (id, name, role, prefix, key_hash) values (?1, ?2, 'admin', ?3, ?4)"
                    + " on conflict (key_hash) do update set revoked_at = null")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, BOOTSTRAP_NAME)
                    .setParameter(3, secret.substring(0, Math.min(8, secret.length()))).setParameter(4, hash(secret))
                    .executeUpdate();
            return;
        }
        if (ApiKey.count() == 0) {
            Created created = create(BOOTSTRAP_NAME, Role.ADMIN);
            LOG.warnf("No API key existed: created admin key '%s' (shown only this once, store it now): %s",
                    BOOTSTRAP_NAME, created.secret());
        }
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "sk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
