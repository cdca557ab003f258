package io.versioner.deployment;

import io.versioner.common.EventStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Deployment", description = "One run that puts one version into one environment.")
public record DeploymentView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID productId,
        @Schema(required = true) String productName,
        @Schema(required = true) UUID versionId,
        @Schema(required = true) String version,
        @Schema(required = true) UUID environmentId,
        @Schema(required = true) String environmentName,
        @Schema(required = true) EventStatus status,
        @Schema(nullable = true) String invokeId,
        @Schema(nullable = true, description = "When it last became completed (server time)") Instant deployedAt,
        @Schema(nullable = true) String deployedBy,
        @Schema(nullable = true) String deployedByEmail,
        @Schema(nullable = true) String deployedByName,
        @Schema(nullable = true) String sourceSystem,
        @Schema(nullable = true) String scmSha,
        @Schema(nullable = true) String scmBranch,
        @Schema(nullable = true) String scmRepository,
        @Schema(nullable = true) String deployUrl,
        @Schema(nullable = true) String buildUrl,
        @Schema(nullable = true) String buildNumber,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant completedAt,
        @Schema(required = true) Map<String, Object> extraMetadata,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Its events, oldest first; only on GET /deployments/{id}") List<DeploymentEventView> events) {

    DeploymentView withEvents(List<DeploymentEventView> list) {
        return new DeploymentView(id, productId, productName, versionId, version, environmentId, environmentName, status,
                invokeId, deployedAt, deployedBy, deployedByEmail, deployedByName, sourceSystem, scmSha, scmBranch,
                scmRepository, deployUrl, buildUrl, buildNumber, startedAt, completedAt, extraMetadata, createdAt,
                updatedAt, list);
    }

    /** The select list that {@link #of(Object[])} reads; joins {@code p}, {@code v}, {@code e} to {@code d}. */
    static final String COLUMNS = "d.id, d.product_id, p.name, d.version_id, v.version, d.environment_id, e.name, d.status,"
            + " d.invoke_id, d.deployed_at, d.deployed_by, d.deployed_by_email, d.deployed_by_name, d.source_system,"
            + " d.scm_sha, d.scm_branch, d.scm_repository, d.deploy_url, d.build_url, d.build_number, d.started_at,"
            + " d.completed_at, cast(d.extra_metadata as text), d.created_at, d.updated_at";
    static final String FROM = " from deployment d join product p on p.id = d.product_id"
            + " join version v on v.id = d.version_id join environment e on e.id = d.environment_id";

    static DeploymentView of(Object[] r) {
        return new DeploymentView((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], (String) r[4], (UUID) r[5],
                (String) r[6], EventStatus.fromWire((String) r[7]), (String) r[8], io.versioner.common.Sql.instant(r[9]),
                (String) r[10], (String) r[11], (String) r[12], (String) r[13], (String) r[14], (String) r[15],
                (String) r[16], (String) r[17], (String) r[18], (String) r[19], io.versioner.common.Sql.instant(r[20]),
                io.versioner.common.Sql.instant(r[21]), io.versioner.common.Json.readMap((String) r[22]),
                io.versioner.common.Sql.instant(r[23]), io.versioner.common.Sql.instant(r[24]), null);
    }
}
