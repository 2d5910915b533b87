package dev.spinetriage.platform.embeddedpostgres;

import org.jboss.logging.Logger;

/**
 * Starts the embedded PostgreSQL on a background thread as soon as the packaged application builds its
 * configuration, so the server's 1–2 s start (initdb on a fresh folder) overlaps Quarkus's own boot instead of
 * following it. The first read of the datasource URL then waits for that start instead of beginning one
 * ({@link EmbeddedPostgresServer#startOnce} is synchronized).
 *
 * <p>Only the packaged application (run by Quarkus's {@code RunnerClassLoader}) starts early: the Quarkus build reads
 * the configuration too and must start nothing, and neither must the AppCDS archive run at build time. Tests and dev
 * mode keep the lazy start on the first read of the URL.
 */
final class EarlyStart {

    private static final Logger LOG = Logger.getLogger(EarlyStart.class);
    private static final String PACKAGED_APP_CLASS_LOADER = "io.quarkus.bootstrap.runner.RunnerClassLoader";
    private static final String APPCDS_GENERATION = "quarkus.appcds.generate";
    private static boolean requested;

    private EarlyStart() {}

    static synchronized void inBackgroundIfPackaged(String dataDir) {
        if (requested || !isPackagedApplication()) {
            return;
        }
        requested = true;
        Thread starter = new Thread(() -> {
            try {
                EmbeddedPostgresServer.startOnce(dataDir);
            } catch (RuntimeException e) {
                // Not fatal here: the datasource's own read of the URL starts again and reports the failure.
                LOG.warnf("Early start of the embedded PostgreSQL failed: %s", e.getMessage());
            }
        }, "embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
    }

    private static boolean isPackagedApplication() {
        return PACKAGED_APP_CLASS_LOADER.equals(EarlyStart.class.getClassLoader().getClass().getName())
                && !isAppCdsGeneration();
    }

    /** The build-time run that records the AppCDS class archive: it must not start (and leave behind) a server. */
    static boolean isAppCdsGeneration() {
        return Boolean.getBoolean(APPCDS_GENERATION);
    }
}
