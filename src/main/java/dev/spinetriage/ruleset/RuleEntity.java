package dev.spinetriage.ruleset;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One rule of a ruleset as stored; {@code condition} is the JSON text of the jsonb column. */
@Entity
@Table(name = "rule")
@IdClass(RuleEntity.Key.class)
public class RuleEntity extends PanacheEntityBase {

    public record Key(String rulesetVersion, String ruleId) implements Serializable {}

    @Id
    @Column(name = "ruleset_version")
    public String rulesetVersion;

    @Id
    @Column(name = "rule_id")
    public String ruleId;

    public String kind;

    public String therapy;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String condition;

    public int weight;

    public String code;

    public String message;

    public String rationale;

    public String citation;

    public String urgency;

    @Column(name = "conservative_care_gate")
    public boolean conservativeCareGate;

    /** The policy profiles the rule applies to (US_CMS, UK_NICE); null or empty for every profile. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] profiles;

    /** CLINICAL or COVERAGE: whether what the rule finds is about the patient or the policy's coverage. */
    @Column(name = "reason_kind")
    public String reasonKind = "CLINICAL";

    /** Optimistic concurrency: Hibernate checks it on every update; it is also the resource's ETag. */
    @Version
    @Column(name = "row_version")
    public int rowVersion;

    /** Native SQL for a faster start-up: see {@link RulesetEntity#findActive}. */
    public static List<RuleEntity> ofRuleset(String version) {
        return getSession().createNativeQuery("SELECT * FROM rule WHERE ruleset_version = ?1 ORDER BY rule_id",
                RuleEntity.class).setParameter(1, version).getResultList();
    }
}
