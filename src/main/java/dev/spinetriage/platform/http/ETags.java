package dev.spinetriage.platform.http;

import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;

/**
 * Strong ETags made of a resource's row version, and the If-Match rule every PUT/DELETE follows: without If-Match
 * 428 (an editor must say which version it edited), with a stale one 412 (someone else changed it first).
 */
public final class ETags {

    private ETags() {}

    public static String of(int rowVersion) {
        return "\"" + rowVersion + "\"";
    }

    /** The row version the client claims to have read. */
    public static int required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read (GET the resource first), so concurrent edits never "
                            + "silently overwrite each other.");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Integer.parseInt(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                // falls through: a tag we never issued cannot match
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "If-Match " + ifMatch + " is not an ETag of this resource; GET it again.");
    }

    /** Throws 412 unless the client's version is the current one. */
    public static void check(int expected, int current) {
        if (expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The resource is at ETag " + of(current)
                    + " but If-Match named " + of(expected) + ": someone changed it since you read it. GET it again,"
                    + " reapply your change and retry.");
        }
    }
}
