package io.versioner.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON text for jsonb parameters of native SQL. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serializable as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static java.util.Map<String, Object> readMap(String json) {
        if (json == null) {
            return new java.util.LinkedHashMap<>();
        }
        try {
            return MAPPER.readValue(json, java.util.LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not an object", e);
        }
    }

    /** The serialized size limit of client-supplied metadata objects. */
    public static final int MAX_METADATA_BYTES = 64 * 1024;

    /** JSON of client metadata ({} when absent), or a 422 on the field when it is over 64 KiB. */
    public static String metadata(String field, java.util.Map<String, Object> value) {
        String json = write(value == null ? java.util.Map.of() : value);
        if (json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_METADATA_BYTES) {
            throw ApiException.invalid("body", field, "at most 64 KiB of JSON", "value_error.too_large");
        }
        return json;
    }
}
