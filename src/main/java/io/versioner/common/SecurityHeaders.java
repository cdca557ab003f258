package io.versioner.common;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every response, whoever writes it (resources, the error mapper, Vert.x refusals such as
 * the JSON 413, health, OpenAPI): no MIME sniffing, no framing, no referrer leaks, and a Content-Security-Policy
 * that only lets pages load scripts and styles from this origin (for the dashboard to come). Swagger UI's page
 * uses inline scripts, so its path gets its own, configurable policy. Secrets are only shown by /api-keys:
 * those answers are never cached.
 */
@Singleton
public class SecurityHeaders {
    @ConfigProperty(name = "versioner.http.content-security-policy", defaultValue = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
    String csp;

    @ConfigProperty(name = "versioner.http.swagger-ui-content-security-policy", defaultValue = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
    String swaggerUiCsp;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String path = rc.normalizedPath();
            // set just before the headers go out, so that answers ended early by any handler carry them too
            rc.addHeadersEndHandler(v -> {
                HttpServerResponse r = rc.response();
                r.putHeader("X-Content-Type-Options", "nosniff");
                r.putHeader("X-Frame-Options", "DENY");
                r.putHeader("Referrer-Policy", "no-referrer");
                r.putHeader("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? swaggerUiCsp : csp);
                if (path.startsWith("/api-keys")) {
                    r.putHeader("Cache-Control", "no-store");
                }
            });
            rc.next();
        });
    }
}
