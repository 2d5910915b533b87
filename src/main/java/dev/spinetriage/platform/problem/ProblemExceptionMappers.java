package dev.spinetriage.platform.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions raised while JAX-RS serves a request become problem+json. Quarkus REST picks the
 * mapper declared for the closest exception type, so {@link MismatchedInputException} and {@link ValidationException}
 * are mapped by exactly those types: Quarkus ships built-in mappers for them (an empty 400, a non-RFC violation
 * report) that would otherwise beat a mapper for a parent type. Failures Vert.x handles before or around JAX-RS are
 * rendered by {@link ProblemRoutes}.
 */
public class ProblemExceptionMappers {

    private final ProblemResponses responses;

    ProblemExceptionMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    /**
     * Quarkus REST rethrows binding mismatches (unknown field, wrong type, unknown code) unwrapped. Other Jackson
     * failures are deliberately not mapped here: one escaping from our own code (say, writing a response) is a 500.
     */
    @ServerExceptionMapper(MismatchedInputException.class)
    public Response bodyMismatch(MismatchedInputException e, HttpServerRequest request) {
        return responses.toResponse(JsonBindingProblems.toProblem(e, request.path()));
    }

    @ServerExceptionMapper(ValidationException.class)
    public Response invalid(ValidationException e, ResourceInfo resource, HttpServerRequest request) {
        // Only violations Quarkus raised while checking a request are the client's fault; a violation inside a
        // service, on a return value or a broken constraint definition is a defect on our side.
        if (e instanceof ResteasyReactiveViolationException violations
                && !ViolationProblems.onReturnValue(violations.getConstraintViolations())) {
            return responses.toResponse(ViolationProblems.toProblem(
                    violations.getConstraintViolations(), resource.getResourceMethod(), request.path()));
        }
        return unexpected(e, request);
    }

    /**
     * Includes Quarkus REST's own 404/405/406/415. Because some mapper applies to NotFoundException, Quarkus REST
     * answers a path no resource matches itself rather than passing it on to later Vert.x routes, so unknown paths
     * anywhere, /q/ included, end up here as 404.
     */
    @ServerExceptionMapper(WebApplicationException.class)
    public Response http(WebApplicationException e, ResourceInfo resource, HttpServerRequest request) {
        var json = JsonBindingProblems.find(e.getCause());
        if (json.isPresent()) {
            return responses.toResponse(JsonBindingProblems.toProblem(json.get(), request.path()));
        }
        int status = e.getResponse().getStatus();
        if ((e instanceof NotFoundException || e instanceof BadRequestException) && e.getCause() != null
                && resource != null) {
            // Quarkus REST's way of saying a parameter did not convert: a 404 for a query parameter, per JAX-RS.
            var unreadable = ParamProblems.unreadable(resource.getResourceMethod(), request);
            if (unreadable.isPresent()) {
                return responses.toResponse(unreadable.get());
            }
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        String allow = status == 405 ? allowed(e, request) : null;
        Problem problem = HttpProblems.of(status, request, allow);
        if (ownWords(e, resource)) {
            problem = problem.withDetail(e.getMessage());
        }
        Response response = responses.toResponse(problem);
        // Clients rely on Allow to retry a 405 with a method that works.
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    /**
     * A resource method that throws, say, {@code new NotFoundException("No triage with id …")} is talking to the
     * client, so its message becomes the detail. Messages of exceptions raised before any resource method matched
     * come from Quarkus REST, and JAX-RS's default ("HTTP 404 Not Found") says nothing the title does not.
     */
    private static boolean ownWords(WebApplicationException e, ResourceInfo resource) {
        String message = e.getMessage();
        return resource != null && resource.getResourceMethod() != null && message != null
                && !message.startsWith("HTTP " + e.getResponse().getStatus());
    }

    /** Prefers an Allow header the thrower set; Quarkus REST's own 405 comes without one. */
    private static String allowed(WebApplicationException e, HttpServerRequest request) {
        String given = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return given != null ? given : AllowedMethods.at(request.path());
    }

    @ServerExceptionMapper(ProblemException.class)
    public Response problem(ProblemException e, HttpServerRequest request) {
        return responses.toResponse(Problem.of(e.type(), e.getMessage(), request.path(), e.errors()));
    }

    /**
     * A request without a key reached an endpoint that needs one, or (when authentication happens lazily) its key
     * failed. Quarkus's own mappers for these answer with the mechanism's challenge and an empty body; this keeps
     * the challenge headers (WWW-Authenticate) and adds the problem.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthorized(RoutingContext context) {
        Response.ResponseBuilder response = Response.fromResponse(
                responses.toResponse(SecurityProblems.unauthorized(context.request())));
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(response.build());
        }
        return authenticator.getChallenge(context).map(challenge -> {
            if (challenge != null) {
                challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            }
            return response.build();
        });
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(HttpServerRequest request) {
        return responses.toResponse(SecurityProblems.forbidden(request.path()));
    }

    @ServerExceptionMapper(Throwable.class)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        return responses.toResponse(responses.serverError(e, request.path()));
    }
}
