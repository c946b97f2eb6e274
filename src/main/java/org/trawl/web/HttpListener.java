package org.trawl.web;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP/1.1 side of {@code trawl serve}: accepts connections and reads requests off them, one virtual
 * thread per connection, with keep-alive. It exists so that every answer, including the answer to a request
 * that cannot even be parsed (bad percent-encoding, a malformed request line or header), comes from the
 * workspace's {@link Handler} as JSON with the security headers: the JDK's built-in server answers those
 * itself, in HTML, before any handler sees them. Only heads are read; a request body (which no route
 * accepts) is skipped when small, else the connection is closed after the answer.
 */
final class HttpListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpListener.class);
    /** How long a kept-alive connection may sit idle between requests. */
    private static final int IDLE_MILLIS = 30_000;
    /** Request bodies up to this size are read and dropped, so the connection can be kept. */
    private static final long SKIPPED_BODY_BYTES = 64 * 1024;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** What answers the requests: the workspace. */
    interface Handler {
        /** The complete answer to a well-formed request (never throws). */
        Response answer(RequestHead head);

        /** The answer to a request that could not be read, with its status and reason. */
        Response refuse(HttpError error);
    }

    private final ServerSocket socket;
    private final Handler handler;
    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private HttpListener(ServerSocket socket, Handler handler, ExecutorService threads) {
        this.socket = socket;
        this.handler = handler;
        this.threads = threads;
    }

    /** Listens on {@code address} (port 0 picks a free one) and serves each connection on {@code threads}. */
    static HttpListener start(InetSocketAddress address, int backlog, Handler handler, ExecutorService threads)
            throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(address, backlog);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        HttpListener listener = new HttpListener(socket, handler, threads);
        Thread.ofPlatform().daemon().name("trawl-http-accept").start(listener::acceptLoop);
        return listener;
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket connection = socket.accept();
                open.add(connection);
                threads.execute(() -> serve(connection));
            } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
                if (!closed) {
                    LOG.warn("could not accept a connection: {}", e.getMessage());
                }
            }
        }
    }

    /** Answers the requests of one connection until it closes, idles out, or a request leaves it unusable. */
    private void serve(Socket connection) {
        try (connection) {
            connection.setTcpNoDelay(true); // answers go out at once, not after the client's delayed ACK
            connection.setSoTimeout(IDLE_MILLIS);
            InputStream in = new BufferedInputStream(connection.getInputStream(), 16 * 1024);
            OutputStream out = new BufferedOutputStream(connection.getOutputStream(), 16 * 1024);
            boolean keep = true;
            while (keep && !closed) {
                RequestHead head;
                try {
                    head = RequestHead.read(in);
                } catch (RequestHead.NoRequest | SocketTimeoutException e) {
                    return;
                } catch (HttpError e) {
                    write(out, handler.refuse(e), false, true);
                    return;
                }
                long body = head.bodyLength();
                keep = !head.closesConnection() && body >= 0 && body <= SKIPPED_BODY_BYTES;
                if (keep && body > 0) {
                    in.skipNBytes(body);
                }
                write(out, handler.answer(head), head.method().equals("HEAD"), !keep);
            }
        } catch (IOException e) {
            LOG.debug("connection ended: {}", e.getMessage());
        } finally {
            open.remove(connection);
        }
    }

    private static void write(OutputStream out, Response r, boolean headOnly, boolean close) throws IOException {
        StringBuilder head = new StringBuilder(512);
        head.append("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n");
        for (Map.Entry<String, String> h : r.headers().entrySet()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        head.append("Content-Type: ").append(r.contentType()).append("\r\n")
                .append("Content-Length: ").append(r.body().length).append("\r\n")
                .append("Date: ").append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))).append("\r\n");
        if (close) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!headOnly) {
            out.write(r.body());
        }
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status " + status;
        };
    }

    /** Stops accepting and closes every open connection. */
    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing the listening socket: {}", e.getMessage());
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                LOG.debug("closing a connection: {}", e.getMessage());
            }
        }
    }
}
