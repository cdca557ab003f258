package io.versioner.product;

import io.versioner.auth.Access;
import io.versioner.auth.Requires;
import io.versioner.common.ApiException;
import io.versioner.common.Limits;
import io.versioner.common.Page;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Map;
import io.versioner.common.PatchValue;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/products")
@Tag(name = "Catalog")
@SecurityRequirement(name = "bearer")
@Requires(Access.READ)
public class ProductResource {
    @Inject
    ProductService products;

    @Schema(name = "ProductCreate")
    public record CreateRequest(@NotBlank @Size(max = 255) String name, String description,
            Map<String, Object> extraMetadata) {
    }

    @Schema(name = "ProductUpdate", description = "Fields present are changed; null clears.")
    public record UpdateRequest(@Schema(implementation = String.class, nullable = true) PatchValue<String> description,
            @Schema(implementation = Map.class, additionalProperties = Schema.True.class, nullable = true) PatchValue<Map<String, Object>> extraMetadata) {
    }

    @Schema(name = "Product")
    public record ProductView(@Schema(required = true) UUID id, @Schema(required = true) String name,
            @Schema(nullable = true) String description, @Schema(required = true) Map<String, Object> extraMetadata,
            @Schema(required = true) Instant createdAt, @Schema(required = true) Instant updatedAt) {
        public static ProductView of(Product p) {
            return new ProductView(p.id, p.name, p.description, p.extraMetadata, p.createdAt, p.updatedAt);
        }
    }

    @GET
    @Operation(operationId = "listProducts", summary = "List products by name; `name` is exact, `q` a case-insensitive substring")
    public Page<ProductView> list(@QueryParam("name") String name, @QueryParam("q") String q,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        Page<Product> page = products.list(name, q, Limits.check(limit), cursor);
        return new Page<>(page.items().stream().map(ProductView::of).toList(), page.nextCursor());
    }

    @POST
    @Requires(Access.WRITE)
    @Operation(operationId = "createProduct", summary = "Create a product (409 when the name exists)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProductView.class)))
    public Response create(@Valid @NotNull CreateRequest body, @Context UriInfo uri) {
        Product p = products.create(body.name().strip(), body.description(), body.extraMetadata());
        return Response.created(uri.getBaseUriBuilder().path("products").path(p.id.toString()).build())
                .entity(ProductView.of(p)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProduct", summary = "Get a product")
    public ProductView get(@PathParam("id") UUID id) {
        return products.find(id).map(ProductView::of).orElseThrow(() -> ApiException.notFound("Product " + id + " not found"));
    }

    @PATCH
    @Path("/{id}")
    @Requires(Access.WRITE)
    @Operation(operationId = "updateProduct", summary = "Change a product's description or metadata")
    public ProductView update(@PathParam("id") UUID id, @NotNull UpdateRequest body) {
        return ProductView.of(products.update(id, body.description(),
                body.extraMetadata()));
    }

    @DELETE
    @Path("/{id}")
    @Requires(Access.WRITE)
    @Operation(operationId = "deleteProduct", summary = "Delete a product with its versions, builds and deployments (409 when in a release)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        products.delete(id);
    }
}
