package io.versioner.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.versioner.auth.Access;
import io.versioner.auth.Requires;
import io.versioner.common.ApiException;
import io.versioner.common.Page;
import io.versioner.release.EnvironmentProgress;
import io.versioner.release.Release;
import io.versioner.release.ReleaseCreate;
import io.versioner.release.ReleaseMatrixService;
import io.versioner.release.ReleaseService;
import io.versioner.release.ReleaseStatus;
import io.versioner.release.ReleaseSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The release list: status filters and search in the URL, each release's progress, and (for editors) a new release. */
@Path("/ui/releases")
@Produces(MediaType.TEXT_HTML)
@Requires(Access.READ)
public class ReleasesPage {
    static final int PAGE = 25;

    @Inject
    ReleaseService releases;
    @Inject
    ReleaseMatrixService matrix;
    @Inject
    CurrentSession session;
    @Inject
    Frames frames;
    @Inject
    ErrorPages errors;

    @CheckedTemplate(basePath = "ui")
    static class Templates {
        static native TemplateInstance releases(Frame frame, ReleaseViews.ListPage view);
    }

    @GET
    public TemplateInstance list(@QueryParam("status") List<String> status, @QueryParam("q") String q,
            @QueryParam("cursor") String cursor) {
        return render(status, q, cursor, null, null, null);
    }

    @POST
    @Requires(Access.WRITE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("csrf") String csrf, @FormParam("name") String name,
            @FormParam("description") String description) {
        session.requireCsrf(csrf);
        try {
            Release created = releases.create(new ReleaseCreate(name, blankToNull(description), null, null));
            return Response.seeOther(URI.create(frames.base() + "releases/" + created.id())).build();
        } catch (ApiException e) {
            return Response.status(e.status())
                    .entity(render(List.of(), null, null, ErrorPages.message(e.detail()), name, description)).build();
        }
    }

    private TemplateInstance render(List<String> status, String q, String cursor, String error, String newName,
            String newDescription) {
        List<String> asked = Filters.names(status);
        List<ReleaseStatus> statuses = asked.stream().map(ReleaseStatus::fromWire).filter(Objects::nonNull).toList();
        String query = q == null || q.isBlank() ? null : q.strip();
        Page<ReleaseSummary> page = releases.list(statuses, query, PAGE, cursor == null || cursor.isBlank() ? null : cursor);
        Map<UUID, List<EnvironmentProgress>> progress = matrix.progress(page.items().stream().map(ReleaseSummary::id).toList());
        List<ReleaseViews.ListRow> rows = page.items().stream().map(r -> {
            List<ReleaseViews.Progress> p = progress.getOrDefault(r.id(), List.of()).stream().map(ReleaseViews.Progress::of).toList();
            return new ReleaseViews.ListRow(r.id(), r.name(), ReleaseViews.Status.of(r.status()), r.createdAt(),
                    p.isEmpty() ? 0 : p.get(0).total(), p);
        }).toList();
        List<ReleaseViews.StatusOption> options = Arrays.stream(ReleaseStatus.values())
                .map(s -> new ReleaseViews.StatusOption(s.wire(), s.wire().replace('_', ' '), statuses.contains(s))).toList();
        String older = page.nextCursor() == null ? null : olderLink(statuses, query, page.nextCursor());
        return Templates.releases(frames.frame("Releases", "releases"), new ReleaseViews.ListPage(options, query, rows, older,
                !statuses.isEmpty() || query != null, error, newName, newDescription));
    }

    /** The next page keeps the filters. */
    private String olderLink(List<ReleaseStatus> statuses, String q, String cursor) {
        StringBuilder sb = new StringBuilder(frames.base()).append("releases?");
        statuses.forEach(s -> sb.append("status=").append(s.wire()).append('&'));
        if (q != null) {
            sb.append("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append('&');
        }
        return sb.append("cursor=").append(cursor).toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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
