package dev.spinetriage.platform.problem;

import dev.spinetriage.platform.database.DatabaseOutage;
import dev.spinetriage.platform.json.Json;
import dev.spinetriage.platform.requestid.RequestIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes a {@link Problem} for both layers that can fail a request: JAX-RS (exception mappers) and Vert.x (routes that
 * run before or around RESTEasy). Both serialise here, to a string, so the bytes are identical whichever layer
 * answered, and so that no message-body-writer negotiation against the client's Accept header can turn a 406 into a
 * second failure.
 */
@ApplicationScoped
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);
    /**
     * Seconds a client should wait before retrying a 503: the pool gives up on an unreachable database within its
     * acquisition timeout (2 s), and a restarted PostgreSQL accepts connections again within a few seconds.
     */
    static final String RETRY_AFTER_SECONDS = "2";
    private static final String RETRY_AFTER = "Retry-After";

    private final Json json;
    private final MeterRegistry registry;

    ProblemResponses(Json json, MeterRegistry registry) {
        this.json = json;
        this.registry = registry;
    }

    /** A 503 always says when to retry, whichever layer answers it. */
    public Response toResponse(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .header(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .entity(json(problem.withRequestId(RequestIds.current())));
        if (problem.status() == ProblemType.SERVICE_UNAVAILABLE.status()) {
            response.header(RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    public void send(RoutingContext ctx, Problem problem) {
        if (problem.status() == ProblemType.SERVICE_UNAVAILABLE.status()) {
            ctx.response().putHeader(RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(io.vertx.core.http.HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(json(problem.withRequestId(RequestIds.of(ctx))));
    }

    /**
     * A failure on our side. An unreachable database is a 503 the client can retry (see {@link DatabaseOutage});
     * anything else is a 500: logged with a random id, and the problem quotes only that id, so the stack trace stays
     * in the server log, where an operator can find it from the id the client reports.
     */
    public Problem serverError(Throwable failure, String instance) {
        if (DatabaseOutage.causedBy(failure)) {
            return serviceUnavailable(failure, instance);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unhandled error %s on %s", errorId, instance);
        return Problem.of(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred. Quote error id " + errorId + " when reporting it.", instance);
    }

    /**
     * An unreachable database is expected now and then (a restart, a failover) and says nothing new per request, so
     * it is one WARN line without a stack trace; readiness reports it too.
     */
    private Problem serviceUnavailable(Throwable failure, String instance) {
        LOG.warnf("Database unreachable while serving %s: %s", instance, rootMessage(failure));
        return Problem.of(ProblemType.SERVICE_UNAVAILABLE, "The database is unreachable; nothing was done or "
                + "recorded. Retry after " + RETRY_AFTER_SECONDS + " seconds.", instance);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Rejected requests by reason, for /q/metrics: the problem type's slug, a closed list. */
    private void countRejected(Problem problem) {
        Counter.builder("spinetriage.http.problems").description("Requests answered with a problem, by type")
                .tag("type", problem.type().substring(problem.type().lastIndexOf('/') + 1))
                .tag("status", Integer.toString(problem.status()))
                .register(registry).increment();
    }

    private String json(Problem problem) {
        countRejected(problem);
        return json.write(problem);
    }
}
