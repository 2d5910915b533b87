package dev.spinetriage.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spinetriage.platform.requestid.RequestIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
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

    private final ObjectMapper mapper;
    private final MeterRegistry registry;

    ProblemResponses(ObjectMapper mapper, MeterRegistry registry) {
        this.mapper = mapper;
        this.registry = registry;
    }

    public Response toResponse(Problem problem) {
        return Response.status(problem.status())
                .header(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .entity(json(problem.withRequestId(RequestIds.current())))
                .build();
    }

    public void send(RoutingContext ctx, Problem problem) {
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(io.vertx.core.http.HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(json(problem.withRequestId(RequestIds.of(ctx))));
    }

    /**
     * Logs the failure with a random id and returns a problem that quotes only that id: the stack trace stays in the
     * server log, where an operator can find it from the id the client reports.
     */
    public Problem internalError(Throwable failure, String instance) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unhandled error %s on %s", errorId, instance);
        return Problem.of(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred. Quote error id " + errorId + " when reporting it.", instance);
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
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
