package dev.spinetriage.triage.store;

import dev.spinetriage.triage.TriageRecord;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A stored triage, as Hibernate reads it (see {@link TriageRecord}). Written by {@link TriageRecorder}, never through
 * this entity.
 */
@Entity
@Table(name = "triage_record")
public class TriageRecordEntity extends PanacheEntityBase {

    @Id
    @Column(name = "triage_id")
    public UUID triageId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "ruleset_version")
    public String rulesetVersion;

    public String disposition;

    @Column(columnDefinition = "json")
    @ColumnTransformer(write = "?::json")
    public String request;

    @Column(columnDefinition = "json")
    @ColumnTransformer(write = "?::json")
    public String response;

    /** The API key of the client that made the triage; null for triages made before API keys existed. */
    @Column(name = "client_key_id")
    public UUID clientKeyId;

    TriageRecord toRecord() {
        return new TriageRecord(triageId, createdAt, rulesetVersion, disposition, request, response, clientKeyId);
    }
}
