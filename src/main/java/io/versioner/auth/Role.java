package io.versioner.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an API key may do. */
@Schema(name = "Role", enumeration = { "ingest", "viewer", "editor", "admin" },
        description = "ingest: post events only; viewer: read all but keys; editor: viewer + events + writes; admin: editor + /api-keys")
public enum Role {
    INGEST(EnumSet.of(Access.INGEST)),
    VIEWER(EnumSet.of(Access.READ)),
    EDITOR(EnumSet.of(Access.READ, Access.INGEST, Access.WRITE)),
    ADMIN(EnumSet.allOf(Access.class));

    private final Set<Access> grants;

    Role(Set<Access> grants) {
        this.grants = grants;
    }

    public boolean allows(Access access) {
        return grants.contains(access);
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role fromWire(String s) {
        for (Role r : values()) {
            if (r.wire().equals(s)) {
                return r;
            }
        }
        return null;
    }
}
