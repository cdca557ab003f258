package io.versioner.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converts UUID and integer parameters so that a bad value says what is wrong: a query parameter is a 422
 * naming it (JAX-RS would answer a bare 404 "Not found" for {@code ?limit=abc}), a path id that is not a UUID
 * is a 404 saying so. The refusal travels as the cause of a WebApplicationException, which the parameter
 * handler passes through untouched, to {@link ErrorMapper}.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(annotations, UUID::fromString, UUID::toString, "a UUID", "type_error.uuid");
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(annotations, Integer::valueOf, String::valueOf, "an integer",
                    "type_error.integer");
        }
        return null;
    }

    private static final class Converter<T> implements ParamConverter<T> {
        private final String query;
        private final Function<String, T> parse;
        private final Function<T, String> print;
        private final String expected;
        private final String type;

        Converter(Annotation[] annotations, Function<String, T> parse, Function<T, String> print, String expected, String type) {
            String q = null;
            for (Annotation a : annotations) {
                if (a instanceof QueryParam qp) {
                    q = qp.value();
                } else if (a instanceof PathParam) {
                    q = null;
                }
            }
            this.query = q;
            this.parse = parse;
            this.print = print;
            this.expected = expected;
            this.type = type;
        }

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null; // ?limit= means "not given", as ?cursor= does
            }
            try {
                return parse.apply(value.strip());
            } catch (IllegalArgumentException e) {
                ApiException refusal = query != null
                        ? ApiException.invalid("query", query, "not " + expected, type)
                        : ApiException.notFound("Not found: the id in the path is not a UUID");
                throw new WebApplicationException(refusal, refusal.status());
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : print.apply(value);
        }
    }
}
