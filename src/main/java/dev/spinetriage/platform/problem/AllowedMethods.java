package dev.spinetriage.platform.problem;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.core.Deployment;
import org.jboss.resteasy.reactive.server.handlers.ClassRoutingHandler;
import org.jboss.resteasy.reactive.server.handlers.RestInitialHandler.InitialMatch;
import org.jboss.resteasy.reactive.server.mapping.RequestMapper;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * The Allow header of a 405. RFC 9110 requires it, but Quarkus REST throws its NotAllowedException without one, so
 * this asks Quarkus REST's own routing table the question it asked before giving up: which methods match this path.
 * These are Quarkus-internal (public) types; the 405 test in ProblemDetailsResourceTest catches an upgrade that
 * changes them.
 */
final class AllowedMethods {

    private AllowedMethods() {
    }

    /** Comma-separated methods served at {@code path}, or null when Quarkus REST serves nothing there. */
    static String at(String path) {
        Deployment deployment = ResteasyReactiveRecorder.getCurrentDeployment();
        if (deployment == null) {
            return null;
        }
        String prefix = deployment.getPrefix();
        String relative = prefix != null && prefix.length() > 1 && path.startsWith(prefix)
                ? path.substring(prefix.length()) : path;
        RequestMapper<InitialMatch> classes = new RequestMapper<>(deployment.getClassMappers());
        Set<String> allowed = new TreeSet<>();
        for (var match = classes.map(relative); match != null; match = classes.continueMatching(relative, match)) {
            String remaining = match.remaining.isEmpty() ? "/" : match.remaining;
            for (ServerRestHandler handler : match.value.handlers) {
                if (handler instanceof ClassRoutingHandler routing) {
                    routing.getMappers().forEach((method, methods) -> {
                        if (method != null && methods.map(remaining) != null) {
                            allowed.add(method);
                        }
                    });
                }
            }
        }
        if (allowed.isEmpty()) {
            return null;
        }
        // Quarkus REST answers HEAD for every GET and OPTIONS for every resource by itself.
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return String.join(", ", allowed);
    }
}
