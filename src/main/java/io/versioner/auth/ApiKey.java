package io.versioner.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An API key. Only a SHA-256 hash of the secret is stored; the secret is shown once, at creation. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    @Column(name = "role")
    public String roleName;
    public String prefix;
    @Column(name = "key_hash")
    public String keyHash;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    public Role role() {
        return Role.fromWire(roleName);
    }
}
