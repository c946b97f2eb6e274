package org.trawl.web;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The head of one HTTP/1.x request as it came off the wire: method, request target (raw, still
 * percent-encoded), protocol version and headers (names in lower case; a repeated header's values joined
 * with commas). {@link #read} parses it and refuses, with a {@link HttpError} that becomes a JSON answer,
 * what is not a well-formed head: no part of a request reaches a handler unchecked.
 *
 * @param method  the method, as sent (GET, HEAD, ...)
 * @param target  the request target, as sent
 * @param version {@code HTTP/1.0} or {@code HTTP/1.1}
 * @param headers header values by lower-case name
 */
record RequestHead(String method, String target, String version, Map<String, String> headers) {

    /** The most a request line and its headers may take, together. */
    static final int MAX_HEAD_BYTES = 64 * 1024;
    /** The longest a client may take to send a head once it has begun (a client trickling bytes is cut off). */
    static final long MAX_HEAD_NANOS = 30_000_000_000L;

    RequestHead {
        headers = Map.copyOf(headers);
    }

    /** The header's value, or null. */
    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether the client wants the connection closed after this answer (HTTP/1.0 unless it asks to keep it). */
    boolean closesConnection() {
        String connection = String.valueOf(header("Connection")).toLowerCase(Locale.ROOT);
        return version.equals("HTTP/1.0") ? !connection.contains("keep-alive") : connection.contains("close");
    }

    /**
     * The length of the body that follows the head: 0 when there is none, -1 when it is chunked (its
     * length is unknown until read).
     */
    long bodyLength() {
        if (header("Transfer-Encoding") != null) {
            return -1;
        }
        String length = header("Content-Length");
        return length == null ? 0 : Long.parseLong(length);
    }

    /** Thrown by {@link #read} when the connection ended before a request began: nothing to answer. */
    static final class NoRequest extends EOFException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Reads one request head from {@code in}, up to and including the empty line that ends it.
     *
     * @throws NoRequest when the connection closes before the first byte of a request
     * @throws HttpError (400, 431, 505) when what arrives is not a well-formed HTTP/1.x request head
     * @throws IOException when the connection fails or times out
     */
    static RequestHead read(InputStream in) throws IOException {
        byte[] buf = new byte[1024];
        int n = 0;
        int b;
        long began = 0;
        while ((b = in.read()) != -1) {
            if (n == 0 && (b == '\r' || b == '\n')) {
                continue; // empty lines before a request line are to be ignored (RFC 9112, 2.2)
            }
            if (n == 0) {
                began = System.nanoTime();
            } else if (System.nanoTime() - began > MAX_HEAD_NANOS) {
                throw new HttpError(408, "the request head took longer than " + MAX_HEAD_NANOS / 1_000_000_000L + " s to arrive");
            }
            if (n == MAX_HEAD_BYTES) {
                throw new HttpError(431, "request head larger than " + MAX_HEAD_BYTES / 1024 + " KB");
            }
            if (n == buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_HEAD_BYTES));
            }
            buf[n++] = (byte) b;
            if (b == '\n' && (endsWith(buf, n, "\n\n") || endsWith(buf, n, "\r\n\r\n"))) {
                return parse(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
        }
        if (n == 0) {
            throw new NoRequest();
        }
        throw new HttpError(400, "the connection ended inside the request head");
    }

    private static boolean endsWith(byte[] buf, int n, String end) {
        if (n < end.length()) {
            return false;
        }
        for (int i = 0; i < end.length(); i++) {
            if (buf[n - end.length() + i] != end.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static RequestHead parse(String head) {
        String[] lines = head.split("\r?\n");
        String[] parts = lines[0].split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !isToken(parts[0])) {
            throw HttpError.badRequest("malformed request line: " + printable(lines[0]));
        }
        String version = parts[2];
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw new HttpError(version.startsWith("HTTP/") ? 505 : 400, "unsupported protocol: " + printable(version));
        }
        for (int i = 0; i < parts[1].length(); i++) {
            char c = parts[1].charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw HttpError.badRequest("malformed request target: " + printable(parts[1]));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.substring(0, colon))) {
                throw HttpError.badRequest("malformed header line: " + printable(line));
            }
            String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            headers.merge(name, value, (a, v) -> a + ", " + v);
        }
        RequestHead parsed = new RequestHead(parts[0], parts[1], version, headers);
        String length = parsed.header("Content-Length");
        if (length != null && (!length.matches("\\d{1,18}") || parsed.header("Transfer-Encoding") != null)) {
            throw HttpError.badRequest("malformed or conflicting Content-Length: " + printable(length));
        }
        return parsed;
    }

    /** An HTTP token: the characters a method or header name may have (RFC 9110, 5.6.2). */
    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c > ' ' && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0)) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** Text from the wire fit for an error message: control characters shown as '?', and not too long. */
    private static String printable(String s) {
        String shown = s.length() > 200 ? s.substring(0, 200) + "…" : s;
        StringBuilder out = new StringBuilder(shown.length());
        shown.codePoints().forEach(c -> out.appendCodePoint(c < ' ' || c == 0x7f ? '?' : c));
        return "'" + out + "'";
    }
}
