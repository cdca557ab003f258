package io.versioner.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something that gets versioned and deployed; its name is its key. */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public String description;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_metadata")
    public Map<String, Object> extraMetadata;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
