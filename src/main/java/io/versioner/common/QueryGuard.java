package io.versioner.common;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Checks the query parameters before any resource sees them: one holding text PostgreSQL cannot compare
 * (NUL, {@code %00}) is a 422 naming the parameter rather than a database error. (A URI that is not valid,
 * such as {@code %zz}, never gets here: Quarkus answers it with an empty 400 before any route runs.)
 */
@Singleton
public class QueryGuard {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(QueryGuard::check);
    }

    static void check(RoutingContext rc) {
        if (rc.request().query() == null) {
            rc.next();
            return;
        }
        MultiMap params;
        try {
            params = rc.queryParams();
        } catch (RuntimeException e) {
            refuse(rc, 400, "Malformed query string");
            return;
        }
        for (Map.Entry<String, String> p : params) {
            String problem = Text.unstorable(p.getKey()) != null ? Text.unstorable(p.getKey()) : Text.unstorable(p.getValue());
            if (problem != null) {
                String name = Text.unstorable(p.getKey()) == null ? p.getKey() : "?";
                refuse(rc, 422, List.of(new FieldError(List.of("query", name), problem, "value_error")));
                return;
            }
        }
        rc.next();
    }

    private static void refuse(RoutingContext rc, int status, Object detail) {
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(Json.write(new ErrorBody(detail, RequestIds.of(rc))));
    }
}
