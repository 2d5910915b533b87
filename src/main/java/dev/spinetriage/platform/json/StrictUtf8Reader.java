package dev.spinetriage.platform.json;

import dev.spinetriage.platform.problem.ProblemException;
import dev.spinetriage.platform.problem.ProblemType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON is UTF-8 (RFC 8259), and Jackson's parser is lenient about it: it decodes an overlong sequence such as
 * {@code C0 AF} to "/" and so lets bytes a filter upstream never saw as "/" reach us as one. Every body is checked
 * with the JDK's strict decoder before binding; bodies are at most the 64 KiB the HTTP layer lets through, so reading
 * one whole costs little.
 */
@Provider
public class StrictUtf8Reader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "The request body is not valid UTF-8.");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
