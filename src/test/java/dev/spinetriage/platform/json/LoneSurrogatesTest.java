package dev.spinetriage.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LoneSurrogatesTest {

    private static final String HIGH = "\\" + "ud800";
    private static final String LOW = "\\" + "udc00";

    @Test
    void aLoneSurrogateIsNamedByItsJsonPath() {
        assertEquals("patient.name", LoneSurrogates.field("{\"patient\": {\"name\": \"a" + HIGH + "\"}}"));
        assertEquals("notes[1]", LoneSurrogates.field("{\"notes\": [\"ok\", \"" + LOW + "\"]}"));
        assertEquals("body", LoneSurrogates.field("\"" + HIGH + "\""));
    }

    @Test
    void aFieldNameWithOneIsNamedByItsObject() {
        assertEquals("patient", LoneSurrogates.field("{\"patient\": {\"" + LOW + "\": 1}}"));
    }

    @Test
    void aPairIsAFineCharacterAndAnEscapedBackslashIsNoEscape() {
        assertNull(LoneSurrogates.field("{\"emoji\": \"" + HIGH.replace("d800", "d83d") + "\\ude00\"}"));
        assertNull(LoneSurrogates.field("{\"path\": \"C:\\\\" + "ud800\"}"));
        assertNull(LoneSurrogates.field("{\"name\": \"plain\"}"));
    }
}
