package dev.spinetriage.admin.apikey;

import dev.spinetriage.platform.security.ApiKeySecrets;
import dev.spinetriage.platform.security.ApiKeySecrets.NewKey;
import dev.spinetriage.platform.security.Roles;
import dev.spinetriage.platform.security.SecurityConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The first rules-admin key of a fresh install. At start-up, when no active key holds rules-admin, one is created:
 * there is no default password to forget to change, and nobody can administer until the operator has read the key
 * from the log (shown once) or from the key file (owner-only). An existing key file is never overwritten: if the
 * database does not know its key yet (a fresh database next to an old data folder), that key becomes the admin
 * key, so the file and the database agree again.
 */
@ApplicationScoped
class BootstrapAdminKey {

    private static final Logger LOG = Logger.getLogger(BootstrapAdminKey.class);
    static final String NAME = "bootstrap-admin";
    static final String CREATED_BY = "bootstrap";
    private static final String RULE = "=".repeat(100);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private record Created(String name, NewKey key, boolean fromFile) {
    }

    private final ApiKeyService keys;
    private final Path file;

    BootstrapAdminKey(ApiKeyService keys, SecurityConfig config) {
        this.keys = keys;
        this.file = config.bootstrapKeyFile();
    }

    void onStart(@Observes StartupEvent event) {
        String inFile = readFile();
        Created created = QuarkusTransaction.requiringNew().call(() -> createIfNoActiveAdmin(inFile));
        if (created == null) {
            return;
        }
        if (created.fromFile()) {
            LOG.warnf("No active rules-admin API key: the key kept in %s is now the rules-admin key '%s'.",
                    file.toAbsolutePath(), created.name());
            return;
        }
        LOG.warnf("%n%s%n  No active rules-admin API key, so one was created. It is shown only this once:%n%n"
                + "    %s%n%n  It is %s.%n  Create the keys you need with it (POST /api/v1/admin/api-keys), then "
                + "revoke it.%n%s", RULE, created.key().secret(), writeFile(created.key().secret()), RULE);
    }

    private Created createIfNoActiveAdmin(String inFile) {
        EntityManager em = ApiKeyEntity.getEntityManager();
        // Instances starting together on one database must not each create a key.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('spinetriage.bootstrap-admin-key'))::text")
                .getSingleResult();
        Number admins = (Number) em.createNativeQuery(
                "SELECT count(*) FROM api_key WHERE revoked_at IS NULL AND 'rules-admin' = ANY (roles)")
                .getSingleResult();
        if (admins.longValue() > 0) {
            return null;
        }
        boolean fromFile = ApiKeySecrets.isWellFormed(inFile)
                && ApiKeyEntity.count("keyHash", ApiKeySecrets.hash(inFile)) == 0;
        NewKey key = fromFile ? ApiKeySecrets.of(inFile) : ApiKeySecrets.generate();
        String name = ApiKeyEntity.count("name", NAME) == 0 ? NAME : NAME + "-" + key.displayPrefix();
        ApiKeyEntity entity = keys.insert(name, List.of(Roles.RULES_ADMIN), key, CREATED_BY);
        keys.recordCreated(entity, CREATED_BY);
        return new Created(name, key, fromFile);
    }

    private String readFile() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            LOG.warnf("Could not read the bootstrap key file %s: %s", file, e.getMessage());
            return null;
        }
    }

    /** Where the key can be found besides the log, for the log to say. */
    private String writeFile(String secret) {
        Path where = file.toAbsolutePath();
        try {
            if (where.getParent() != null) {
                Files.createDirectories(where.getParent());
            }
            try {
                Files.createFile(where, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(where);
            }
            Files.writeString(where, secret + "\n");
            return "also in " + where + " (readable by its owner only)";
        } catch (FileAlreadyExistsException e) {
            return "only in this log: " + where + " holds an older key and was left untouched";
        } catch (IOException e) {
            return "only in this log: " + where + " could not be written (" + e.getMessage() + ")";
        }
    }
}
