package io.versioner.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.versioner.auth.Access;
import io.versioner.auth.Requires;
import io.versioner.common.ApiException;
import io.versioner.deployment.EnvironmentStateService;
import io.versioner.deployment.EnvironmentStateService.EnvironmentRef;
import io.versioner.environment.EnvironmentResource.EnvironmentView;
import io.versioner.environment.EnvironmentService;
import io.versioner.common.Limits;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What runs where: products × environments, filtered by the URL's repeatable product and environment. */
@Path("/ui/state")
@Produces(MediaType.TEXT_HTML)
@Requires(Access.READ)
public class StatePage {
    @Inject
    EnvironmentStateService state;
    @Inject
    EnvironmentService environments;
    @Inject
    Frames frames;
    @Inject
    ErrorPages errors;

    @CheckedTemplate(basePath = "ui")
    static class Templates {
        static native TemplateInstance state(Frame frame, StateView view);
    }

    @GET
    public TemplateInstance page(@QueryParam("product") List<String> product,
            @QueryParam("environment") List<String> environment) {
        List<String> products = Filters.names(product);
        List<String> asked = Filters.names(environment);
        EnvironmentStateService.State matrix = state.state(products, asked);
        // Unfiltered, the matrix's columns are every environment; only a filtered page needs the full list
        // for its checkboxes, so the common case reads the environment table once.
        List<StateView.Option> options = asked.isEmpty()
                ? matrix.environments().stream().map(e -> new StateView.Option(e.name(), e.type().wire(), false)).toList()
                : environments.list(null, null, Limits.MAX, null).items().stream().map(EnvironmentView::of)
                        .map(e -> new StateView.Option(e.name(), e.type().wire(), asked.contains(e.name()))).toList();
        List<String> columns = matrix.environments().stream().map(EnvironmentRef::name).toList();
        List<StateView.Row> rows = matrix.rows().stream().map(r -> new StateView.Row(r.productId(), r.productName(), r.drift(),
                columns.stream().map(env -> cell(env, r.cells().get(env))).toList())).toList();
        List<String> inputs = new ArrayList<>(products);
        inputs.add("");
        return Templates.state(frames.frame("What runs where", "state"), new StateView(inputs, options, columns, rows,
                rows.stream().filter(StateView.Row::drift).count(), !products.isEmpty() || !asked.isEmpty()));
    }

    private static StateView.Cell cell(String env, EnvironmentStateService.Cell c) {
        return c == null ? new StateView.Cell(env, null, null) : new StateView.Cell(env, c.version(), c.deployedAt());
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
