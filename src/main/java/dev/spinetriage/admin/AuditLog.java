package dev.spinetriage.admin;

import dev.spinetriage.admin.dto.AuditEventDto;
import dev.spinetriage.platform.json.Json;
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

    private final Json json;
    private final Clock clock;

    AuditLog(Json json, Clock clock) {
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
        return new AuditEventDto(e.eventId, e.at, e.actor, e.action, e.entityType, e.entityId,
                e.before == null ? null : json.tree(e.before), e.after == null ? null : json.tree(e.after));
    }

    private String write(Object value) {
        return value == null ? null : json.write(value);
    }
}
