package dev.spinetriage.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The committed copy of the golden cases may not drift from shared/clinical/cases.jsonl. */
class GoldenCaseCopyTest {

    @Test
    void committedCopyEqualsTheSharedCases() throws Exception {
        assumeTrue(Files.exists(GoldenCases.SHARED), "shared/ is not beside the project");
        assertEquals(Files.readString(GoldenCases.SHARED), Files.readString(GoldenCases.COPY),
                "Copy " + GoldenCases.SHARED + " to " + GoldenCases.COPY);
    }
}
