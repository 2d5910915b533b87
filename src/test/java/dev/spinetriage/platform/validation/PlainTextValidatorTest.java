package dev.spinetriage.platform.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextValidatorTest {

    @Test
    void bidiControlsAreRecognised() {
        for (char c : new char[] {'\u202A', '\u202E', '\u2066', '\u2069', '\u200E', '\u200F', '\u061C'}) {
            assertTrue(PlainTextValidator.isBidiControl(c), Integer.toHexString(c));
        }
    }

    @Test
    void ordinaryRightToLeftTextIsNoControl() {
        for (char c : "שלום مرحبا é ü 漢".toCharArray()) {
            assertFalse(PlainTextValidator.isBidiControl(c), Integer.toHexString(c));
        }
    }
}
