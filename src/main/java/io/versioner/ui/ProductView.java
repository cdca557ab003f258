package io.versioner.ui;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product page: the product, where it runs now, its versions and its deployments, each list by cursor. */
@TemplateData
public record ProductView(UUID id, String name, String description, List<Current> current, List<VersionRow> versions,
        String olderVersions, String newestVersions, List<DeploymentRow> deployments, String olderDeployments,
        String newestDeployments) {

    @TemplateData
    public record Current(String environment, String version, Instant deployedAt) {
    }

    /** {@code currentIn}: the environments where this is the current version. */
    @TemplateData
    public record VersionRow(String version, String sha, String branch, String buildUrl, Instant createdAt,
            List<String> currentIn) {
    }

    /** {@code link}: the deployment's own URL when it is a web address, else null. */
    @TemplateData
    public record DeploymentRow(Instant at, String version, String environment, Badge status, String by, String source,
            String link) {
    }
}
