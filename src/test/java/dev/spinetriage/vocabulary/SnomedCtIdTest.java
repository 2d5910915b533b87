package dev.spinetriage.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SnomedCtIdTest {

    /** The migrations that map codes to SNOMED CT, in the order Flyway applies them (a later row wins). */
    private static final List<Path> MIGRATIONS = List.of(
            Path.of("db/migration/V9__snomed_ct_concepts.sql"),
            Path.of("db/migration/V11__snomed_ct_more_concepts.sql"));

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
    void everyConceptIdTheMigrationsShipHasAValidCheckDigitAndIsAConceptId() throws IOException {
        List<String[]> rows = rows();

        assertEquals(31, rows.size(), "mapping rows: 24 in V9, 7 in V11 (one of them a new display for PREGNANCY)");
        for (String[] row : rows) {
            String id = row[2];
            assertTrue(Verhoeff.isValid(id), row[1] + " " + id + " fails the Verhoeff check");
            // The two digits before the check digit are the partition: 00 is a concept in the international release.
            assertEquals("00", id.substring(id.length() - 3, id.length() - 1), row[1] + " " + id + " is no concept id");
        }
    }

    @Test
    void thirtyCodesAreMappedAndNoTwoShareAConceptId() throws IOException {
        Map<String, String[]> byCode = mapped();

        assertEquals(30, byCode.size(), "the number of codes mapped to SNOMED CT (README lists the rest)");
        // A FHIR coding is read back through this id (CDS Hooks): one id must name one of our codes.
        Map<String, String> codeById = new HashMap<>();
        byCode.forEach((code, row) -> {
            String other = codeById.put(row[2], code);
            assertNull(other, row[2] + " is mapped to both " + other + " and " + code);
        });
    }

    @Test
    void aLaterMigrationOnlyCorrectsTheDisplayOfAnIdAlreadyMapped() throws IOException {
        String[] pregnancy = mapped().get("CONTRAINDICATION/PREGNANCY");

        assertEquals("77386006", pregnancy[2]);
        assertEquals("Pregnancy", pregnancy[3]);
    }

    /** The mapping as the database ends up with it: per category/code, the last migration's row. */
    static Map<String, String[]> mapped() throws IOException {
        Map<String, String[]> byCode = new LinkedHashMap<>();
        for (String[] row : rows()) {
            byCode.put(row[0] + "/" + row[1], row);
        }
        return byCode;
    }

    static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (Path migration : MIGRATIONS) {
            Matcher m = ROW.matcher(Files.readString(migration));
            while (m.find()) {
                rows.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
            }
        }
        return rows;
    }
}
