package io.versioner.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. {@code next_cursor} is null on the last page. Lists fetch {@code limit + 1} rows to
 * know whether another page exists without counting.
 */
public record Page<T>(@Schema(required = true) List<T> items,
        @Schema(nullable = true, required = true, description = "Opaque; pass as `cursor` for the next page, null on the last")
        String nextCursor) {

    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, T> map, Function<R, String> cursorOf) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(map).toList(), next);
    }
}
