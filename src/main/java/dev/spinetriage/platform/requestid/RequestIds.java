package dev.spinetriage.platform.requestid;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is a sane token, else a new UUID. The id is
 * returned on every response, quoted in every problem body, and put in the MDC so every log line of the request
 * carries it. Quarkus keeps MDC data in the request's Vert.x duplicated context, so it follows the request onto the
 * worker thread that runs a blocking resource method; a thread-local would not.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Anything else (too long, spaces, CR/LF, quotes) could forge log lines or headers, so it is replaced. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void init(@Observes Router router) {
        // First of all routes, so that even a body-size or security refusal carries the id.
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::assign);
    }

    private void assign(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.put(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** The id of the request {@code ctx} serves, whichever thread asks. */
    public static String of(RoutingContext ctx) {
        String id = ctx.get(MDC_KEY);
        return id != null ? id : current();
    }
}
