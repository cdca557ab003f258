package io.versioner.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A PATCH body: tells a field that is absent (leave it) from one set to null (clear it), which typed records
 * cannot. Accessors return null when absent, else an Optional that is empty for JSON null.
 */
public final class Patch {
    private final ObjectNode body;

    private Patch(ObjectNode body) {
        this.body = body;
    }

    public static Patch of(JsonNode body) {
        if (body == null || body.isNull()) {
            throw ApiException.invalid(java.util.List.of(new FieldError(java.util.List.of("body"), "field required", "missing")));
        }
        if (!body.isObject()) {
            throw ApiException.invalid(java.util.List.of(new FieldError(java.util.List.of("body"),
                    "the body must be a JSON object", "type_error")));
        }
        return new Patch((ObjectNode) body);
    }

    public boolean has(String field) {
        return body.has(field);
    }

    public Optional<String> text(String field, int maxLength) {
        if (!body.has(field)) {
            return null;
        }
        JsonNode n = body.get(field);
        if (n.isNull()) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw ApiException.invalid("body", field, "wrong type: expected string", "type_error");
        }
        if (n.textValue().length() > maxLength) {
            throw ApiException.invalid("body", field, "at most " + maxLength + " characters", "value_error.length");
        }
        String problem = Text.unstorable(n.textValue());
        if (problem != null) {
            throw ApiException.invalid("body", field, problem, "value_error");
        }
        return Optional.of(n.textValue());
    }

    /** A JSON object field (null clears to {}), at most 64 KiB serialized. */
    public Optional<Map<String, Object>> object(String field) {
        if (!body.has(field)) {
            return null;
        }
        JsonNode n = body.get(field);
        if (n.isNull()) {
            return Optional.empty();
        }
        if (!n.isObject()) {
            throw ApiException.invalid("body", field, "wrong type: expected object", "type_error");
        }
        String problem = unstorable(n);
        if (problem != null) {
            // a JsonNode body is not read through TextGuard: check its text here, keys included
            throw ApiException.invalid("body", field, problem, "value_error");
        }
        Map<String, Object> map = Json.readMap(n.toString());
        Json.metadata(field, map);
        return Optional.of(new LinkedHashMap<>(map));
    }

    /** The first text in the tree (keys and values) that PostgreSQL cannot store exactly, or null. */
    private static String unstorable(JsonNode n) {
        if (n.isTextual()) {
            return Text.unstorable(n.textValue());
        }
        var fields = n.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            String problem = Text.unstorable(e.getKey());
            if (problem == null) {
                problem = unstorable(e.getValue());
            }
            if (problem != null) {
                return problem;
            }
        }
        if (n.isArray()) {
            for (JsonNode item : n) {
                String problem = unstorable(item);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }
}
