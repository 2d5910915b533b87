package dev.spinetriage.platform.ratelimit;

import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemResponses;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;

/** A 429 with Retry-After in whole seconds (at least 1), as both limits answer it. */
final class Throttled {

    static final String RETRY_AFTER = "Retry-After";

    private Throttled() {
    }

    static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    static void send(RoutingContext ctx, ProblemResponses problems, long retryAfterSeconds, Problem problem) {
        ctx.response().putHeader(RETRY_AFTER, Long.toString(retryAfterSeconds));
        if (announcesBody(ctx)) {
            // The unread body would otherwise be parsed as the next request on a kept-alive connection. A request
            // without one keeps its connection: a throttled client should not pay for a new one each time.
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        problems.send(ctx, problem);
    }

    private static boolean announcesBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        return ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null || length != null && !"0".equals(length);
    }
}
