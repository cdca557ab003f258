package io.versioner.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.versioner.auth.Access;
import io.versioner.auth.ApiKeyService;
import io.versioner.common.ApiException;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Signing in with an API key pasted once, and out again. The key is checked like a bearer key and never
 * stored by the browser: the cookie holds only a random session id (see {@link UiSessions}).
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class SessionPages {
    @Inject
    ApiKeyService keys;
    @Inject
    UiSessions sessions;
    @Inject
    CurrentSession current;
    @Inject
    Frames frames;
    @Inject
    ErrorPages errors;

    @CheckedTemplate(basePath = "ui")
    static class Templates {
        static native TemplateInstance signIn(Frame frame, String next, String message);
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create(frames.base() + "releases")).build();
    }

    @GET
    @Path("sign-in")
    public TemplateInstance form(@QueryParam("next") String next) {
        return Templates.signIn(frames.frame("Sign in", "sign-in"), safeNext(next), null);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("key") String key, @FormParam("next") String next,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Optional<ApiKeyService.Identity> who = keys.identify(key == null ? null : key.strip());
        if (who.isEmpty()) {
            return refused(401, next, "Unknown or revoked API key.");
        }
        if (who.get().role() == null || !who.get().role().allows(Access.READ)) {
            return refused(403, next, "The key '" + who.get().name() + "' may only post events; sign in with a viewer, editor or admin key.");
        }
        UiSessions.Opened opened = sessions.open(who.get().id());
        String target = safeNext(next);
        return Response.seeOther(URI.create(target == null ? frames.base() : target))
                .cookie(cookie(opened.cookie(), (int) opened.ttl().toSeconds(), secure(headers, uri))).build();
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@FormParam("csrf") String csrf, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        if (current.present()) {
            current.requireCsrf(csrf);
            sessions.close(current.cookie());
        }
        return Response.seeOther(URI.create(frames.base() + "sign-in")).cookie(cookie("", 0, secure(headers, uri))).build();
    }

    private Response refused(int status, String next, String message) {
        return Response.status(status).entity(Templates.signIn(frames.frame("Sign in", "sign-in"), safeNext(next), message))
                .build();
    }

    private String safeNext(String next) {
        return UiPaths.isLocalPage(next, frames.base()) ? next : null;
    }

    /**
     * HttpOnly (no script reads it), SameSite=Lax (other sites' forms and fetches never carry it, while a link
     * from a chat or a CI notification still opens the page signed in; every change is a POST with a CSRF
     * token anyway), Secure when the request came over https, directly or through a proxy that says so.
     */
    private NewCookie cookie(String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(UiPaths.COOKIE).value(value).path(frames.base().substring(0, frames.base().length() - 1))
                .httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }

    static boolean secure(HttpHeaders headers, UriInfo uri) {
        String forwarded = headers.getHeaderString("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(uri.getRequestUri().getScheme())
                || forwarded != null && forwarded.split(",")[0].strip().equalsIgnoreCase("https");
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
