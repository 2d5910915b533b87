package dev.spinetriage.admin;

import dev.spinetriage.platform.database.LongerWaits;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import org.hibernate.Session;

/**
 * Row locks that keep a ruleset's rules still while it is published, held until the transaction ends.
 * Publishing takes a ruleset's row exclusively and edits take it shared, so an edit and a publish of the same
 * draft never overlap: an edit that committed first is what the publish validates, and an edit that comes during a
 * publish is refused (it does not wait, then land on a ruleset that is no longer a draft).
 */
final class RulesetLocks {

    /** SQLState of a lock that NOWAIT could not take. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    /**
     * Activations (publish, rollback) wait for each other: two at once would each clear the old active flag and
     * set their own, and the second would meet the one-active-ruleset index. Any fixed number will do: it only has
     * to be the same for every instance; this one is "RSET".
     */
    private static final long ACTIVATION_LOCK = 0x52534554L;

    /** How long an activation may wait for another one, golden cases and all, before it gives up. */
    private static final Duration ACTIVATION_WAIT = Duration.ofSeconds(30);

    private RulesetLocks() {}

    /** For an edit to a draft's rules: refused with 409 while the draft is being published. */
    static void shareForEdit(String version) {
        try {
            Panache.getEntityManager()
                    .createNativeQuery("SELECT version FROM ruleset WHERE version = ?1 FOR SHARE NOWAIT")
                    .setParameter(1, version).getResultList();
        } catch (PersistenceException e) {
            if (SqlStates.causedBy(e, LOCK_NOT_AVAILABLE)) {
                throw new ProblemException(ProblemType.CONFLICT, "Ruleset " + version + " is being published or "
                        + "activated; its rules cannot change now. Read it again: once published it cannot change "
                        + "at all, and if publishing failed, retry the edit.");
            }
            throw e;
        }
    }

    /**
     * For publishing or activating: waits for edits in flight to commit, then holds the row until the switch. Waiting
     * for another activation (which may be running its golden cases) can take longer than a request's usual limits
     * allow, so they are lifted for this transaction; close the result before the transaction ends.
     */
    static LongerWaits exclusiveForActivation(String version) {
        LongerWaits waits = Panache.getEntityManager().unwrap(Session.class)
                .doReturningWork(connection -> LongerWaits.forThisTransaction(connection, ACTIVATION_WAIT));
        try {
            Panache.getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS locked")
                    .setParameter(1, ACTIVATION_LOCK).getSingleResult();
            Panache.getEntityManager().createNativeQuery("SELECT version FROM ruleset WHERE version = ?1 FOR UPDATE")
                    .setParameter(1, version).getResultList();
            return waits;
        } catch (RuntimeException e) {
            try {
                waits.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }
}
