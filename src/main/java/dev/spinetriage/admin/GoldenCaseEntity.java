package dev.spinetriage.admin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.ColumnTransformer;

/** A stored triage request with the outcome every published ruleset must produce for it. */
@Entity
@Table(name = "golden_case")
public class GoldenCaseEntity extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;

    public String description;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String request;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String expected;

    @Version
    @Column(name = "row_version")
    public int rowVersion;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
