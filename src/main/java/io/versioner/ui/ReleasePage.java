package io.versioner.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.versioner.auth.Access;
import io.versioner.auth.Requires;
import io.versioner.common.ApiException;
import io.versioner.common.Page;
import io.versioner.common.PatchValue;
import io.versioner.deployment.EnvironmentStateService.EnvironmentRef;
import io.versioner.release.Release;
import io.versioner.release.ReleaseHistory;
import io.versioner.release.ReleaseHistoryEntry;
import io.versioner.release.ReleaseMatrix;
import io.versioner.release.ReleaseMatrixService;
import io.versioner.release.ReleaseService;
import io.versioner.release.ReleaseStatus;
import io.versioner.release.ReleaseUpdate;
import io.versioner.release.ReleaseVersionAdd;
import io.versioner.release.ReleaseVersionService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One release: progress, the deployment matrix, its history as a timeline, and for editors the moves the API
 * allows. Every rule stays in the release package: a refused action shows the API's own message.
 */
@Path("/ui/releases/{id}")
@Produces(MediaType.TEXT_HTML)
@Requires(Access.READ)
public class ReleasePage {
    static final int HISTORY_PAGE = 100;

    @Inject
    ReleaseService releases;
    @Inject
    ReleaseMatrixService matrix;
    @Inject
    ReleaseVersionService versions;
    @Inject
    ReleaseHistory history;
    @Inject
    CurrentSession session;
    @Inject
    Frames frames;
    @Inject
    ErrorPages errors;

    @CheckedTemplate(basePath = "ui")
    static class Templates {
        static native TemplateInstance release(Frame frame, ReleaseViews.Detail view);
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("history") String historyCursor) {
        return render(id, historyCursor, null);
    }

    @POST
    @Path("status")
    @Requires(Access.WRITE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@PathParam("id") UUID id, @FormParam("csrf") String csrf, @FormParam("status") String status) {
        session.requireCsrf(csrf);
        return act(id, () -> {
            ReleaseStatus to = ReleaseStatus.fromWire(status);
            if (to == null) {
                throw ApiException.invalid("form", "status", "choose a status", "missing");
            }
            releases.update(id, new ReleaseUpdate(PatchValue.absent(), PatchValue.absent(), PatchValue.of(to),
                    PatchValue.absent()));
        });
    }

    @POST
    @Path("versions")
    @Requires(Access.WRITE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addVersion(@PathParam("id") UUID id, @FormParam("csrf") String csrf,
            @FormParam("product_name") String productName, @FormParam("version") String version) {
        session.requireCsrf(csrf);
        return act(id, () -> versions.add(id, new ReleaseVersionAdd(null, productName, version)));
    }

    /** HTML forms only GET and POST, so removal is a POST to the version's "remove" action. */
    @POST
    @Path("versions/{versionId}/remove")
    @Requires(Access.WRITE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeVersion(@PathParam("id") UUID id, @PathParam("versionId") UUID versionId,
            @FormParam("csrf") String csrf) {
        session.requireCsrf(csrf);
        return act(id, () -> versions.remove(id, versionId));
    }

    /** Does it and goes back to the page (so a reload does not repeat it), or shows the page with the refusal. */
    private Response act(UUID id, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create(frames.base() + "releases/" + id)).build();
        } catch (ApiException e) {
            return Response.status(e.status()).entity(render(id, null, ErrorPages.message(e.detail()))).build();
        }
    }

    private TemplateInstance render(UUID id, String historyCursor, String error) {
        ReleaseMatrixService.Overview o = matrix.overview(id);
        Release r = o.release();
        ReleaseMatrix m = o.matrix();
        List<String> columns = m.environments().stream().map(EnvironmentRef::name).toList();
        List<ReleaseViews.Row> rows = m.rows().stream().map(row -> new ReleaseViews.Row(row.productId(), row.productName(),
                row.versionId(), row.version(), columns.stream().map(env -> {
                    ReleaseMatrix.Cell c = row.cells().get(env);
                    return new ReleaseViews.Cell(env, Badge.of(c.state()), c.deployedAt());
                }).toList())).toList();
        Page<ReleaseHistoryEntry> entries = history.list(id, HISTORY_PAGE,
                historyCursor == null || historyCursor.isBlank() ? null : historyCursor);
        List<ReleaseViews.Status> choices = Arrays.stream(ReleaseStatus.values()).filter(s -> s != r.status())
                .map(ReleaseViews.Status::of).toList();
        String moves = r.status().moves().stream().map(s -> s.wire().replace('_', ' ')).collect(Collectors.joining(", "));
        return Templates.release(frames.frame(r.name(), "releases"), new ReleaseViews.Detail(r.id(), r.name(), r.description(),
                ReleaseViews.Status.of(r.status()), r.status().isFinal(), r.createdAt(),
                r.progress().stream().map(ReleaseViews.Progress::of).toList(), columns, rows, m.completeInProduction(),
                choices, moves, entries.items().stream().map(HistoryText::of).toList(),
                entries.nextCursor() == null ? null : frames.base() + "releases/" + id + "?history=" + entries.nextCursor(),
                error));
    }

    @ServerExceptionMapper
    public Response refused(ApiException e, ContainerRequestContext request) {
        return errors.of(e, request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, ContainerRequestContext request) {
        return errors.of(e, request);
    }
}
