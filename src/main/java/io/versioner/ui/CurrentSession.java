package io.versioner.ui;

import io.versioner.common.ApiException;
import jakarta.enterprise.context.RequestScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The dashboard session of the current request, if it has one, and the CSRF check of its forms. */
@RequestScoped
public class CurrentSession {
    private String cookie;
    private UiSessions.Session session;

    void set(String cookie, UiSessions.Session session) {
        this.cookie = cookie;
        this.session = session;
    }

    public boolean present() {
        return session != null;
    }

    /** The raw cookie value, needed only to close the session. */
    String cookie() {
        return cookie;
    }

    public String csrf() {
        return session == null ? null : session.csrf();
    }

    /**
     * Every form that changes something carries the session's token; a request without it did not come from
     * one of our pages (SameSite already keeps other sites' requests cookie-less; this is the second lock).
     */
    public void requireCsrf(String token) {
        boolean ok = session != null && token != null && MessageDigest.isEqual(
                session.csrf().getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
        if (!ok) {
            throw ApiException.forbidden("This form has expired or did not come from this dashboard: reload the page and try again");
        }
    }
}
