package dev.spinetriage.platform.ratelimit;

import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemResponses;
import dev.spinetriage.platform.problem.ProblemType;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed authentications per client address with a {@link TokenBucket} of failures: each refused key or
 * token takes one, and while an address has none left, every request of it that carries credentials is answered
 * 429 before authentication, so before any database lookup. Requests without credentials are never held up.
 * <p>
 * The address is the TCP peer's: the application trusts no X-Forwarded-For unless an operator turns on
 * quarkus.http.proxy.proxy-address-forwarding for a proxy they run (then Vert.x reports the forwarded address),
 * so a client cannot move to a fresh bucket by sending a header. Per instance, in memory, bounded: buckets that
 * have refilled are dropped when the map grows past {@link #MAX_ADDRESSES}.
 */
@ApplicationScoped
public class FailedAuthentications {

    /** Just before Quarkus authenticates (route order -200). */
    static final int ROUTE_ORDER = -SecurityHandlerPriorities.AUTHENTICATION - 1;
    private static final int MAX_ADDRESSES = 10_000;
    private static final double SECONDS_PER_MINUTE = 60.0;

    private final ProblemResponses problems;
    private final RateLimitConfig.FailedAuthentications limit;
    private final ConcurrentHashMap<String, TokenBucket> failures = new ConcurrentHashMap<>();

    FailedAuthentications(ProblemResponses problems, RateLimitConfig config) {
        this.problems = problems;
        this.limit = config.failedAuthentications();
    }

    void init(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String client = clientOf(ctx);
        TokenBucket bucket = client == null || ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                ? null : failures.get(client);
        long waitNanos = bucket == null ? 0 : bucket.waitNanos(System.nanoTime());
        if (waitNanos == 0) {
            ctx.next();
            return;
        }
        long retryAfter = Throttled.retryAfterSeconds(waitNanos);
        Throttled.send(ctx, problems, retryAfter, Problem.of(ProblemType.AUTHENTICATION_THROTTLED,
                "Too many failed authentications from this address: up to " + limit.burst() + " at once, then "
                        + limit.perMinute() + " a minute. Credentials are not checked for now; retry after "
                        + retryAfter + " s with a valid key or token.", ctx.request().path()));
    }

    /** Called when a key or token this request carried was refused. */
    public void failed(RoutingContext ctx) {
        String client = clientOf(ctx);
        if (client == null) {
            return;
        }
        long now = System.nanoTime();
        if (failures.size() >= MAX_ADDRESSES) {
            failures.values().removeIf(b -> b.isFull(now));
            if (failures.size() >= MAX_ADDRESSES) {
                // Failures from more addresses at once than honest use ever makes: bounded memory matters more here.
                failures.clear();
            }
        }
        failures.computeIfAbsent(client, c -> new TokenBucket(limit.perMinute() / SECONDS_PER_MINUTE, limit.burst(),
                now)).tryTake(now);
    }

    private static String clientOf(RoutingContext ctx) {
        SocketAddress peer = ctx.request().remoteAddress();
        return peer == null ? null : peer.hostAddress();
    }
}
