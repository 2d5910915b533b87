package dev.spinetriage.admin;

import dev.spinetriage.platform.security.Caller;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is making a change, as recorded in the audit log and on rulesets: the API key's name and id. */
public final class Actors {

    private Actors() {}

    public static String of(SecurityIdentity identity) {
        return of(Caller.of(identity));
    }

    public static String of(Caller caller) {
        return caller.keyName() + " (" + caller.keyId() + ")";
    }
}
