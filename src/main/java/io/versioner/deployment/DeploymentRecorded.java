package io.versioner.deployment;

import io.versioner.common.EventStatus;
import java.util.UUID;

/**
 * Fired synchronously inside the ingest transaction after a deployment event changed something, so that
 * listeners (release progress) commit or roll back with it. Replays fire nothing.
 */
public record DeploymentRecorded(UUID deploymentId, UUID productId, UUID versionId, UUID environmentId,
        EventStatus status) {
}
