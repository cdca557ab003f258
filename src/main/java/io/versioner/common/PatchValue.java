package io.versioner.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;

/**
 * One field of a PATCH body: left out (unchanged), sent as null, or sent with a value. {@code Optional} cannot
 * tell the first two apart in a record (Jackson gives an absent Optional creator property as empty), so a
 * PATCH of one field would clear the others.
 */
@JsonDeserialize(using = PatchValue.Deserializer.class)
public final class PatchValue<T> {
    private static final PatchValue<?> ABSENT = new PatchValue<>(false, null);

    private final boolean present;
    private final T value;

    private PatchValue(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> PatchValue<T> absent() {
        return (PatchValue<T>) ABSENT;
    }

    public static <T> PatchValue<T> of(T value) {
        return new PatchValue<>(true, value);
    }

    /** Whether the field was sent (with a value or null). */
    public boolean present() {
        return present;
    }

    /** The value sent (null when sent as null or left out). */
    public T value() {
        return value;
    }

    /** The value sent, or {@code current} when the field was left out. */
    public T orElse(T current) {
        return present ? value : current;
    }

    /** Reads the value with the deserializer of its type argument; null and absence come from the hooks below. */
    public static final class Deserializer extends JsonDeserializer<PatchValue<?>> implements ContextualDeserializer {
        private final JsonDeserializer<?> values;

        public Deserializer() {
            this(null);
        }

        private Deserializer(JsonDeserializer<?> values) {
            this.values = values;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JavaType type = property != null ? property.getType() : ctxt.getContextualType();
            JavaType valueType = type.containedTypeOrUnknown(0);
            return new Deserializer(ctxt.findContextualValueDeserializer(valueType, property));
        }

        @Override
        public PatchValue<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return PatchValue.of(values.deserialize(p, ctxt));
        }

        @Override
        public PatchValue<?> getNullValue(DeserializationContext ctxt) {
            return PatchValue.of(null);
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return ABSENT;
        }
    }
}
