package dev.spinetriage.cds.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A malformed prefetch is explained with HAPI's words, never with the Java exception behind them. */
class FhirParseMessageTest {

    @Test
    void theJavaExceptionAtTheEndOfHapisMessageIsCutOff() {
        assertEquals("HAPI-1821: [element=\"valueInteger\"] Invalid attribute value \"99999999999\"",
                FhirPrefetch.firstLine("HAPI-1821: [element=\"valueInteger\"] Invalid attribute value \"99999999999\": "
                        + "java.lang.NumberFormatException: For input string: \"99999999999\""));
    }

    @Test
    void aMessageWithoutAJavaNameIsKeptWholeOnItsFirstLine() {
        assertEquals("HAPI-1825: Unknown element 'shoeSize' found during parse",
                FhirPrefetch.firstLine("HAPI-1825: Unknown element 'shoeSize' found during parse\nsecond line"));
    }

    @Test
    void noMessageSaysUnreadable() {
        assertEquals("unreadable", FhirPrefetch.firstLine(null));
    }
}
