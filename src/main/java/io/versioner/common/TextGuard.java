package io.versioner.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses, while the JSON body is read, text that PostgreSQL cannot store (U+0000, NUL) or that is not
 * Unicode (a lone surrogate such as U+D800, which would be stored as '?' and break the rule that names
 * round-trip exactly). The error names the field (422) instead of failing in the database (500).
 *
 * <p>Registering a String deserializer also makes Jackson use it for the string values inside untyped
 * {@code extra_metadata} objects. Keys of nested objects and JsonNode bodies are not seen here: the
 * database refuses those, and {@link ErrorMapper} answers that with a 422 too.
 */
@Singleton
public class TextGuard implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("versioner-text-guard").addDeserializer(String.class, new Strings()));
    }

    /** The refusal; a MismatchedInputException so that the mapper reports the JSON path of the field. */
    public static final class BadText extends MismatchedInputException {
        BadText(JsonParser p, String msg) {
            super(p, msg, String.class);
        }
    }

    /** Jackson's own String deserializer (same coercions), plus the check. */
    static final class Strings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = super.deserialize(p, ctxt);
            String problem = Text.unstorable(s);
            if (problem != null) {
                throw new BadText(p, problem);
            }
            return s;
        }
    }
}
