package dev.spinetriage.admin;

import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.PersistenceException;

/**
 * Tells a duplicate by PostgreSQL's unique constraint, never by looking first: two requests that both look, find
 * nothing and insert would otherwise race, and the loser would meet the constraint as a 500. Whatever the timing, the
 * loser gets a 409 problem naming the duplicate.
 */
public final class UniqueInsert {

    /** SQLState of a unique or primary-key violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private UniqueInsert() {}

    /** Sends the transaction's pending inserts now, so a duplicate surfaces here as a 409 with this detail. */
    public static void flush(String duplicateDetail) {
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (SqlStates.causedBy(e, UNIQUE_VIOLATION)) {
                throw new ProblemException(ProblemType.CONFLICT, duplicateDetail);
            }
            throw e;
        }
    }
}
