package io.versioner.ops;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoint (it lives in src/test, so it never ships) that fails the way a bug would, so that
 * {@link LogHasNoSecretsTest} can watch the real 500 path: ErrorMapper logs the error with the request id
 * in the MDC. Like every API path it needs a valid key; it is hidden from the OpenAPI document so that
 * checks of that document are not disturbed by it.
 */
@Path("/ops-test/fail")
public class FailingResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("simulated failure for LogHasNoSecretsTest");
    }
}
