package dev.spinetriage.admin.apikey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A client's API key: never the key itself, only its hash (see V4__api_keys.sql). */
@Entity
@Table(name = "api_key")
public class ApiKeyEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "key_prefix")
    public String keyPrefix;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] roles;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** The key's own rate limit (V7__api_key_rate_limit.sql); null keeps the configured default. */
    @Column(name = "rate_limit_per_second")
    public Integer rateLimitPerSecond;

    @Column(name = "rate_limit_burst")
    public Integer rateLimitBurst;

    /** US_CMS or UK_NICE: the policy profile this client's triages default to; null for the service's default. */
    @Column(name = "default_policy_profile")
    public String defaultPolicyProfile;
}
