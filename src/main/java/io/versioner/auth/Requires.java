package io.versioner.auth;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access a resource method (or every method of a resource class) needs, checked by
 * {@link RequiresInterceptor} against the caller's role: 401 without a key, 403 with the wrong role.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Requires {
    @Nonbinding
    Access value();
}
