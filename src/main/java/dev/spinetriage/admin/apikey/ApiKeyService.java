package dev.spinetriage.admin.apikey;

import dev.spinetriage.admin.Actors;
import dev.spinetriage.admin.AuditLog;
import dev.spinetriage.admin.UniqueInsert;
import dev.spinetriage.admin.apikey.dto.ApiKeyDto;
import dev.spinetriage.admin.apikey.dto.CreatedApiKeyDto;
import dev.spinetriage.admin.apikey.dto.NewApiKeyRequest;
import dev.spinetriage.admin.apikey.dto.RateLimitDto;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import dev.spinetriage.platform.security.ApiKeySecrets.NewKey;
import dev.spinetriage.platform.security.ApiKeySecrets;
import dev.spinetriage.platform.security.Caller;
import dev.spinetriage.platform.security.VerifiedKeyCache;
import dev.spinetriage.rules.code.PolicyProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Creating, listing and revoking API keys. */
@ApplicationScoped
public class ApiKeyService {

    static final String ENTITY = "API_KEY";

    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);

    private final VerifiedKeyCache verifiedKeys;
    private final AuditLog audit;
    private final Clock clock;

    ApiKeyService(VerifiedKeyCache verifiedKeys, AuditLog audit, Clock clock) {
        this.verifiedKeys = verifiedKeys;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CreatedApiKeyDto create(NewApiKeyRequest request, Caller creator) {
        NewKey key = ApiKeySecrets.generate();
        ApiKeyEntity entity = insert(request.name(), request.roles(), key, creator.keyName());
        if (request.rateLimit() != null) {
            entity.rateLimitPerSecond = request.rateLimit().requestsPerSecond();
            entity.rateLimitBurst = request.rateLimit().burst();
        }
        entity.defaultPolicyProfile = request.defaultPolicyProfile() == null ? null
                : request.defaultPolicyProfile().name();
        UniqueInsert.flush("An API key named '" + request.name() + "' already exists.");
        recordCreated(entity, Actors.of(creator));
        return new CreatedApiKeyDto(entity.id, entity.name, entity.keyPrefix, List.of(entity.roles), entity.createdAt,
                entity.createdBy, rateLimit(entity), profile(entity), key.secret());
    }

    @Transactional
    public List<ApiKeyDto> list() {
        return ApiKeyEntity.<ApiKeyEntity>listAll(Sort.by("createdAt").and("name")).stream()
                .map(ApiKeyService::toDto).toList();
    }

    @Transactional
    public Optional<ApiKeyDto> find(UUID id) {
        return ApiKeyEntity.<ApiKeyEntity>findByIdOptional(id).map(ApiKeyService::toDto);
    }

    /**
     * Revokes a key (idempotent; a revoked key stays listed). The revocation is committed before this instance
     * forgets the key, so no concurrent request can cache it again; other instances stop accepting it within the
     * key cache lifetime. Returns false for an unknown id.
     */
    public boolean revoke(UUID id, Caller revoker) {
        boolean found = QuarkusTransaction.requiringNew().call(() -> {
            ApiKeyEntity entity = ApiKeyEntity.findById(id);
            if (entity == null) {
                return false;
            }
            if (entity.revokedAt == null) {
                ApiKeyDto before = toDto(entity);
                entity.revokedAt = OffsetDateTime.now(clock);
                audit.record(Actors.of(revoker), "REVOKE_API_KEY", ENTITY, id.toString(), before, toDto(entity));
            }
            return true;
        });
        if (found) {
            verifiedKeys.forget(id);
        }
        return found;
    }

    /**
     * Sets (or, with null, clears) the policy profile a key's triages default to; audited. This instance forgets the
     * key's cached identity at once, other instances within the key cache lifetime. Empty for an unknown id.
     */
    public Optional<ApiKeyDto> changeDefaultPolicyProfile(UUID id, PolicyProfile profile, Caller changer) {
        Optional<ApiKeyDto> changed = QuarkusTransaction.requiringNew().call(() -> {
            ApiKeyEntity entity = ApiKeyEntity.findById(id);
            if (entity == null) {
                return Optional.<ApiKeyDto>empty();
            }
            if (entity.revokedAt != null) {
                throw new ProblemException(ProblemType.CONFLICT, "API key " + id + " is revoked; it triages nothing.");
            }
            ApiKeyDto before = toDto(entity);
            entity.defaultPolicyProfile = profile == null ? null : profile.name();
            ApiKeyDto after = toDto(entity);
            audit.record(Actors.of(changer), "CHANGE_API_KEY_POLICY_PROFILE", ENTITY, id.toString(), before, after);
            return Optional.of(after);
        });
        changed.ifPresent(key -> verifiedKeys.forget(id));
        return changed;
    }

    /** Audits a new key inside the transaction that created it (never its secret or hash). */
    void recordCreated(ApiKeyEntity entity, String actor) {
        audit.record(actor, "CREATE_API_KEY", ENTITY, entity.id.toString(), null, toDto(entity));
    }

    ApiKeyEntity insert(String name, List<String> roles, NewKey key, String createdBy) {
        ApiKeyEntity entity = new ApiKeyEntity();
        entity.id = UUID.randomUUID();
        entity.name = name;
        entity.keyHash = key.hash();
        entity.keyPrefix = key.displayPrefix();
        entity.roles = roles.toArray(String[]::new);
        entity.createdAt = OffsetDateTime.now(clock);
        entity.createdBy = createdBy;
        entity.persist();
        return entity;
    }

    private static ApiKeyDto toDto(ApiKeyEntity e) {
        return new ApiKeyDto(e.id, e.name, e.keyPrefix, List.of(e.roles), e.createdAt, e.createdBy, e.revokedAt,
                rateLimit(e), profile(e));
    }

    private static PolicyProfile profile(ApiKeyEntity e) {
        return e.defaultPolicyProfile == null ? null : PolicyProfile.valueOf(e.defaultPolicyProfile);
    }

    private static RateLimitDto rateLimit(ApiKeyEntity e) {
        return RateLimitDto.ofNullable(e.rateLimitPerSecond, e.rateLimitBurst);
    }
}
