package io.versioner.common;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request an id (the caller's {@code X-Request-Id} when it is sane, else a new UUID),
 * echoes it in the response header, puts it in the log MDC, and lets error bodies carry it.
 */
@Singleton
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final String KEY = "request_id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String given = rc.request().getHeader(HEADER);
            String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            rc.put(KEY, id);
            MDC.put(KEY, id);
            HttpServerResponse response = rc.response();
            response.putHeader(HEADER, id);
            rc.addEndHandler(v -> MDC.remove(KEY));
            rc.next();
        });
    }

    public static String of(RoutingContext rc) {
        return rc == null ? null : rc.get(KEY);
    }
}
