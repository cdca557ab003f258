package io.versioner.ui;

import io.quarkus.qute.TemplateData;
import io.versioner.release.EnvironmentProgress;
import io.versioner.release.ReleaseStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the release pages show, as plain records (type-checked by Qute, no reflection in native images). */
public final class ReleaseViews {
    private ReleaseViews() {
    }

    @TemplateData
    public record Status(String value, String label) {
        static Status of(ReleaseStatus s) {
            return new Status(s.wire(), s.wire().replace('_', ' '));
        }
    }

    @TemplateData
    public record Progress(String environment, String type, int deployed, int total) {
        static Progress of(EnvironmentProgress p) {
            return new Progress(p.environment(), p.type().wire(), p.deployed(), p.total());
        }
    }

    @TemplateData
    public record ListRow(UUID id, String name, Status status, Instant createdAt, int versions, List<Progress> progress) {
    }

    /** The list page: its filters as the URL has them, one page of releases, the next page's link. */
    @TemplateData
    public record ListPage(List<StatusOption> statusOptions, String q, List<ListRow> rows, String older, boolean filtered,
            String error, String newName, String newDescription) {
    }

    @TemplateData
    public record StatusOption(String value, String label, boolean checked) {
    }

    @TemplateData
    public record Cell(String environment, Badge badge, Instant deployedAt) {
    }

    @TemplateData
    public record Row(UUID productId, String productName, UUID versionId, String version, List<Cell> cells) {
    }

    @TemplateData
    public record HistoryItem(Instant at, String actor, String action, String text) {
    }

    /**
     * The release page. {@code moves} are the statuses the release may move to (from the release package's
     * rules, shown as a hint); {@code choices} every other status, so that a refused move shows the API's reason.
     */
    @TemplateData
    public record Detail(UUID id, String name, String description, Status status, boolean readOnly, Instant createdAt,
            List<Progress> progress, List<String> columns, List<Row> rows, boolean completeInProduction,
            List<Status> choices, String moves, List<HistoryItem> history, String laterHistory, String error) {
    }
}
