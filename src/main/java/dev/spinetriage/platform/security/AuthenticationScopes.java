package dev.spinetriage.platform.security;

/**
 * Which credential a path takes. The plain API takes API keys only; the CDS Hooks paths take the JWT a CDS client
 * signs (HL7 CDS Hooks 2.0, "Trusting CDS Clients") and never an API key. Both authentication mechanisms ask here,
 * so each leaves the other's paths alone.
 */
public final class AuthenticationScopes {

    /** The CDS Hooks discovery endpoint; the services live below it. */
    public static final String CDS_HOOKS_ROOT = "/cds-services";

    private AuthenticationScopes() {
    }

    public static boolean isCdsHooks(String path) {
        return path != null && (path.equals(CDS_HOOKS_ROOT) || path.startsWith(CDS_HOOKS_ROOT + "/"));
    }

    /** The discovery document is public: it holds no patient data, and EHRs read it before any trust is set up. */
    public static boolean isCdsHooksDiscovery(String path) {
        return CDS_HOOKS_ROOT.equals(path) || (CDS_HOOKS_ROOT + "/").equals(path);
    }
}
