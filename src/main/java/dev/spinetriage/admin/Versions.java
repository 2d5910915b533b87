package dev.spinetriage.admin;

import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.OptimisticLockException;

/**
 * Flushes a versioned change now, inside the service, so that losing a race with a concurrent editor (the row
 * version moved between our read and our write) surfaces as 412 rather than as a failed commit.
 */
final class Versions {

    private Versions() {}

    static void flush() {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "Someone changed this resource while you were saving it. GET it again, reapply and retry.");
        }
    }
}
