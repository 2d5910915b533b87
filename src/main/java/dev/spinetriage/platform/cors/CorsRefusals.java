package dev.spinetriage.platform.cors;

import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemResponses;
import dev.spinetriage.platform.problem.ProblemType;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a cross-origin request that the CORS settings refuse with a problem, where Quarkus's CORS filter would
 * answer an empty 403. It runs just before that filter and decides by the same quarkus.http.cors.* settings and the
 * same rules: an origin is allowed when it is listed, matches a listed /regex/, the list is "*", or it is the
 * service's own origin; with methods listed, a listed origin may use only those. Whatever it lets through, Quarkus's
 * filter then answers as usual (the Access-Control-* headers, preflights).
 */
@ApplicationScoped
public class CorsRefusals {

    /** Quarkus registers its CORS filter at route order -300 (filter priority 300); this must run first. */
    static final int ROUTE_ORDER = -301;

    private final boolean enabled;
    private final List<String> origins;
    private final List<Pattern> originPatterns;
    private final boolean anyOrigin;
    private final Optional<List<String>> methods;
    private final ProblemResponses responses;

    CorsRefusals(@ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
            @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> methods,
            ProblemResponses responses) {
        this.enabled = enabled;
        this.origins = origins.orElse(List.of());
        this.originPatterns = CORSFilter.parseAllowedOriginsRegex(origins);
        this.anyOrigin = this.origins.size() == 1 && ("*".equals(this.origins.get(0))
                || "/.*/".equals(this.origins.get(0)));
        this.methods = methods;
        this.responses = responses;
    }

    void init(@Observes Router router) {
        if (enabled) {
            router.route().order(ROUTE_ORDER).handler(this::check);
        }
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            ctx.next();
            return;
        }
        boolean listed = anyOrigin || origins.contains(origin) || CORSFilter.isOriginAllowedByRegex(originPatterns,
                origin);
        if (!listed && !sameOrigin(request, origin)) {
            refuse(ctx, "The origin " + quoted(origin) + " may not call this service from a browser. Allowed origins "
                    + "are set by quarkus.http.cors.origins (QUARKUS_HTTP_CORS_ORIGINS).");
            return;
        }
        HttpMethod method = requestedMethod(request);
        if (listed && !CORSFilter.isConfiguredWithWildcard(methods) && !methods.get().contains(method.name())) {
            refuse(ctx, "The method " + method.name() + " may not be used from a browser; allowed: "
                    + String.join(", ", methods.get()) + " (quarkus.http.cors.methods).");
            return;
        }
        ctx.next();
    }

    /** A preflight asks for the method of the request to come; any other request is that request. */
    private static HttpMethod requestedMethod(HttpServerRequest request) {
        String preflight = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (request.method() != HttpMethod.OPTIONS || preflight == null) {
            return request.method();
        }
        try {
            return HttpMethod.valueOf(preflight.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAMethod) {
            return request.method();
        }
    }

    /** Scheme, host and port of the origin equal the request's own (default ports filled in); never a path. */
    static boolean sameOrigin(HttpServerRequest request, String origin) {
        String own = request.absoluteURI();
        if (own == null) {
            return false;
        }
        URI ownUri;
        URI originUri;
        try {
            ownUri = URI.create(own);
            originUri = URI.create(origin);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        boolean bare = originUri.getRawPath() == null || originUri.getRawPath().isEmpty();
        return bare && originUri.getScheme() != null && originUri.getHost() != null
                && ownUri.getScheme().equalsIgnoreCase(originUri.getScheme())
                && ownUri.getHost().equalsIgnoreCase(originUri.getHost()) && port(ownUri) == port(originUri);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private void refuse(RoutingContext ctx, String detail) {
        ctx.response().putHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        responses.send(ctx, Problem.of(ProblemType.CORS_REFUSED, detail, ctx.request().path()));
    }

    /** An origin is the client's text: quoted by its first 100 characters only. */
    private static String quoted(String origin) {
        return "'" + (origin.length() > 100 ? origin.substring(0, 100) + "…" : origin) + "'";
    }
}
