package dev.spinetriage.platform.json;

import dev.spinetriage.platform.problem.Problem;
import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JSON is UTF-8 (RFC 8259), and Jackson's parser is lenient about it: it decodes an overlong sequence such as
 * {@code C0 AF} to "/" and so lets bytes a filter upstream never saw as "/" reach us as one. Every body is checked
 * with the JDK's strict decoder before binding; bodies are at most the 64 KiB the HTTP layer lets through, so reading
 * one whole costs little. The NUL character, valid in JSON as the escape backslash-u-0000, is refused here too:
 * PostgreSQL text cannot hold it, so a string carrying it would fail when stored, as a 500, after the request had
 * been accepted; and so is a lone surrogate escape ({@link LoneSurrogates}), which PostgreSQL would store as "?".
 */
@Provider
public class StrictUtf8Reader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "The request body is not valid UTF-8.");
        }
        if (escapesNul(text)) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "Text may not contain the NUL character.",
                    List.of(new Problem.FieldError("body", "a string holds \\u0000, which cannot be stored")));
        }
        String loneSurrogate = LoneSurrogates.field(text);
        if (loneSurrogate != null) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "Text may not contain a lone UTF-16 surrogate.",
                    List.of(new Problem.FieldError(loneSurrogate, "holds a lone surrogate (an escape from \\ud800 to "
                            + "\\udfff without its pair), which is not a character and cannot be stored")));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * Whether the JSON text holds the escape for U+0000. Outside strings a backslash is not valid JSON (the parser
     * refuses it anyway), so every backslash starts an escape: the character after it is skipped, which keeps an
     * escaped backslash followed by "u0000" from counting.
     */
    static boolean escapesNul(CharSequence json) {
        for (int i = 0; i < json.length() - 1; i++) {
            if (json.charAt(i) == '\\') {
                if (json.charAt(i + 1) == 'u' && i + 6 <= json.length()
                        && "0000".contentEquals(json.subSequence(i + 2, i + 6))) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }
}
