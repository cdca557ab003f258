package io.versioner.ui;

import io.versioner.auth.SessionAuthenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import java.util.Optional;
import java.util.UUID;

/** Dashboard pages authenticate by the session cookie, never by a bearer header (browsers do not send one). */
@ApplicationScoped
public class CookieSessionAuthenticator implements SessionAuthenticator {
    @Inject
    UiSessions sessions;
    @Inject
    CurrentSession current;

    @Override
    public boolean handles(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return p.equals(UiPaths.PREFIX) || p.startsWith(UiPaths.PREFIX + "/");
    }

    @Override
    public Optional<UUID> keyId(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(UiPaths.COOKIE);
        if (cookie == null) {
            return Optional.empty();
        }
        Optional<UiSessions.Session> session = sessions.find(cookie.getValue());
        session.ifPresent(s -> current.set(cookie.getValue(), s));
        return session.map(UiSessions.Session::keyId);
    }
}
