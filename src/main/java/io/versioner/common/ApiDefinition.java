package io.versioner.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(info = @Info(title = "Versioner API", version = "1.0.0",
        description = "Records the builds and deployments that CI/CD tools report, groups versions into releases, "
                + "and answers what runs where. JSON in and out, snake_case fields, RFC 3339 UTC timestamps. Lists "
                + "answer {items, next_cursor} and take limit (1-500, default 50) and cursor. Every error body has a "
                + "top-level `detail`. Products are listed by name, environments in environment order (dev, test, "
                + "staging, production, other, then name), everything else newest first."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key: `Authorization: Bearer sk_...`. Roles: ingest (post events), viewer (read), "
                + "editor (read, events, write), admin (editor + API keys).")
public class ApiDefinition extends Application {
}
