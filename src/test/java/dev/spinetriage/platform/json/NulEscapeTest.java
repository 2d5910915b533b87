package dev.spinetriage.platform.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** PostgreSQL text cannot hold U+0000, so a JSON body that escapes it is refused before binding. */
class NulEscapeTest {

    @Test
    void theEscapedNulCharacterIsFoundInsideAString() {
        assertTrue(StrictUtf8Reader.escapesNul("{\"name\": \"a\\u0000b\"}"));
    }

    @Test
    void anEscapedBackslashFollowedByU0000IsPlainText() {
        assertFalse(StrictUtf8Reader.escapesNul("{\"path\": \"C:\\\\u0000\"}"));
    }

    @Test
    void otherEscapesAndControlCharactersPass() {
        assertFalse(StrictUtf8Reader.escapesNul("{\"a\": \"\\u0001 \\u00e9 \\n \\\" \\\\\"}"));
    }

    @Test
    void aBackslashAtTheVeryEndIsNotReadPastTheBody() {
        assertFalse(StrictUtf8Reader.escapesNul("\"\\u000"));
        assertFalse(StrictUtf8Reader.escapesNul("\\"));
    }
}
