package io.versioner.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.versioner.Api;
import io.versioner.client.ApiClient;
import io.versioner.client.ApiException;
import io.versioner.client.api.CatalogApi;
import io.versioner.client.api.DeploymentsApi;
import io.versioner.client.api.EventsApi;
import io.versioner.client.api.ReleasesApi;
import io.versioner.client.model.BuildEvent;
import io.versioner.client.model.BuildEventResult;
import io.versioner.client.model.CellState;
import io.versioner.client.model.DeploymentEvent;
import io.versioner.client.model.DeploymentEventResult;
import io.versioner.client.model.DeploymentPage;
import io.versioner.client.model.EnvironmentType;
import io.versioner.client.model.ErrorBody;
import io.versioner.client.model.EventStatus;
import io.versioner.client.model.MatrixCell;
import io.versioner.client.model.MatrixRow;
import io.versioner.client.model.Release;
import io.versioner.client.model.ReleaseCreate;
import io.versioner.client.model.ReleaseHistoryAction;
import io.versioner.client.model.ReleaseHistoryEntry;
import io.versioner.client.model.ReleaseHistoryEntryPage;
import io.versioner.client.model.ReleaseMatrix;
import io.versioner.client.model.ReleaseProgress;
import io.versioner.client.model.ReleaseStatus;
import io.versioner.client.model.ReleaseUpdate;
import io.versioner.client.model.ReleaseVersion;
import io.versioner.client.model.ReleaseVersionAdd;
import io.versioner.client.model.ReleaseVersionPage;
import io.versioner.client.model.ValidationErrorBody;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A whole release, driven only through the Java client that the build generated from this service's own
 * OpenAPI document (target/openapi/openapi.yaml, written by quarkus:build), against the packaged application
 * in the prod profile. If the document describes a field, a type or an answer wrongly, this fails to compile
 * or to deserialize.
 */
@QuarkusIntegrationTest
@WithTestResource(ProdInstance.class)
class ReleaseWorkflowClientIT {

    @Test
    void aReleaseFromFirstBuildToAutomaticCompletion() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Api.ADMIN_KEY));
        EventsApi events = new EventsApi(client);
        CatalogApi catalog = new CatalogApi(client);
        DeploymentsApi deployments = new DeploymentsApi(client);
        ReleasesApi releases = new ReleasesApi(client);

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String web = "web-" + suffix;
        String api = "api-" + suffix;
        String staging = "staging-" + suffix;
        String production = "prod-" + suffix;

        // Builds create the products and versions.
        BuildEventResult webBuild = events.postBuildEvent(new BuildEvent().productName(web).version("1.4.0")
                .status("built").scmSha("a1b2c3").builtBy("ci"), null);
        assertEquals(EventStatus.COMPLETED, webBuild.getStatus());
        BuildEventResult apiBuild = events.postBuildEvent(new BuildEvent().productName(api).version("2.0.1")
                .status("building"), "build-" + suffix);
        assertEquals(EventStatus.STARTED, apiBuild.getStatus());
        assertNull(apiBuild.getCompletedAt());

        // A first deployment to staging; the environment's type is guessed from its name.
        DeploymentEventResult webStaging = events.postDeploymentEvent(new DeploymentEvent().productName(web)
                .version("1.4.0").environmentName(staging).status("success")
                .startedAt(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(3)).extraMetadata(Map.of("pipeline", 7)), null);
        assertEquals(EventStatus.COMPLETED, webStaging.getStatus());
        assertNotNull(webStaging.getDeployedAt());
        assertEquals(EnvironmentType.STAGING, catalog.getEnvironment(webStaging.getEnvironmentId()).getType());

        // A release (draft), with one version by id and one by product name and version.
        Release release = releases.createRelease(new ReleaseCreate().name("Release " + suffix).description("first cut"));
        assertEquals(ReleaseStatus.DRAFT, release.getStatus());
        UUID id = release.getId();
        ReleaseVersion byId = releases.addReleaseVersion(id, new ReleaseVersionAdd().versionId(webBuild.getVersionId()));
        assertEquals(web, byId.getProductName());
        ReleaseVersion byName = releases.addReleaseVersion(id, new ReleaseVersionAdd().productName(api).version("2.0.1"));
        assertEquals(apiBuild.getVersionId(), byName.getVersionId());

        // Versions page by page: next_cursor is a string, then null on the last page.
        ReleaseVersionPage first = releases.listReleaseVersions(id, null, 1);
        assertEquals(1, first.getItems().size());
        assertNotNull(first.getNextCursor());
        ReleaseVersionPage last = releases.listReleaseVersions(id, first.getNextCursor(), 1);
        assertEquals(1, last.getItems().size());
        assertNull(last.getNextCursor());

        // PATCH: description sent as null clears it; the name, left out, stays.
        Release cleared = releases.updateRelease(id, new ReleaseUpdate().description(null));
        assertNull(cleared.getDescription());
        assertEquals("Release " + suffix, cleared.getName());

        // An illegal move is refused with a typed error.
        ApiException illegal = assertThrows(ApiException.class,
                () -> releases.updateRelease(id, new ReleaseUpdate().status(ReleaseStatus.COMPLETED)));
        assertEquals(409, illegal.getCode());
        ErrorBody conflict = client.getObjectMapper().readValue(illegal.getResponseBody(), ErrorBody.class);
        assertEquals("Release status draft cannot become completed; allowed: in_progress, cancelled", conflict.getDetail());

        // The matrix: web is in staging, nothing is in production yet.
        ReleaseMatrix before = releases.getReleaseMatrix(id, List.of(staging, production));
        assertFalse(before.getCompleteInProduction());
        MatrixRow webRow = row(before, web);
        assertEquals(CellState.SUCCESS, webRow.getCells().get(staging).getState());
        assertEquals(webStaging.getId(), webRow.getCells().get(staging).getDeploymentId());
        MatrixCell notThere = row(before, api).getCells().get(staging);
        assertEquals(CellState.NOT_DEPLOYED, notThere.getState());
        assertNull(notThere.getDeploymentId());
        assertNull(notThere.getDeployedAt());

        // Production: one run goes started → success, the other straight to success.
        String run = "run-" + suffix;
        DeploymentEventResult started = events.postDeploymentEvent(new DeploymentEvent().productName(web)
                .version("1.4.0").environmentName(production).status("deploying").invokeId(run), null);
        assertEquals(EventStatus.STARTED, started.getStatus());
        assertEquals(ReleaseStatus.IN_PROGRESS, releases.getRelease(id).getStatus(), "moved by the first deployment event");

        // Completing by hand before every version is in production: 409 naming what is missing.
        ApiException notYet = assertThrows(ApiException.class,
                () -> releases.updateRelease(id, new ReleaseUpdate().status(ReleaseStatus.COMPLETED)));
        assertEquals(409, notYet.getCode());
        String detail = assertInstanceOf(String.class,
                client.getObjectMapper().readValue(notYet.getResponseBody(), ErrorBody.class).getDetail());
        assertTrue(detail.contains("not successful in production") && detail.contains(web + " 1.4.0")
                && detail.contains(api + " 2.0.1"), detail);
        DeploymentEventResult done = events.postDeploymentEvent(new DeploymentEvent().productName(web)
                .version("1.4.0").environmentName(production).status("success").invokeId(run), null);
        assertEquals(started.getId(), done.getId(), "one CI run, one deployment");
        events.postDeploymentEvent(new DeploymentEvent().productName(api).version("2.0.1")
                .environmentName(production).status("success"), null);

        // Every version is successful in production: the release completed by itself.
        Release completed = releases.getRelease(id);
        assertEquals(ReleaseStatus.COMPLETED, completed.getStatus());
        ReleaseProgress inProduction = completed.getProgress().stream()
                .filter(p -> p.getEnvironment().equals(production)).findFirst().orElseThrow();
        assertEquals(EnvironmentType.PRODUCTION, inProduction.getType());
        assertEquals(2, inProduction.getDeployed());
        assertEquals(2, inProduction.getTotal());
        ReleaseMatrix after = releases.getReleaseMatrix(id, null);
        assertTrue(after.getCompleteInProduction());
        assertNotNull(row(after, api).getCells().get(production).getDeployedAt());

        DeploymentPage inProd = deployments.listDeployments(null, List.of(production), null, null, null, null,
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), List.of(EventStatus.COMPLETED), null, null, null);
        assertEquals(2, inProd.getItems().size());

        // The history, oldest first: the automatic moves are the system's.
        ReleaseHistoryEntryPage history = releases.listReleaseHistory(id, null, 50);
        List<ReleaseHistoryAction> actions = history.getItems().stream().map(ReleaseHistoryEntry::getAction).toList();
        assertEquals(List.of(ReleaseHistoryAction.CREATED, ReleaseHistoryAction.VERSION_ADDED,
                ReleaseHistoryAction.VERSION_ADDED, ReleaseHistoryAction.UPDATED, ReleaseHistoryAction.STATUS_CHANGED,
                ReleaseHistoryAction.STATUS_CHANGED), actions);
        ReleaseHistoryEntry completion = history.getItems().get(5);
        assertEquals("system", completion.getActor());
        assertEquals("completed", completion.getDetails().get("to"));

        // A final release does not move: 409 with its detail.
        ApiException finalRelease = assertThrows(ApiException.class,
                () -> releases.updateRelease(id, new ReleaseUpdate().status(ReleaseStatus.DRAFT)));
        assertEquals(409, finalRelease.getCode());
        ErrorBody finalBody = client.getObjectMapper().readValue(finalRelease.getResponseBody(), ErrorBody.class);
        assertEquals("Release Release " + suffix + " is completed and can no longer be changed", finalBody.getDetail());

        // A 422 reads as the validation body, its detail a list of FieldError.
        ApiException invalid = assertThrows(ApiException.class, () -> releases.listReleases(null, 0, null, null));
        assertEquals(422, invalid.getCode());
        ValidationErrorBody validation = client.getObjectMapper().readValue(invalid.getResponseBody(), ValidationErrorBody.class);
        assertEquals(List.of("query", "limit"), validation.getDetail().get(0).getLoc());
    }

    private static MatrixRow row(ReleaseMatrix matrix, String product) {
        return matrix.getRows().stream().filter(r -> r.getProductName().equals(product)).findFirst().orElseThrow();
    }

    /** Where the integration test extension started the application. */
    private static String baseUri() {
        String url = System.getProperty("test.url");
        return url != null ? url : RestAssured.baseURI + ":" + RestAssured.port;
    }
}
