package dev.spinetriage.platform.ratelimit;

import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemResponses;
import dev.spinetriage.platform.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits the requests of each API key with an in-memory {@link TokenBucket} per key id, on this instance only (N
 * instances allow N times the limit). Runs as a Vert.x route right after Quarkus has authenticated the request and
 * before anything else (authorization, body reading, JAX-RS): every request a key makes counts, a refused one
 * costs almost nothing, and requests without a key are never counted against one. A CDS Hooks client counts too, by
 * its principal (the JWT issuer), against the default limit. The key's own limit comes with its verified identity
 * ({@link RateLimitOverride}), so this never asks the database.
 */
@ApplicationScoped
public class RateLimiter {

    public static final String RETRY_AFTER = Throttled.RETRY_AFTER;

    /** Quarkus orders its security filters by -priority: authentication at -200, authorization at -100. */
    private static final int RIGHT_AFTER_AUTHENTICATION = -SecurityHandlerPriorities.AUTHENTICATION + 1;

    private final ProblemResponses problems;
    private final RateLimitConfig defaults;
    /** One bucket per key that has been used since start: bounded by the number of keys. */
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(ProblemResponses problems, RateLimitConfig defaults) {
        this.problems = problems;
        this.defaults = defaults;
    }

    void init(@Observes Router router) {
        router.route().order(RIGHT_AFTER_AUTHENTICATION).handler(this::limit);
    }

    private void limit(RoutingContext ctx) {
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            ctx.next();
            return;
        }
        RateLimitOverride own = identity.getAttribute(RateLimitOverride.ATTRIBUTE);
        int perSecond = own != null && own.requestsPerSecond() != null
                ? own.requestsPerSecond() : defaults.requestsPerSecond();
        int burst = own != null && own.burst() != null ? own.burst() : defaults.burst();
        long waitNanos = bucket(identity.getPrincipal().getName(), perSecond, burst).tryTake(System.nanoTime());
        if (waitNanos == 0) {
            ctx.next();
            return;
        }
        long retryAfter = Throttled.retryAfterSeconds(waitNanos);
        Throttled.send(ctx, problems, retryAfter, Problem.of(ProblemType.RATE_LIMITED, "This client is limited to "
                + perSecond + (perSecond == 1 ? " request" : " requests") + " per second, in bursts of up to " + burst
                + ". Retry after " + retryAfter + " s.", ctx.request().path()));
    }

    /** A key's limit changes only with a restart (the defaults), yet a bucket must never outlive its limit. */
    private TokenBucket bucket(String keyId, int perSecond, int burst) {
        TokenBucket bucket = buckets.get(keyId);
        if (bucket != null && bucket.hasLimit(perSecond, burst)) {
            return bucket;
        }
        return buckets.compute(keyId, (id, current) -> current != null && current.hasLimit(perSecond, burst)
                ? current : new TokenBucket(perSecond, burst, System.nanoTime()));
    }
}
