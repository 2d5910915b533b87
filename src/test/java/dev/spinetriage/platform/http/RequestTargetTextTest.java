package dev.spinetriage.platform.http;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestTargetTextTest {

    @Test
    void ordinaryAndEncodedUtf8TextIsFine() {
        assertNull(RequestTargetText.problemWith("/api/v1/therapies/EPIDURAL_STEROID_INJECTION", false));
        assertNull(RequestTargetText.problemWith("caf%C3%A9%20au%20lait", true));
        assertNull(RequestTargetText.problemWith("a+b", true));
        assertNull(RequestTargetText.problemWith("%F0%9F%98%80", false));
    }

    @Test
    void controlCharactersAreNamedByCodePoint() {
        assertTrue(RequestTargetText.problemWith("%00", false).contains("U+0000"));
        assertTrue(RequestTargetText.problemWith("a%0D%0Ab", true).contains("U+000D"));
        assertTrue(RequestTargetText.problemWith("%7F", false).contains("U+007F"));
        assertTrue(RequestTargetText.problemWith("%C2%9B", false).contains("U+009B"));
    }

    @Test
    void brokenEscapesAndBytesAreRefused() {
        assertTrue(RequestTargetText.problemWith("%zz", false).contains("percent-encoding"));
        assertTrue(RequestTargetText.problemWith("abc%", false).contains("percent-encoding"));
        assertTrue(RequestTargetText.problemWith("%4", false).contains("percent-encoding"));
        assertTrue(RequestTargetText.problemWith("%ED%A0%80", false).contains("UTF-8"), "a lone surrogate");
        assertTrue(RequestTargetText.problemWith("%C0%AF", false).contains("UTF-8"), "an overlong '/'");
        assertTrue(RequestTargetText.problemWith("%C3", false).contains("UTF-8"), "a truncated sequence");
    }
}
