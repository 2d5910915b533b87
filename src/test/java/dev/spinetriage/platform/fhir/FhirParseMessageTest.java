package dev.spinetriage.platform.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A malformed FHIR resource is explained with HAPI's words, never with the Java exception behind them. */
class FhirParseMessageTest {

    @Test
    void theJavaExceptionAtTheEndOfHapisMessageIsCutOff() {
        assertEquals("HAPI-1821: [element=\"valueInteger\"] Invalid attribute value \"99999999999\"",
                FhirR4.firstLine("HAPI-1821: [element=\"valueInteger\"] Invalid attribute value \"99999999999\": "
                        + "java.lang.NumberFormatException: For input string: \"99999999999\""));
    }

    @Test
    void aMessageWithoutAJavaNameIsKeptWholeOnItsFirstLine() {
        assertEquals("HAPI-1825: Unknown element 'shoeSize' found during parse",
                FhirR4.firstLine("HAPI-1825: Unknown element 'shoeSize' found during parse\nsecond line"));
    }

    @Test
    void noMessageSaysUnreadable() {
        assertEquals("unreadable", FhirR4.firstLine(null));
    }
}
