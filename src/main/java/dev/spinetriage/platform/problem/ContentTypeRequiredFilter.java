package dev.spinetriage.platform.problem;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Quarkus REST reads a body that arrives without Content-Type as if it were JSON. Guessing the media type of clinical
 * input is not acceptable, so such a request is refused as 415 (mapped in {@link ProblemExceptionMappers}).
 */
public class ContentTypeRequiredFilter {

    @ServerRequestFilter
    public void requireContentTypeForBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean hasBody = length != null
                ? !"0".equals(length.trim())
                : request.getHeaderString("Transfer-Encoding") != null;
        if (hasBody && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            throw new NotSupportedException();
        }
    }
}
