package dev.spinetriage.platform.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one part of a request target (the path, a query parameter's name or value) strictly, and says what is
 * wrong with it: an invalid percent-escape, bytes that are not UTF-8 (which is also how a lone surrogate arrives,
 * as the three bytes of its CESU-8 form), or a control character. None of these can name a resource or be a
 * parameter's value here, and PostgreSQL text cannot hold NUL, so they are refused before anything reads them.
 * Pure Java, so it is unit-tested without a server.
 */
public final class RequestTargetText {

    private RequestTargetText() {
    }

    /** Why {@code raw} (still percent-encoded, as it came) is not acceptable, or null when it is. */
    public static String problemWith(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return "holds an invalid percent-encoding ('%' must be followed by two hexadecimal digits)";
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0xFF) {
                return "holds a character that is not percent-encoded UTF-8";
            } else {
                // Netty hands the request line over byte for byte (ISO-8859-1), so raw UTF-8 is decoded below.
                bytes.write(plusIsSpace && c == '+' ? ' ' : c);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return "is not valid UTF-8 once percent-decoded (a lone surrogate or a broken byte sequence)";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                return String.format("holds the control character U+%04X", (int) c);
            }
        }
        return null;
    }
}
