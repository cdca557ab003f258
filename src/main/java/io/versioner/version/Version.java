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

/** A version of a product. Immutable once created, except that a version without a sha takes the first one given. */
@Entity
@Immutable
@Table(name = "version")
public class Version extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "product_id")
    public UUID productId;
    public String version;
    @Column(name = "scm_sha")
    public String scmSha;
    @Column(name = "scm_branch")
    public String scmBranch;
    @Column(name = "scm_repository")
    public String scmRepository;
    @Column(name = "build_url")
    public String buildUrl;
    @Column(name = "build_number")
    public String buildNumber;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "extra_metadata")
    public Map<String, Object> extraMetadata;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
