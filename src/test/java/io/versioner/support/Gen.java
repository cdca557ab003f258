package io.versioner.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A tiny generator combinator library for property-based tests: a generator draws a value from a seeded
 * {@link Random}, so a failing case is reproduced from its seed. Enough for request fuzzing; no shrinking.
 */
@FunctionalInterface
public interface Gen<T> {
    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return r -> f.apply(next(r));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
        return r -> f.apply(next(r)).next(r);
    }

    static <T> Gen<T> constant(T value) {
        return r -> value;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return r -> values[r.nextInt(values.length)];
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return r -> gens[r.nextInt(gens.length)].next(r);
    }

    /** A generator picked with a weight: {@code weighted(3, a, 1, b)} draws from a three times out of four. */
    @SuppressWarnings("unchecked")
    static <T> Gen<T> weighted(Object... weightsAndGens) {
        int total = 0;
        for (int i = 0; i < weightsAndGens.length; i += 2) {
            total += (Integer) weightsAndGens[i];
        }
        int sum = total;
        return r -> {
            int pick = r.nextInt(sum);
            for (int i = 0; i < weightsAndGens.length; i += 2) {
                pick -= (Integer) weightsAndGens[i];
                if (pick < 0) {
                    return ((Gen<T>) weightsAndGens[i + 1]).next(r);
                }
            }
            throw new IllegalStateException();
        };
    }

    static Gen<Integer> between(int min, int max) {
        return r -> min + r.nextInt(max - min + 1);
    }

    /** Strings of {@code min..max} characters drawn from {@code chars}. */
    static Gen<String> string(Gen<Character> chars, int min, int max) {
        return r -> {
            int n = min + r.nextInt(max - min + 1);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(chars.next(r));
            }
            return sb.toString();
        };
    }

    static Gen<Character> charsOf(String alphabet) {
        return r -> alphabet.charAt(r.nextInt(alphabet.length()));
    }

    /** Any UTF-16 code unit, so lone surrogates, controls and NUL included. */
    static Gen<Character> anyChar() {
        return r -> (char) r.nextInt(0x10000);
    }

    /** Any Unicode code point (supplementary ones as surrogate pairs), never a lone surrogate. */
    static Gen<String> anyCodePoint() {
        return r -> {
            int cp;
            do {
                cp = r.nextInt(4) == 0 ? 0x10000 + r.nextInt(0x100000) : r.nextInt(0x10000);
            } while (cp >= 0xD800 && cp <= 0xDFFF);
            return new String(Character.toChars(cp));
        };
    }

    static <T> Gen<List<T>> listOf(Gen<T> item, int min, int max) {
        return r -> {
            int n = min + r.nextInt(max - min + 1);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(item.next(r));
            }
            return out;
        };
    }

    static <V> Gen<Map<String, V>> mapOf(Gen<String> key, Gen<V> value, int max) {
        return r -> {
            int n = r.nextInt(max + 1);
            Map<String, V> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                out.put(key.next(r), value.next(r));
            }
            return out;
        };
    }

    /** Repeats the draw until {@code ok} holds (keep the rejection rate low). */
    default Gen<T> filter(java.util.function.Predicate<? super T> ok) {
        return r -> {
            for (int i = 0; i < 1000; i++) {
                T t = next(r);
                if (ok.test(t)) {
                    return t;
                }
            }
            throw new IllegalStateException("filter rejected 1000 draws");
        };
    }
}
