package dev.spinetriage.ruleset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A versioned ruleset: DRAFT, PUBLISHED or RETIRED; exactly one published ruleset is active. */
@Entity
@Table(name = "ruleset")
public class RulesetEntity extends PanacheEntityBase {

    @Id
    public String version;

    public String status;

    public boolean active;

    @Column(name = "change_note")
    public String changeNote;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    /** Optimistic concurrency: Hibernate checks it on every update; it is also the resource's ETag. */
    @Version
    @Column(name = "row_version")
    public int rowVersion;

    /**
     * Native SQL, not HQL: this runs at start-up, before the service is ready, and the first HQL query of a JVM pays
     * ~0.5 s for Hibernate's parser to warm up (bench/HISTORY.md). The same holds for the ruleset's other start-up
     * queries ({@link RuleEntity#ofRuleset}, {@link RulesetLoader}).
     */
    public static Optional<RulesetEntity> findActive() {
        return getSession().createNativeQuery("SELECT * FROM ruleset WHERE active LIMIT 1", RulesetEntity.class)
                .getResultStream().findFirst();
    }
}
