package io.versioner.version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One attempt at building a version; written only by {@link BuildService} through SQL. */
@Entity
@Immutable
@Table(name = "build")
public class Build extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "product_id")
    public UUID productId;
    @Column(name = "version_id")
    public UUID versionId;
    public String status;
    @Column(name = "invoke_id")
    public String invokeId;
    @Column(name = "built_by")
    public String builtBy;
    @Column(name = "built_by_email")
    public String builtByEmail;
    @Column(name = "built_by_name")
    public String builtByName;
    @Column(name = "scm_branch")
    public String scmBranch;
    @Column(name = "scm_sha")
    public String scmSha;
    @Column(name = "scm_repository")
    public String scmRepository;
    @Column(name = "build_url")
    public String buildUrl;
    @Column(name = "build_number")
    public String buildNumber;
    @Column(name = "source_system")
    public String sourceSystem;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_metadata")
    public Map<String, Object> extraMetadata;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
