package dev.storybot.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Wraps langchain4j's HTTP client so that a server-sent event stream can be cut off from outside, even before its
 * first event: a stalled stream otherwise keeps a thread blocked in a read until the server gives up.
 *
 * <p>The streaming model opens its stream on the calling thread, so the caller sets {@link #CURRENT} around
 * {@code StreamingChatModel.chat(...)} and the stream started inside that call registers with it.
 */
final class AbortableHttpClient implements HttpClient {

    /** The abort handle for a stream about to be opened on this thread, or null. */
    static final ThreadLocal<Abort> CURRENT = new ThreadLocal<>();

    private final HttpClient delegate;

    private AbortableHttpClient(HttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        return delegate.execute(request);
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        Abort abort = CURRENT.get();
        if (abort == null) {
            delegate.execute(request, parser, listener);
            return;
        }
        delegate.execute(
                request,
                (in, l) -> {
                    if (!abort.attach(in)) {
                        return;
                    }
                    try {
                        parser.parse(in, l);
                    } finally {
                        abort.detach();
                    }
                },
                listener);
    }

    /** Lets one stream be cut off: closes its body and wakes the thread blocked reading it. */
    static final class Abort {

        private InputStream body;
        private Thread reader;
        private boolean aborted;

        private synchronized boolean attach(InputStream in) {
            if (aborted) {
                closeQuietly(in);
                return false;
            }
            body = in;
            reader = Thread.currentThread();
            return true;
        }

        private synchronized void detach() {
            reader = null;
            if (aborted) {
                // clear an interrupt meant for the read, so the pool thread starts its next task clean
                Thread.interrupted();
            }
        }

        /** Cuts the stream off; harmless when it has ended or never started. */
        synchronized void abort() {
            aborted = true;
            if (body != null) {
                closeQuietly(body);
            }
            if (reader != null) {
                reader.interrupt();
            }
        }

        private static void closeQuietly(InputStream in) {
            try {
                in.close();
            } catch (IOException | RuntimeException e) {
                // the stream is being abandoned; nothing more to do
            }
        }
    }

    /** Builds {@link AbortableHttpClient}s around another builder's clients. */
    static final class Builder implements HttpClientBuilder {

        private final HttpClientBuilder delegate;

        Builder(HttpClientBuilder delegate) {
            this.delegate = delegate;
        }

        @Override
        public Duration connectTimeout() {
            return delegate.connectTimeout();
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            delegate.connectTimeout(timeout);
            return this;
        }

        @Override
        public Duration readTimeout() {
            return delegate.readTimeout();
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            delegate.readTimeout(timeout);
            return this;
        }

        @Override
        public HttpClient build() {
            return new AbortableHttpClient(delegate.build());
        }
    }
}
