package io.versioner.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import java.util.UUID;

/**
 * Authenticates some paths by a session (the dashboard's cookie) instead of a bearer key. auth only
 * defines this, and the room that owns the sessions implements it, so that auth never depends on its users.
 * The session stands for an API key: {@link AuthFilter} still loads that key and refuses it once revoked,
 * and {@link Requires} checks its role as for any bearer request.
 */
public interface SessionAuthenticator {
    /** Whether requests to this path (relative to the application root) use this instead of a bearer key. */
    boolean handles(String path);

    /** The id of the API key behind the request's live session, if it has one. */
    Optional<UUID> keyId(ContainerRequestContext request);
}
