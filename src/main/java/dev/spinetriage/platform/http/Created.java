package dev.spinetriage.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A 201 whose Location is the new resource's path, relative to this service. JAX-RS's {@code Response.created}
 * makes it absolute from the request's Host header, which a client chooses: an answer would point wherever the
 * client (or anyone who can poison a cache in between) said. A path needs no trusted host name and resolves against
 * whatever address the client used (RFC 9110, section 10.2.2).
 */
public final class Created {

    private Created() {
    }

    public static Response.ResponseBuilder at(String path) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, path);
    }
}
