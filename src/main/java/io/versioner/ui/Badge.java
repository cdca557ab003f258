package io.versioner.ui;

import io.quarkus.qute.TemplateData;
import io.versioner.common.EventStatus;
import io.versioner.release.CellState;

/**
 * A state as the seed's icons show it, always with a text label: the icon is hidden from screen readers
 * and the label is what they read (and what a colour-blind reader can rely on).
 */
@TemplateData
public record Badge(String icon, String label, String kind) {
    static final Badge SUCCESS = new Badge("✅", "success", "success");
    static final Badge FAILED = new Badge("🔴", "failed", "failed");
    static final Badge IN_PROGRESS = new Badge("🟡", "in progress", "in-progress");
    static final Badge NOT_DEPLOYED = new Badge("❌", "not deployed", "not-deployed");

    /** A cell of a release's deployment matrix. */
    static Badge of(CellState state) {
        return switch (state) {
            case SUCCESS -> SUCCESS;
            case FAILED -> FAILED;
            case IN_PROGRESS -> IN_PROGRESS;
            case NOT_DEPLOYED -> NOT_DEPLOYED;
        };
    }

    /** A deployment's own status; an aborted run shows as not deployed, as in the release matrix. */
    static Badge of(EventStatus status) {
        return switch (status) {
            case COMPLETED -> SUCCESS;
            case FAILED -> FAILED;
            case PENDING, STARTED -> IN_PROGRESS;
            case ABORTED -> new Badge("❌", "aborted", "not-deployed");
        };
    }
}
