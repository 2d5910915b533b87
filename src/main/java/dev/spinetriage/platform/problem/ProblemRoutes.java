package dev.spinetriage.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem+json for failures that happen in Vert.x, outside any JAX-RS exception mapper. Quarkus enforces
 * {@code quarkus.http.limits.max-body-size} before RESTEasy runs and answers with an empty 413, so this checks the
 * same configured limit one step earlier and fails the request into the handler below instead.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final int STATUS_PAYLOAD_TOO_LARGE = 413;

    private final ProblemResponses responses;
    private final long maxBodyBytes;

    ProblemRoutes(ProblemResponses responses,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.responses = responses;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void init(@Observes Router router) {
        // Chunked bodies announce no length; buffering them here with the limit is what lets an oversized one fail
        // with 413 into our failure handler. RESTEasy then reads the buffered body instead of the socket.
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(ctx -> limitBody(ctx, chunked));
        router.route().failureHandler(this::renderFailure);
    }

    private void limitBody(RoutingContext ctx, BodyHandler chunked) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            chunked.handle(ctx);
        } else if (Long.parseLong(length) > maxBodyBytes) { // Netty has already rejected a malformed length
            ctx.fail(STATUS_PAYLOAD_TOO_LARGE);
        } else {
            ctx.next();
        }
    }

    private void renderFailure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status == 401 || status == 403) {
            // Authentication failures carry challenges (WWW-Authenticate) that Quarkus security writes itself.
            ctx.next();
            return;
        }
        String instance = ctx.request().path();
        Problem problem;
        if (status >= 500) {
            problem = responses.internalError(ctx.failure(), instance);
        } else if (status == STATUS_PAYLOAD_TOO_LARGE) {
            problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body exceeds the limit of " + maxBodyBytes + " bytes.", instance);
        } else {
            problem = HttpProblems.of(status, ctx.request(), null);
        }
        if (!ctx.request().isEnded()) {
            // The unread rest of the body would be parsed as the next request on a kept-alive connection.
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        responses.send(ctx, problem);
    }
}
