package io.versioner.ui;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The "what runs where" page: its filters (as the URL has them) and the matrix, cells aligned to columns. */
@TemplateData
public record StateView(List<String> productInputs, List<Option> environmentOptions, List<String> columns,
        List<Row> rows, long driftRows, boolean filtered) {

    @TemplateData
    public record Option(String name, String type, boolean checked) {
    }

    @TemplateData
    public record Row(UUID productId, String productName, boolean drift, List<Cell> cells) {
    }

    /** {@code version} is null where nothing was ever completed. */
    @TemplateData
    public record Cell(String environment, String version, Instant deployedAt) {
    }
}
