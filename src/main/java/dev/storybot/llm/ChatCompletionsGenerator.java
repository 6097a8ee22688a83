package dev.storybot.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.storybot.settings.LlmSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * {@link ChatGenerator} over langchain4j's {@link OpenAiChatModel} and {@link OpenAiStreamingChatModel}: posts to
 * {@code {baseUrl}/chat/completions} of any OpenAI-compatible server (vLLM, Ollama, llama.cpp, DashScope, DeepSeek,
 * Moonshot, Zhipu, ...). langchain4j's own retries are off; {@link LlmAnswerer} decides about retrying.
 */
public final class ChatCompletionsGenerator implements ChatGenerator, AutoCloseable {

    /** Longest wait for a TCP connection, capped by the answer timeout. */
    public static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Output budget per answer: enough for 300 characters of Chinese or Korean. */
    public static final int MAX_OUTPUT_TOKENS = 400;
    /** Low temperature: the answer should restate facts, not be creative. */
    public static final double TEMPERATURE = 0.2;

    private static final int MAX_DETAIL_CHARS = 200;

    private final LlmSettings config;
    private final ExecutorService callers;
    private final ChatModel chatModel;
    private final StreamingChatModel streamingModel;

    /** A generator for answers: at most {@link #MAX_OUTPUT_TOKENS} tokens each. */
    public ChatCompletionsGenerator(LlmSettings config) {
        this(config, MAX_OUTPUT_TOKENS);
    }

    /** A generator whose responses may run to {@code maxOutputTokens} tokens (drafting facts needs more than answers). */
    public ChatCompletionsGenerator(LlmSettings config, int maxOutputTokens) {
        this.config = config;
        this.callers = Executors.newCachedThreadPool(daemonThreads("storybot-llm-call-"));
        Duration connectTimeout =
                config.timeout().compareTo(MAX_CONNECT_TIMEOUT) < 0 ? config.timeout() : MAX_CONNECT_TIMEOUT;
        this.chatModel = OpenAiChatModel.builder()
                .httpClientBuilder(httpClientBuilder(connectTimeout))
                .baseUrl(config.baseUrl())
                .apiKey(config.apiKey())
                .modelName(config.model())
                .temperature(TEMPERATURE)
                .maxTokens(maxOutputTokens)
                .maxRetries(0)
                .build();
        this.streamingModel = OpenAiStreamingChatModel.builder()
                .httpClientBuilder(httpClientBuilder(connectTimeout))
                .baseUrl(config.baseUrl())
                .apiKey(config.apiKey())
                .modelName(config.model())
                .temperature(TEMPERATURE)
                .maxTokens(maxOutputTokens)
                .build();
    }

    private AbortableHttpClient.Builder httpClientBuilder(Duration connectTimeout) {
        // langchain4j's default client for this classpath (the JDK one), wrapped so that streams can be aborted
        return new AbortableHttpClient.Builder(HttpClientBuilderLoader.loadHttpClientBuilder()
                .connectTimeout(connectTimeout)
                .readTimeout(config.timeout()));
    }

    @Override
    public String modelName() {
        return config.model();
    }

    @Override
    public Generation generate(LlmPrompt prompt, Duration timeout) {
        Future<ChatResponse> call;
        try {
            call = callers.submit(() -> chatModel.chat(request(prompt)));
        } catch (RuntimeException e) {
            return failure(e);
        }
        try {
            ChatResponse response = call.get(Math.max(1, timeout.toNanos()), TimeUnit.NANOSECONDS);
            String text =
                    response.aiMessage() == null ? null : response.aiMessage().text();
            return Generation.of(text == null ? "" : text);
        } catch (TimeoutException e) {
            call.cancel(true);
            return Generation.failed(Generation.Failure.TIMEOUT, "no response within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return failure(e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return Generation.failed(Generation.Failure.OTHER, "interrupted while waiting for the model");
        }
    }

    @Override
    public Generation stream(
            LlmPrompt prompt, Duration stallTimeout, Duration totalTimeout, Consumer<String> partialText) {
        StreamState state = new StreamState(partialText);
        AbortableHttpClient.Abort abort = new AbortableHttpClient.Abort();
        long start = System.nanoTime();
        AbortableHttpClient.CURRENT.set(abort);
        try {
            streamingModel.chat(request(prompt), state);
        } catch (RuntimeException e) {
            return failure(e);
        } finally {
            AbortableHttpClient.CURRENT.remove();
        }
        // the request is on its way: from now on, silence counts as a stall
        state.lastActivityNanos.set(System.nanoTime());
        long deadline = start + totalTimeout.toNanos();
        while (true) {
            long now = System.nanoTime();
            long stallAt = state.lastActivityNanos.get() + stallTimeout.toNanos();
            long waitNanos = Math.min(stallAt, deadline) - now;
            if (waitNanos <= 0) {
                state.finished.complete(null);
                abort.abort();
                boolean overall = deadline - now <= 0;
                return overall
                        ? Generation.failed(
                                Generation.Failure.TIMEOUT,
                                "the stream did not finish within " + totalTimeout.toMillis() + " ms")
                        : Generation.failed(
                                Generation.Failure.STALLED,
                                "no token for " + stallTimeout.toMillis() + " ms after " + state.tokens.get()
                                        + " tokens");
            }
            try {
                return state.result.get(waitNanos, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // loop: a token may have arrived, which moves the stall deadline
            } catch (ExecutionException e) {
                return failure(e.getCause() == null ? e : e.getCause());
            } catch (InterruptedException e) {
                abort.abort();
                Thread.currentThread().interrupt();
                return Generation.failed(Generation.Failure.OTHER, "interrupted while streaming");
            }
        }
    }

    /** Receives langchain4j's streaming callbacks on an HTTP thread. */
    private final class StreamState implements StreamingChatResponseHandler {

        private final Consumer<String> partialText;
        private final StringBuilder text = new StringBuilder();
        private final AtomicLong lastActivityNanos = new AtomicLong(System.nanoTime());
        private final AtomicInteger tokens = new AtomicInteger();
        private final CompletableFuture<Generation> result = new CompletableFuture<>();
        /** Completed when the caller stops listening; later callbacks are ignored. */
        private final CompletableFuture<Void> finished = new CompletableFuture<>();

        private StreamState(Consumer<String> partialText) {
            this.partialText = partialText;
        }

        @Override
        public void onPartialResponse(String token) {
            onToken(token);
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            onToken(partial.text());
        }

        private void onToken(String token) {
            if (finished.isDone() || token == null || token.isEmpty()) {
                return;
            }
            lastActivityNanos.set(System.nanoTime());
            tokens.incrementAndGet();
            String soFar;
            synchronized (text) {
                text.append(token);
                soFar = text.toString();
            }
            partialText.accept(soFar);
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            String full = response != null && response.aiMessage() != null
                    ? response.aiMessage().text()
                    : null;
            if (full == null) {
                synchronized (text) {
                    full = text.toString();
                }
            }
            result.complete(Generation.of(full));
        }

        @Override
        public void onError(Throwable error) {
            result.complete(failure(error));
        }
    }

    private static ChatRequest request(LlmPrompt prompt) {
        return ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
                .build();
    }

    /** Classifies an exception from langchain4j or the JDK HTTP client by walking its causes. */
    Generation failure(Throwable error) {
        Generation.Failure kind = classify(error);
        Throwable shown = error;
        while (shown.getCause() != null
                && shown.getMessage() != null
                && shown.getCause().getMessage() != null
                && shown.getMessage().contains(shown.getCause().getMessage())) {
            shown = shown.getCause();
        }
        // redact first: a cut could leave part of a secret that no longer matches it
        String message = shown.getMessage() == null
                ? ""
                : config.redact(shown.getMessage()).replaceAll("\\s+", " ").strip();
        if (message.length() > MAX_DETAIL_CHARS) {
            message = message.substring(0, MAX_DETAIL_CHARS) + "…";
        }
        return Generation.failed(kind, shown.getClass().getSimpleName() + ": " + message);
    }

    static Generation.Failure classify(Throwable error) {
        for (Throwable c = error; c != null; c = c.getCause()) {
            if (c instanceof HttpException) {
                return ((HttpException) c).statusCode() >= 500
                        ? Generation.Failure.SERVER_ERROR
                        : Generation.Failure.CLIENT_ERROR;
            }
        }
        for (Throwable c = error; c != null; c = c.getCause()) {
            if (c instanceof HttpConnectTimeoutException
                    || c instanceof ConnectException
                    || c instanceof UnresolvedAddressException
                    || c instanceof UnknownHostException
                    || c instanceof NoRouteToHostException) {
                return Generation.Failure.CONNECTION_FAILED;
            }
        }
        for (Throwable c = error; c != null; c = c.getCause()) {
            if (c instanceof HttpTimeoutException
                    || c instanceof dev.langchain4j.exception.TimeoutException
                    || c instanceof TimeoutException) {
                return Generation.Failure.TIMEOUT;
            }
            if (c instanceof JsonProcessingException) {
                return Generation.Failure.MALFORMED_RESPONSE;
            }
        }
        for (Throwable c = error; c != null; c = c.getCause()) {
            if (c instanceof InternalServerException) {
                // no HTTP error behind it: langchain4j found no choices in a 2xx response
                return Generation.Failure.MALFORMED_RESPONSE;
            }
            if (c instanceof IOException) {
                return Generation.Failure.NETWORK;
            }
        }
        return Generation.Failure.OTHER;
    }

    /** Stops the worker threads; calls under way are abandoned. */
    @Override
    public void close() {
        callers.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
