package io.versioner.auth;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** The API key behind the current request; its name is the actor in audit trails. */
@RequestScoped
public class Caller {
    private UUID keyId;
    private String name = "anonymous";
    private Role role;
    private boolean anonymousReadAllowed;

    void set(UUID keyId, String name, Role role) {
        this.keyId = keyId;
        this.name = name;
        this.role = role;
    }

    void allowAnonymousRead(boolean allowed) {
        this.anonymousReadAllowed = allowed;
    }

    public boolean anonymous() {
        return keyId == null;
    }

    boolean anonymousReadAllowed() {
        return anonymousReadAllowed;
    }

    public UUID keyId() {
        return keyId;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }
}
