package dev.spinetriage.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem+json for failures that happen in Vert.x, outside any JAX-RS exception mapper: security refusals before
 * JAX-RS runs (see {@link #statusOf}), an unexpected failure, and the body-size limit. Quarkus enforces
 * {@code quarkus.http.limits.max-body-size} before RESTEasy runs and answers with an empty 413, so this checks the
 * same configured limit one step earlier and fails the request into the handler below instead.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final int STATUS_UNAUTHORIZED = 401;
    private static final int STATUS_FORBIDDEN = 403;
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
        if (ctx.request().version() == HttpVersion.HTTP_2 && length == null) {
            // HTTP/2 frames every body, so none is "chunked"; and Quarkus REST pauses the request when it takes
            // over, which fails on an HTTP/2 request already read to its end ("Request has already been read").
            // Quarkus REST itself counts such a body against the same limit as it reads it; it answers an
            // oversized one with an empty 413 (HTTP/2 clients announce Content-Length for any body they hold whole).
            ctx.next();
        } else if (length == null) {
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
        int status = statusOf(ctx);
        String instance = ctx.request().path();
        Problem problem;
        if (status >= 500) {
            problem = responses.serverError(ctx.failure(), instance);
        } else if (status == STATUS_UNAUTHORIZED) {
            // Any challenge header (WWW-Authenticate) Quarkus security has set on the response stays.
            problem = SecurityProblems.unauthorized(ctx.request());
        } else if (status == STATUS_FORBIDDEN) {
            problem = SecurityProblems.forbidden(instance);
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

    /**
     * Quarkus security fails a request with an exception, which Vert.x reports as status 500: a refused
     * authentication, or an HTTP permission that denies an authenticated client. Anything else without a status of
     * its own is our defect.
     */
    private static int statusOf(RoutingContext ctx) {
        Throwable failure = HttpSecurityRecorder.DefaultAuthFailureHandler.extractRootCause(ctx.failure());
        if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException) {
            return STATUS_UNAUTHORIZED;
        }
        if (failure instanceof ForbiddenException) {
            return STATUS_FORBIDDEN;
        }
        return ctx.statusCode() > 0 ? ctx.statusCode() : 500;
    }
}
