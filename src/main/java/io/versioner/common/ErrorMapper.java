package io.versioner.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become the API's error body ({@code {"detail": …}}). Bodies never carry
 * stack traces, class names or SQL; 5xx bodies carry the request id that the log line carries too.
 */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @Inject
    RoutingContext routingContext;

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response.ResponseBuilder r = body(e.status(), e.detail());
        if (e.status() == 401) {
            r.header("WWW-Authenticate", "Bearer");
        }
        if (e instanceof RetryableException retry) {
            r.header("Retry-After", retry.retryAfterSeconds());
        }
        return r.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(loc(v.getPropertyPath()), v.getMessage(), typeOf(v)));
        }
        return body(422, errors).build();
    }

    /** Valid JSON of the wrong shape: a wrong type, or a body that is not an object. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatch(MismatchedInputException e) {
        List<String> loc = new ArrayList<>();
        loc.add("body");
        for (JsonMappingException.Reference ref : e.getPath()) {
            loc.add(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        String msg;
        if (e instanceof TextGuard.BadText) {
            msg = e.getOriginalMessage();
        } else if (loc.size() == 1) {
            msg = "the body must be a JSON object";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            msg = "not an accepted value";
        } else {
            msg = "wrong type: expected " + jsonType(e.getTargetType());
        }
        return body(422, List.of(new FieldError(loc, msg, "type_error"))).build();
    }

    @ServerExceptionMapper(priority = 2)
    public Response malformed(JsonProcessingException e) {
        if (causedBy(e, StreamConstraintsException.class)) {
            // e.g. 100k nested arrays: refused by the parser's limits before anything is built
            return body(400, "Malformed JSON: the document exceeds the parser's limits (nesting depth at most "
                    + StreamReadConstraints.DEFAULT_MAX_DEPTH + ", numbers at most " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN
                    + " digits)").build();
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return body(400, "Malformed JSON" + where).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof ApiException api) {
            return api(api);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof MismatchedInputException m ? mismatch(m) : malformed(json);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String detail = switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 415 -> "Unsupported media type: send application/json";
            case 413 -> "Request body too large";
            default -> known != null ? known.getReasonPhrase() : "HTTP " + status;
        };
        Response.ResponseBuilder r = body(status, detail);
        e.getResponse().getHeaders().forEach((k, v) -> {
            if (k.equalsIgnoreCase("Allow") || k.equalsIgnoreCase("Retry-After")) {
                v.forEach(x -> r.header(k, x));
            }
        });
        return r.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (databaseUnavailable(e)) {
            LOG.warnf("database unavailable: %s", e.getMessage());
            return body(503, "Database unavailable, try again shortly").header("Retry-After", "2").build();
        }
        if (dataException(e)) {
            // A value the database cannot hold (NUL in a nested metadata key, a time out of range, ...): the
            // request is at fault, not the server. Named checks catch the usual cases earlier, with the field.
            LOG.warnf("value refused by the database: %s", e.getMessage());
            boolean hasBody = routingContext != null && switch (routingContext.request().method().name()) {
                case "POST", "PUT", "PATCH" -> true;
                default -> false;
            };
            return body(422, List.of(new FieldError(List.of(hasBody ? "body" : "query"),
                    "a value cannot be stored: text must not contain NUL (\\u0000) characters, numbers and times must be in range",
                    "value_error"))).build();
        }
        LOG.error("unexpected error", e);
        return body(500, "Internal server error").build();
    }

    private Response.ResponseBuilder body(int status, Object detail) {
        String requestId = RequestIds.of(routingContext);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(detail, requestId));
    }

    /**
     * Connection loss, pool exhaustion while the database is down, or an administrator shutdown. Looks at causes
     * and suppressed exceptions: a failed commit arrives as a RollbackException whose cause is only "could not
     * commit", the connection error being attached as suppressed.
     */
    static boolean databaseUnavailable(Throwable e) {
        return anyOf(e, t -> {
            if (t instanceof SQLTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                return String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout");
            }
            return false;
        });
    }

    /** Whether {@code e}, a cause or a suppressed exception of any of them matches. */
    static boolean anyOf(Throwable e, java.util.function.Predicate<Throwable> test) {
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (e != null) {
            todo.add(e);
        }
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return anyOf(e, type::isInstance);
    }

    /** SQLSTATE class 22, "data exception": the value sent, not the server, is wrong. */
    static boolean dataException(Throwable e) {
        return anyOf(e, t -> t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22"));
    }

    private static List<String> loc(Path path) {
        List<String> loc = new ArrayList<>();
        loc.add("body");
        boolean afterParameter = false;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> afterParameter = true;
                case PROPERTY -> {
                    if (afterParameter || loc.size() > 1) {
                        loc.add(snake(node.getName()));
                    }
                }
                default -> {
                }
            }
        }
        return loc;
    }

    private static String typeOf(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "missing";
            case "Size" -> "value_error.length";
            default -> "value_error";
        };
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String jsonType(Class<?> target) {
        if (target == null) {
            return "another type";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "string";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "boolean";
        }
        if (java.util.Map.class.isAssignableFrom(target)) {
            return "object";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "RFC 3339 timestamp";
        }
        return "object";
    }
}
