package dev.spinetriage.platform.http;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Headers every answer carries, whoever writes it (a resource, a problem, a static file, Swagger UI, a page):
 * {@code X-Content-Type-Options: nosniff}, so a browser never runs a JSON or text answer as script or HTML; and on
 * the paths that answer with patient data (triages, their explanations, replays and what-ifs, CDS cards,
 * QuestionnaireResponse triages) or admin data (API key secrets, golden cases), {@code Cache-Control: no-store}, so
 * no browser, proxy or intake app keeps a copy. Reference data (vocabulary, therapies, the active ruleset) stays
 * cacheable.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String NO_STORE = "no-store";
    private static final List<String> PRIVATE_PATHS = List.of("/api/v1/triage", "/api/v1/admin", "/cds-services");

    void init(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS + 1).handler(this::add);
    }

    private void add(RoutingContext ctx) {
        ctx.addHeadersEndHandler(ignored -> {
            ctx.response().putHeader("X-Content-Type-Options", "nosniff");
            if (isPrivate(ctx.normalizedPath())) {
                ctx.response().putHeader("Cache-Control", NO_STORE);
            }
        });
        ctx.next();
    }

    static boolean isPrivate(String path) {
        return path != null && PRIVATE_PATHS.stream()
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
