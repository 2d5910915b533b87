package dev.spinetriage.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spinetriage.admin.dto.AuditEventDto;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Records every admin change in the same transaction as the change itself, so a change and its audit entry are
 * committed together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    private final ObjectMapper json;
    private final Clock clock;

    AuditLog(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String entityType, String entityId, Object before, Object after) {
        AuditEventEntity event = new AuditEventEntity();
        event.at = OffsetDateTime.now(clock);
        event.actor = actor;
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.before = write(before);
        event.after = write(after);
        event.persist();
    }

    /** Newest first; both filters optional. */
    @Transactional
    public List<AuditEventDto> find(String entityType, String entityId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (entityType != null) {
            query.append(" and entityType = :type");
            parameters.and("type", entityType);
        }
        if (entityId != null) {
            query.append(" and entityId = :id");
            parameters.and("id", entityId);
        }
        return AuditEventEntity.<AuditEventEntity>find(query.toString(), Sort.descending("eventId"), parameters)
                .page(Page.ofSize(limit)).list().stream().map(this::toDto).toList();
    }

    private AuditEventDto toDto(AuditEventEntity e) {
        try {
            return new AuditEventDto(e.eventId, e.at, e.actor, e.action, e.entityType, e.entityId,
                    e.before == null ? null : json.readTree(e.before), e.after == null ? null : json.readTree(e.after));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Unreadable audit event " + e.eventId, ex);
        }
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not record an audit event", e);
        }
    }
}
