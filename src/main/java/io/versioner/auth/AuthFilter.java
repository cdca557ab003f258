package io.versioner.auth;

import io.versioner.common.ApiException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates the bearer API key of every API request before its body is read: a missing, unknown or
 * revoked key is 401. What the key may do is checked by {@link RequiresInterceptor}. Health, OpenAPI and
 * metrics are not API resources and stay open. Paths that a {@link SessionAuthenticator} handles (the
 * dashboard) authenticate by its session instead; without one the request stays anonymous, so that
 * {@link Requires} refuses it and the page can answer with its own sign-in redirect rather than JSON.
 */
public class AuthFilter {
    @Inject
    ApiKeyService keys;
    @Inject
    Caller caller;
    @Inject
    Instance<SessionAuthenticator> sessions;

    @ConfigProperty(name = "versioner.auth.anonymous-read", defaultValue = "false")
    boolean anonymousRead;

    @ServerRequestFilter
    public void authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        for (SessionAuthenticator session : sessions) {
            if (session.handles(path)) {
                bySession(session, request);
                return;
            }
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            if (anonymousRead && "GET".equals(request.getMethod())) {
                caller.allowAnonymousRead(true);
                return;
            }
            throw ApiException.unauthorized("Not authenticated: send Authorization: Bearer <api key>");
        }
        if (header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized("Not authenticated: the Authorization header must be 'Bearer <api key>'");
        }
        ApiKeyService.Identity key = keys.identify(header.substring(7).trim())
                .orElseThrow(() -> ApiException.unauthorized("Invalid or revoked API key"));
        caller.set(key.id(), key.name(), key.role());
    }

    private void bySession(SessionAuthenticator session, ContainerRequestContext request) {
        session.keyId(request).flatMap(keys::active).ifPresentOrElse(key -> caller.set(key.id, key.name, key.role()),
                () -> caller.allowAnonymousRead(anonymousRead && "GET".equals(request.getMethod())));
    }
}
