package dev.spinetriage.platform.security;

import dev.spinetriage.platform.ratelimit.FailedAuthentications;
import dev.spinetriage.platform.ratelimit.RateLimitOverride;
import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an API key into an identity: principal = the key's id, roles = the key's roles. Unknown, malformed and
 * revoked keys fail authentication (401); a key that cannot be checked because the database is unreachable is a 503.
 * The database is asked on a worker thread, never on the event loop, and only when the key is not in the
 * {@link VerifiedKeyCache}.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private static final String ACTIVE_KEY_BY_HASH =
            "SELECT id, name, roles, rate_limit_per_second, rate_limit_burst, default_policy_profile FROM api_key "
                    + "WHERE key_hash = ? AND revoked_at IS NULL";

    private final AgroalDataSource database;
    private final VerifiedKeyCache cache;
    private final FailedAuthentications failedAuthentications;

    ApiKeyIdentityProvider(AgroalDataSource database, VerifiedKeyCache cache,
            FailedAuthentications failedAuthentications) {
        this.database = database;
        this.cache = cache;
        this.failedAuthentications = failedAuthentications;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request,
            AuthenticationRequestContext context) {
        if (!ApiKeySecrets.isWellFormed(request.key())) {
            failed(request);
            return Uni.createFrom().failure(new AuthenticationFailedException("Malformed API key"));
        }
        String hash = ApiKeySecrets.hash(request.key());
        SecurityIdentity cached = cache.get(hash);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        long revocations = cache.revocationCount();
        return context.runBlocking(() -> {
            SecurityIdentity identity = activeKey(hash).orElseThrow(() -> {
                failed(request);
                return new AuthenticationFailedException("Unknown or revoked API key");
            });
            cache.put(hash, identity, revocations);
            return identity;
        });
    }

    /** Counted against the client's address (platform/ratelimit), which limits how many keys it may try. */
    private void failed(ApiKeyAuthenticationRequest request) {
        RoutingContext ctx = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (ctx != null) {
            failedAuthentications.failed(ctx);
        }
    }

    private Optional<SecurityIdentity> activeKey(String hash) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(ACTIVE_KEY_BY_HASH)) {
            s.setString(1, hash);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String[] roles = (String[]) row.getArray("roles").getArray();
                QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(row.getString("id")))
                        .addRoles(Set.of(roles))
                        .addAttribute(Caller.KEY_NAME, row.getString("name"));
                String profile = row.getString("default_policy_profile");
                if (profile != null) {
                    identity.addAttribute(Caller.DEFAULT_POLICY_PROFILE, profile);
                }
                // Cached with the identity, so the rate limiter reads it on every request without a query.
                RateLimitOverride limit = RateLimitOverride.ofNullable(
                        row.getObject("rate_limit_per_second", Integer.class),
                        row.getObject("rate_limit_burst", Integer.class));
                if (limit != null) {
                    identity.addAttribute(RateLimitOverride.ATTRIBUTE, limit);
                }
                return Optional.of(identity.build());
            }
        } catch (SQLException e) {
            // Not an authentication failure: the client's key may be fine, so never a 401. An unreachable database
            // is answered 503 with Retry-After (DatabaseOutage), anything else 500.
            throw new IllegalStateException("Could not look up an API key", e);
        }
    }
}
