package dev.spinetriage.platform.problem;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Where two resource methods share a path and differ only by {@code @Consumes} (POST /api/v1/triage takes JSON and
 * FHIR JSON), Quarkus REST picks the method by Content-Type itself and skips the checks it makes for a path with one
 * method: a Content-Type that is not a media type fails as a 500, and an Accept the method cannot produce is served
 * anyway. These two checks hold for every request, so such a path answers 415 and 406 like any other.
 */
public class MediaTypeChecks {

    @ServerRequestFilter(preMatching = true)
    public void contentTypeIsAMediaType(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && parse(contentType) == null) {
            throw new NotSupportedException("The Content-Type header is not a media type.");
        }
    }

    @ServerRequestFilter
    public void acceptMatchesProduces(ContainerRequestContext request, ResourceInfo resource) {
        List<String> accepts = request.getHeaders().get(HttpHeaders.ACCEPT);
        Produces produces = produces(resource.getResourceMethod(), resource.getResourceClass());
        if (accepts == null || accepts.isEmpty() || produces == null) {
            return;
        }
        for (String accept : accepts) {
            for (String part : accept.split(",")) {
                MediaType wanted = parse(part.trim());
                for (String offered : produces.value()) {
                    if (wanted != null && MediaType.valueOf(offered).isCompatible(wanted)) {
                        return;
                    }
                }
            }
        }
        throw new NotAcceptableException("The Accept header names no media type this operation produces.");
    }

    private static Produces produces(Method method, Class<?> type) {
        Produces own = method == null ? null : method.getAnnotation(Produces.class);
        return own != null || type == null ? own : type.getAnnotation(Produces.class);
    }

    private static MediaType parse(String mediaType) {
        try {
            return MediaType.valueOf(mediaType);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
