package dev.storybot.http;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request body asynchronously (no thread waits for a slow client) up to a size limit and a deadline, and
 * reports exactly one outcome. A body over the limit is never buffered: reading stops at the first byte too many, or
 * before any byte when the declared Content-Length is already too large.
 */
public final class BoundedBody implements Runnable {

    /** What reading a body ended with; exactly one method is called, once. */
    public interface Receiver {

        /** The whole body arrived in time and within the limit. */
        void complete(byte[] body);

        /** The body is (or was declared) longer than the limit. */
        void tooLarge();

        /** The body did not arrive completely before the deadline. */
        void timedOut();

        /** Reading failed, e.g. the client went away or sent too slowly. */
        void failed(Throwable cause);
    }

    private final Request request;
    private final int maxBytes;
    private final Receiver receiver;
    private final AtomicBoolean finished = new AtomicBoolean();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private volatile Scheduler.Task deadline;

    private BoundedBody(Request request, int maxBytes, Receiver receiver) {
        this.request = request;
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    /** Starts reading {@code request}'s body; {@code receiver} hears the outcome, on this or a Jetty pool thread. */
    public static void read(Request request, int maxBytes, long deadlineMillis, Receiver receiver) {
        BoundedBody body = new BoundedBody(request, maxBytes, receiver);
        if (request.getLength() > maxBytes) {
            body.finish(receiver::tooLarge);
            return;
        }
        body.deadline = request.getComponents()
                .getScheduler()
                .schedule(() -> body.finish(receiver::timedOut), deadlineMillis, TimeUnit.MILLISECONDS);
        body.run();
    }

    /** Reads what has arrived; asks Jetty to call again when more does. */
    @Override
    public void run() {
        while (!finished.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            try {
                if (Content.Chunk.isFailure(chunk)) {
                    Throwable cause = chunk.getFailure();
                    finish(() -> receiver.failed(cause));
                    return;
                }
                int length = chunk.getByteBuffer().remaining();
                if (received.size() + (long) length > maxBytes) {
                    finish(receiver::tooLarge);
                    return;
                }
                byte[] bytes = new byte[length];
                chunk.getByteBuffer().get(bytes);
                received.writeBytes(bytes);
                if (chunk.isLast()) {
                    finish(() -> receiver.complete(received.toByteArray()));
                    return;
                }
            } finally {
                chunk.release();
            }
        }
    }

    private void finish(Runnable outcome) {
        if (finished.compareAndSet(false, true)) {
            Scheduler.Task task = deadline;
            if (task != null) {
                task.cancel();
            }
            outcome.run();
        }
    }
}
