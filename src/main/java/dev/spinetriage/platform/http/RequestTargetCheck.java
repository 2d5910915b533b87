package dev.spinetriage.platform.http;

import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemResponses;
import dev.spinetriage.platform.problem.ProblemType;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses a request whose path or query holds text no route can serve (see {@link RequestTargetText}) with a 400
 * problem naming the part, before authentication, routing or any resource: one check for every route, present and
 * future, so a NUL in an id can no longer reach PostgreSQL and come back as a 500.
 */
@ApplicationScoped
public class RequestTargetCheck {

    /** Right after the request id is assigned, so the problem quotes it. */
    static final int ROUTE_ORDER = RouteConstants.ROUTE_ORDER_HEADERS + 2;
    private static final int MAX_ECHO = 40;

    private final ProblemResponses responses;

    RequestTargetCheck(ProblemResponses responses) {
        this.responses = responses;
    }

    void init(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String path = ctx.request().path();
        String wrong = path == null ? null : RequestTargetText.problemWith(path, false);
        if (wrong != null) {
            refuse(ctx, "path", "The request path", wrong);
            return;
        }
        String query = ctx.request().query();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String nameWrong = RequestTargetText.problemWith(name, true);
                if (nameWrong != null) {
                    refuse(ctx, "query", "A query parameter's name", nameWrong);
                    return;
                }
                String valueWrong = equals < 0 ? null : RequestTargetText.problemWith(pair.substring(equals + 1), true);
                if (valueWrong != null) {
                    String field = shown(name);
                    refuse(ctx, field, "The query parameter '" + field + "'", valueWrong);
                    return;
                }
            }
        }
        ctx.next();
    }

    /** A name that passed the check is safe to quote, but only its start: it may be 8 KB long. */
    private static String shown(String encodedName) {
        String name = URLDecoder.decode(encodedName, StandardCharsets.UTF_8);
        return name.length() <= MAX_ECHO ? name : name.substring(0, MAX_ECHO) + "…";
    }

    private void refuse(RoutingContext ctx, String field, String subject, String wrong) {
        responses.send(ctx, Problem.of(ProblemType.VALIDATION_ERROR, subject + " " + wrong + ".",
                ctx.request().path(), List.of(new Problem.FieldError(field, wrong))));
    }
}
