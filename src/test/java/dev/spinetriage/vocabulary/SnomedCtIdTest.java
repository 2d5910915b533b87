package dev.spinetriage.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SnomedCtIdTest {

    private static final Path MIGRATION = Path.of("db/migration/V9__snomed_ct_concepts.sql");

    /** A mapping row of the migration: ('CATEGORY', 'CODE', 'id', 'display'). */
    private static final Pattern ROW =
            Pattern.compile("\\('([A-Z_]+)', '([A-Z_]+)', '([0-9]+)', '([^']+)'\\)");

    @Test
    void verhoeffAcceptsWellKnownConceptIdsAndTheTextbookExample() {
        assertTrue(Verhoeff.isValid("2363"));
        assertTrue(Verhoeff.isValid("138875005"));
        assertTrue(Verhoeff.isValid("404684003"));
        assertTrue(Verhoeff.isValid("71388002"));
    }

    @Test
    void verhoeffRejectsASingleWrongDigitAndTwoSwappedDigits() {
        assertFalse(Verhoeff.isValid("2364"));
        assertFalse(Verhoeff.isValid("404684002"));
        assertFalse(Verhoeff.isValid("404648003"));
        assertFalse(Verhoeff.isValid("12a"));
    }

    @Test
    void everyConceptIdTheMigrationShipsHasAValidCheckDigitAndIsAConceptId() throws IOException {
        List<String[]> rows = rows();

        assertEquals(24, rows.size(), "the number of codes mapped to SNOMED CT (README lists the rest)");
        for (String[] row : rows) {
            String id = row[2];
            assertTrue(Verhoeff.isValid(id), row[1] + " " + id + " fails the Verhoeff check");
            // The two digits before the check digit are the partition: 00 is a concept in the international release.
            assertEquals("00", id.substring(id.length() - 3, id.length() - 1), row[1] + " " + id + " is no concept id");
        }
    }

    static List<String[]> rows() throws IOException {
        Matcher m = ROW.matcher(Files.readString(MIGRATION));
        List<String[]> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
        }
        return rows;
    }
}
