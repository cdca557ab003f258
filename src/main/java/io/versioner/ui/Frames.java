package io.versioner.ui;

import io.versioner.auth.Access;
import io.versioner.auth.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the {@link Frame} of the current request. */
@RequestScoped
public class Frames {
    @Inject
    Caller caller;
    @Inject
    CurrentSession session;

    @ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/")
    String rootPath;

    public Frame frame(String title, String section) {
        boolean signedIn = !caller.anonymous();
        return new Frame(base(), title, section, signedIn ? caller.name() : null,
                signedIn && caller.role() != null ? caller.role().wire() : null,
                signedIn && caller.role() != null && caller.role().allows(Access.WRITE), session.csrf());
    }

    public String base() {
        return UiPaths.base(rootPath);
    }
}
