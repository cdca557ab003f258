package io.versioner.auth;

import io.quarkus.arc.ArcInvocationContext;
import io.versioner.common.ApiException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Checks {@link Requires} before anything else runs (validation included). Built at build time: native-safe. */
@Requires(Access.ADMIN)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class RequiresInterceptor {
    @Inject
    Caller caller;

    @AroundInvoke
    Object check(InvocationContext ctx) throws Exception {
        Requires requires = ((ArcInvocationContext) ctx).findIterceptorBinding(Requires.class);
        Access needed = requires == null ? Access.ADMIN : requires.value();
        if (caller.anonymous()) {
            if (!(needed == Access.READ && caller.anonymousReadAllowed())) {
                throw ApiException.unauthorized("Not authenticated: send Authorization: Bearer <api key>");
            }
        } else if (caller.role() == null || !caller.role().allows(needed)) {
            throw ApiException.forbidden("API key '" + caller.name() + "' (role "
                    + (caller.role() == null ? "none" : caller.role().wire()) + ") may not do this");
        }
        return ctx.proceed();
    }
}
