package io.versioner.ui;

import io.versioner.auth.ApiKeyRevoked;
import io.versioner.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dashboard sessions: the cookie holds a random id, the table only its SHA-256 hash, so neither a stolen
 * table nor the logs can be turned into a working cookie. Each session carries its own CSRF token.
 */
@ApplicationScoped
@Transactional
public class UiSessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @ConfigProperty(name = "versioner.ui.session-ttl", defaultValue = "12H")
    Duration ttl;

    /** A live session: the key it acts for and the token its forms must carry. */
    public record Session(UUID keyId, String csrf) {
    }

    /** A new session; {@code cookie} is the secret that only the browser keeps. */
    public record Opened(String cookie, String csrf, Duration ttl) {
    }

    public Opened open(UUID keyId) {
        // Expired sessions are swept here, at sign-in, so the table never needs a scheduler.
        Sql.update(em, "delete from ui_session where expires_at < clock_timestamp()");
        String cookie = random();
        String csrf = random();
        Sql.update(em, "insert into ui_session (id_hash, key_id, csrf_token, expires_at) values (?1, ?2, ?3, ?4)",
                hash(cookie), keyId, csrf, Instant.now().plus(ttl));
        return new Opened(cookie, csrf, ttl);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Session> find(String cookie) {
        if (cookie == null || cookie.isEmpty() || cookie.length() > 100) {
            return Optional.empty();
        }
        Object[] row = Sql.firstRow(em, "select key_id, csrf_token from ui_session"
                + " where id_hash = ?1 and expires_at > clock_timestamp()", hash(cookie));
        return row == null ? Optional.empty() : Optional.of(new Session((UUID) row[0], (String) row[1]));
    }

    public void close(String cookie) {
        if (cookie != null && !cookie.isEmpty()) {
            Sql.update(em, "delete from ui_session where id_hash = ?1", hash(cookie));
        }
    }

    /** Revoking a key ends its sessions (they would be refused anyway: the key is checked on every request). */
    void keyRevoked(@Observes ApiKeyRevoked revoked) {
        Sql.update(em, "delete from ui_session where key_id = ?1", revoked.keyId());
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
