package io.versioner.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.versioner.auth.Access;
import io.versioner.auth.Requires;
import io.versioner.common.ApiException;
import io.versioner.common.Page;
import io.versioner.deployment.DeploymentService;
import io.versioner.deployment.DeploymentView;
import io.versioner.deployment.EnvironmentStateService;
import io.versioner.product.ProductResource;
import io.versioner.product.ProductService;
import io.versioner.version.VersionQueries;
import io.versioner.version.VersionService;
import io.versioner.version.VersionView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A product: where it runs, its versions and their deployments, newest first, each list paged by cursor. */
@Path("/ui/products/{id}")
@Produces(MediaType.TEXT_HTML)
@Requires(Access.READ)
public class ProductPage {
    static final int PAGE = 20;

    @Inject
    ProductService products;
    @Inject
    VersionService versions;
    @Inject
    VersionQueries versionViews;
    @Inject
    DeploymentService deployments;
    @Inject
    EnvironmentStateService state;
    @Inject
    Frames frames;
    @Inject
    ErrorPages errors;

    @CheckedTemplate(basePath = "ui")
    static class Templates {
        static native TemplateInstance product(Frame frame, ProductView view);
    }

    @GET
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("versions") String versionsCursor,
            @QueryParam("deployments") String deploymentsCursor) {
        ProductResource.ProductView product = products.find(id).map(ProductResource.ProductView::of)
                .orElseThrow(() -> ApiException.notFound("Product " + id + " not found"));
        List<ProductView.Current> current = current(product.name());
        Map<String, List<String>> currentIn = new LinkedHashMap<>();
        current.forEach(c -> currentIn.computeIfAbsent(c.version(), v -> new ArrayList<>()).add(c.environment()));

        Page<VersionView> versionPage = versionViews.views(versions.list(null, id, null, PAGE, blank(versionsCursor)));
        var filter = new DeploymentService.Filter(null, id, null, null, null, null, null, null, null);
        Page<DeploymentView> deploymentPage = deployments.list(filter, PAGE, blank(deploymentsCursor));

        String self = frames.base() + "products/" + id;
        String vAt = blank(versionsCursor);
        String dAt = blank(deploymentsCursor);
        ProductView view = new ProductView(id, product.name(), product.description(), current,
                versionPage.items().stream().map(v -> new ProductView.VersionRow(v.version(), shortSha(v.scmSha()),
                        v.scmBranch(), webLink(v.buildUrl()), v.createdAt(), currentIn.getOrDefault(v.version(), List.of())))
                        .toList(),
                versionPage.nextCursor() == null ? null : link(self, versionPage.nextCursor(), dAt),
                vAt == null ? null : link(self, null, dAt),
                deploymentPage.items().stream().map(ProductPage::row).toList(),
                deploymentPage.nextCursor() == null ? null : link(self, vAt, deploymentPage.nextCursor()),
                dAt == null ? null : link(self, vAt, null));
        return Templates.product(frames.frame(product.name(), "state"), view);
    }

    /** Where the product runs now, from the same read model as the state page. */
    private List<ProductView.Current> current(String name) {
        return state.state(List.of(name), List.of()).rows().stream().flatMap(r -> r.cells().entrySet().stream())
                .map(e -> new ProductView.Current(e.getKey(), e.getValue().version(), e.getValue().deployedAt())).toList();
    }

    private static ProductView.DeploymentRow row(DeploymentView d) {
        String by = d.deployedByName() != null ? d.deployedByName() : d.deployedBy();
        return new ProductView.DeploymentRow(d.createdAt(), d.version(), d.environmentName(), Badge.of(d.status()), by,
                d.sourceSystem(), webLink(d.deployUrl()));
    }

    /** A page link that keeps the other list where it is. */
    private static String link(String self, String versionsCursor, String deploymentsCursor) {
        if (versionsCursor == null && deploymentsCursor == null) {
            return self;
        }
        StringBuilder sb = new StringBuilder(self).append('?');
        if (versionsCursor != null) {
            sb.append("versions=").append(versionsCursor);
        }
        if (deploymentsCursor != null) {
            sb.append(versionsCursor != null ? "&" : "").append("deployments=").append(deploymentsCursor);
        }
        return sb.toString();
    }

    private static String blank(String cursor) {
        return cursor == null || cursor.isBlank() ? null : cursor;
    }

    static String shortSha(String sha) {
        return sha == null ? null : sha.length() > 10 ? sha.substring(0, 10) : sha;
    }

    /** Only http(s) addresses become links: a client-sent "javascript:" URL must never be clickable. */
    static String webLink(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : null;
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
