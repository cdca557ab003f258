package io.versioner.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.versioner.common.ApiException;
import io.versioner.common.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Errors of dashboard pages as pages: the API's JSON error body is for programs, a person needs a page
 * (or, when not signed in, the sign-in form). Each page controller routes its own exceptions here through
 * class-local mappers, so the API's one mapper stays untouched for every other path.
 */
@ApplicationScoped
public class ErrorPages {
    @Inject
    Frames frames;

    @CheckedTemplate(basePath = "ui")
    static class Templates {
        static native TemplateInstance error(Frame frame, int status, String message);
    }

    public Response of(ApiException e, ContainerRequestContext request) {
        return of(e.status(), message(e.detail()), request);
    }

    public Response of(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        return of(status, status == 404 ? "Not found" : e.getResponse().getStatusInfo().getReasonPhrase(), request);
    }

    private Response of(int status, String message, ContainerRequestContext request) {
        if (status == 401) {
            return Response.seeOther(signIn(request)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(frames.frame("Error " + status, null), status, message)).build();
    }

    /** After signing in, a person lands on the page they asked for (a GET), else on the start page. */
    private URI signIn(ContainerRequestContext request) {
        String target = frames.base() + "sign-in";
        if ("GET".equals(request.getMethod())) {
            UriInfo uri = request.getUriInfo();
            String page = uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
            target += "?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
        }
        return URI.create(target);
    }

    /** The API's {@code detail}, as a sentence: a string as is, a list of field errors as "field: problem". */
    static String message(Object detail) {
        if (detail instanceof String s) {
            return s;
        }
        if (detail instanceof List<?> list) {
            return list.stream().map(x -> x instanceof FieldError f
                    ? f.loc().get(f.loc().size() - 1) + ": " + f.msg() : String.valueOf(x))
                    .collect(Collectors.joining("; "));
        }
        return String.valueOf(detail);
    }
}
