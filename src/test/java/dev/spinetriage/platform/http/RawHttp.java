package dev.spinetriage.platform.http;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes no HTTP client library would send (invalid percent-escapes, a bad Content-Length, a 30 KB header)
 * over a plain socket, optionally from another loopback address, and reads the answer until the server closes.
 */
public final class RawHttp {

    /** Only against a server that hangs: every request here is answered at once or refused. */
    private static final int READ_TIMEOUT_MILLIS = 60_000;

    private RawHttp() {
    }

    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonPath json() {
            return JsonPath.from(body);
        }
    }

    /** {@code head} is the request line and headers, without the blank line; Connection: close is added. */
    public static Answer send(URI base, String head, byte[] body) {
        return send(base, null, head, body);
    }

    public static Answer send(URI base, String fromAddress, String head, byte[] body) {
        try (Socket socket = new Socket()) {
            if (fromAddress != null) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            }
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()));
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            String fullHead = head + "\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n\r\n";
            out.write(fullHead.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body == null ? new byte[0] : body);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                all.write(chunk, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // The server may reset after answering a request whose body it did not read; the answer is in.
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        // Byte for byte, so chunk sizes count bytes; the body is decoded as UTF-8 at the end.
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("No complete HTTP answer: '" + text + "'");
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers,
                new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
