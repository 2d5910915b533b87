package dev.spinetriage.platform.embeddedpostgres;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/** Stops the embedded PostgreSQL (if one was started) as the very last step of shutdown. */
@ApplicationScoped
class EmbeddedPostgresLifecycle {

    void stop(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) ShutdownEvent event) {
        EmbeddedPostgresServer.stopIfRunning();
    }
}
