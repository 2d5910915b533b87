package dev.spinetriage.admin;

import jakarta.ws.rs.core.SecurityContext;

/** Who is making a change, as recorded in the audit log and on rulesets. */
public final class Actors {

    private Actors() {}

    public static String of(SecurityContext security) {
        return security == null || security.getUserPrincipal() == null ? "anonymous"
                : security.getUserPrincipal().getName();
    }
}
