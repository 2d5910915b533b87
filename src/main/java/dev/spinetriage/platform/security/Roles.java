package dev.spinetriage.platform.security;

/** The roles an API key can hold; the database allows exactly these (V4__api_keys.sql). */
public final class Roles {

    /** Triage patients, read their own triages, the vocabulary, the therapies and the active ruleset. */
    public static final String TRIAGE = "triage";

    /** Everything under /api/v1/admin, and reading any client's triage. */
    public static final String RULES_ADMIN = "rules-admin";

    private Roles() {
    }
}
