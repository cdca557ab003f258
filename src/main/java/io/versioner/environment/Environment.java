package io.versioner.environment;

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

/** Where versions get deployed; its name is its key. */
@Entity
@Table(name = "environment")
public class Environment extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    @Column(name = "type")
    public String typeName;
    public String description;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> metadata;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public EnvironmentType type() {
        return EnvironmentType.fromWire(typeName);
    }

    /** SQL ordering of environments: dev, test, staging, production, other, then name. */
    public static final String ORDER_SQL = "case type when 'dev' then 0 when 'test' then 1 when 'staging' then 2"
            + " when 'production' then 3 else 4 end";
}
