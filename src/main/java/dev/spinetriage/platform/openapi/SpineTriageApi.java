package dev.spinetriage.platform.openapi;

import jakarta.ws.rs.core.Application;

/**
 * The JAX-RS application. Its contract is the committed openapi/openapi.yaml, served as written at /q/openapi (no
 * annotation is scanned: see application.properties); tests validate every response against it and check that it
 * names exactly the operations the resources serve.
 */
public class SpineTriageApi extends Application {

    /** The API's version: the OpenAPI document's info.version, and what GET /api/v1/info reports. */
    public static final String VERSION = "1.0.0";
}
