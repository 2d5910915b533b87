package dev.spinetriage.cds.auth;

import io.quarkus.security.identity.SecurityIdentity;

/** The CDS client behind a request: the issuer of its JWT and the token's subject (may be null). */
public record CdsClient(String issuer, String subject) {

    /** The role every CDS client with a valid JWT holds; it allows the CDS Hooks service and feedback calls only. */
    public static final String ROLE = "cds-client";

    static final String ISSUER = "spinetriage.cds.issuer";
    static final String SUBJECT = "spinetriage.cds.subject";

    public static CdsClient of(SecurityIdentity identity) {
        String issuer = identity.getAttribute(ISSUER);
        if (issuer == null) {
            throw new IllegalStateException("No CDS client JWT on this request");
        }
        return new CdsClient(issuer, identity.getAttribute(SUBJECT));
    }
}
