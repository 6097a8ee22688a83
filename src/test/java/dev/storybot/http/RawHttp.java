package dev.storybot.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain socket to a server on 127.0.0.1 for requests no well-behaved client sends: bodies that never finish,
 * declared lengths far beyond what is sent, garbage. Bytes are sent as ISO-8859-1 so any byte value can be written.
 */
public final class RawHttp implements AutoCloseable {

    /** How long a read waits for the server before giving up. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    /** Connects to {@code port} on the loopback interface. */
    public static RawHttp connect(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
        return new RawHttp(socket);
    }

    /**
     * Opens {@code count} connections that each send {@code start} (e.g. headers and the first byte of a longer
     * body) and then nothing more; close them all when done.
     */
    public static List<RawHttp> stalled(int port, int count, String start) throws IOException {
        List<RawHttp> connections = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                RawHttp connection = connect(port);
                connections.add(connection);
                connection.send(start);
            }
        } catch (IOException | RuntimeException e) {
            closeAll(connections);
            throw e;
        }
        return connections;
    }

    /** Closes every connection, ignoring failures. */
    public static void closeAll(List<RawHttp> connections) {
        connections.forEach(RawHttp::close);
    }

    /** Sends {@code text} as ISO-8859-1 bytes. */
    public void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends {@code bytes}. */
    public void send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** The response's status line, e.g. "HTTP/1.1 413 Payload Too Large"; empty when the server closed first. */
    public String statusLine() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Everything the server sends until it closes the connection or goes quiet for {@link #READ_TIMEOUT}. */
    public String readAll() throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            socket.getInputStream().transferTo(received);
        } catch (SocketTimeoutException | SocketException e) {
            // the server kept the connection open or reset it; what arrived so far counts
        }
        return received.toString(StandardCharsets.ISO_8859_1);
    }

    /** True when the server closes the connection within {@link #READ_TIMEOUT}; whatever it sends first is skipped. */
    public boolean closedByServer() throws IOException {
        byte[] buffer = new byte[4_096];
        try {
            while (socket.getInputStream().read(buffer) >= 0) {
                // skip a response, if any
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // reset by the server
        }
    }

    /** Stops sending, so the server sees the end of the request stream. */
    public void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
