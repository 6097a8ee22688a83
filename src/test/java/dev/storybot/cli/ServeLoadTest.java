package dev.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.chat.ChatTexts;
import dev.storybot.core.Answer;
import dev.storybot.core.Answerer;
import dev.storybot.core.ChatRequest;
import dev.storybot.discord.DiscordFakes;
import dev.storybot.ops.Health;
import dev.storybot.ops.MicrometerLlmMetrics;
import dev.storybot.ops.OpsMetrics;
import dev.storybot.settings.OpsSettings;
import dev.storybot.settings.SettingsReader;
import dev.storybot.settings.SlackSettings;
import dev.storybot.settings.Variable;
import dev.storybot.slack.SlackBot;
import dev.storybot.slack.SlackFakes;
import dev.storybot.testing.FakeOpenAiServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load through the whole serve machinery: real JDA and real Bolt behind real Jetty against the local fakes, with the
 * real LLM answerer against a model endpoint that takes 2 s per answer, all in this JVM. Prints its figures on a
 * line starting with "LOAD"; {@link ServeLoadFigures} measures the bot in its own process with {@code -Xmx256m}.
 */
@Tag("load")
class ServeLoadTest {

    private static final int QUESTIONS_PER_PLATFORM = 200;
    private static final Duration MODEL_DELAY = Duration.ofSeconds(2);
    private static final int WARM_UP_QUESTIONS = 40;

    @TempDir
    Path dataDir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private DiscordFakes discord;
    private SlackFakes slack;
    private ServeRuntime runtime;

    @BeforeEach
    void startFakes() throws Exception {
        discord = DiscordFakes.start();
        slack = SlackFakes.start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (runtime != null) {
            runtime.stop();
        }
        discord.close();
        slack.close();
    }

    @Test
    @DisplayName("200 Discord /ask and 200 signed Slack /ask at once, 2 s per model answer: all acked within 3 s,"
            + " each answered exactly once")
    void should_ack_every_question_at_once_and_answer_each_exactly_once() throws Exception {
        try (FakeOpenAiServer model =
                FakeOpenAiServer.start().replyAlways(FakeOpenAiServer.delayed(MODEL_DELAY, FakeOpenAiServer.echo()))) {
            Map<String, String> settings = settings(Map.of(
                    Variable.STORYBOT_LLM_BASE_URL.name(),
                    model.baseUrl(),
                    Variable.STORYBOT_LLM_MODEL.name(),
                    FakeOpenAiServer.MODEL));
            OpsMetrics metrics = OpsMetrics.create();
            Storybot bot = Storybot.create(
                    SettingsReader.of(settings).knowledge(),
                    SettingsReader.of(settings).llm(),
                    new MicrometerLlmMetrics(metrics));
            runtime = ServeRuntime.start(
                    SettingsReader.of(settings).read(),
                    bot.answerer(),
                    bot.knowledge().brief(),
                    () -> ServeCommand.llmHealth(bot),
                    metrics);
            LoadDriver driver = new LoadDriver(discord, slack, slackEndpoint());
            driver.burst("warm", WARM_UP_QUESTIONS, () -> {}); // a running service, not a cold JVM, is measured
            resetHeapPeaks();

            LoadDriver.Burst burst = driver.burst("load", QUESTIONS_PER_PLATFORM, runtime::stop);
            long peakHeap = heapPeakBytes();
            bot.llm().ifPresent(llm -> llm.close());

            System.out.printf(
                    "LOAD in-process, %d workers per platform: %s; heap peak %d MiB (max %d MiB)%n",
                    OpsSettings.DEFAULT_WORKER_THREADS,
                    burst.summary(),
                    peakHeap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            String scrape = metrics.scrape();
            int perPlatform = QUESTIONS_PER_PLATFORM + WARM_UP_QUESTIONS;
            for (String platform : new String[] {"discord", "slack"}) {
                assertThat(scrape)
                        .contains("storybot_questions_total{mode=\"llm\",outcome=\"answered\",platform=\"" + platform
                                + "\"} " + perPlatform + ".0");
            }
            assertThat(model.completions()).isEqualTo(2 * perPlatform);
        }
    }

    @Test
    @DisplayName("beyond the worker queue, questions get a clear \"busy\" reply, never silence")
    void should_tell_askers_the_bot_is_busy_when_the_queue_is_full() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Answerer blocking = new Answerer() {
            @Override
            public Answer answer(ChatRequest request) {
                return answerStreaming(request, text -> {});
            }

            @Override
            public Answer answerStreaming(ChatRequest request, Consumer<String> partialText) {
                try {
                    release.await(ServeTestSupport.WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ServeTestSupport.answered("Answer to: " + request.text());
            }
        };
        Map<String, String> settings = settings(
                Map.of(Variable.STORYBOT_WORKER_THREADS.name(), "1", Variable.STORYBOT_WORKER_QUEUE.name(), "1"));
        runtime = ServeRuntime.start(
                SettingsReader.of(settings).read(),
                blocking,
                ServeTestSupport.STORY,
                () -> Health.Llm.NONE,
                OpsMetrics.create());
        int asked = 4; // one answering, one waiting, two turned away per platform

        List<DiscordFakes.Interaction> interactions = new ArrayList<>();
        List<String> slackAcks = new ArrayList<>();
        for (int i = 0; i < asked; i++) {
            interactions.add(discord.ask("question " + i));
            slackAcks.add(postSlash("busy-" + i, "U_BUSY_" + i, "question " + i)
                    .get(10, TimeUnit.SECONDS)
                    .body());
        }
        for (int i = 2; i < asked; i++) {
            discord.awaitReply(interactions.get(i), text -> text.equals(ChatTexts.BUSY), ServeTestSupport.WAIT);
            assertThat(slackAcks.get(i)).contains("busy");
        }
        release.countDown();
        for (int i = 0; i < 2; i++) {
            String expected = "Answer to: question " + i;
            discord.awaitReply(interactions.get(i), text -> text.startsWith(expected), ServeTestSupport.WAIT);
            assertThat(slack.awaitResponse("busy-" + i, ServeTestSupport.WAIT)).contains(expected);
        }
    }

    /** A Slack acknowledgement: how long it took and what it said. */
    private record SlackAck(long millis, String body) {}

    private Map<String, String> settings(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>();
        settings.putAll(discord.env(DiscordFakes.TOKEN));
        settings.putAll(slack.httpModeEnv("xoxb-load-test"));
        settings.put(Variable.STORYBOT_HTTP_HOST.name(), "127.0.0.1");
        settings.put(Variable.STORYBOT_HTTP_PORT.name(), "0");
        settings.put(Variable.STORYBOT_DATA_DIR.name(), dataDir.toString());
        // the fake Discord sends every interaction from one user: lift the per-user limit for the load
        settings.put(Variable.STORYBOT_RATE_LIMIT_PER_MINUTE.name(), "100000");
        settings.putAll(extra);
        return settings;
    }

    /** Posts a signed /ask; completes with the acknowledgement. */
    private CompletableFuture<SlackAck> postSlash(String responseId, String user, String question) {
        String body = slack.slashCommandForm("C_LOAD", user, question, slack.responseUrl(responseId));
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(slackEndpoint())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackFakes.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long sent = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            return new SlackAck((System.nanoTime() - sent) / 1_000_000, response.body());
        });
    }

    private URI slackEndpoint() {
        SlackBot bot = runtime.platforms().stream()
                .map(RunningPlatform::closer)
                .filter(SlackBot.class::isInstance)
                .map(SlackBot.class::cast)
                .findFirst()
                .orElseThrow();
        return URI.create("http://127.0.0.1:" + bot.httpPort().orElseThrow() + SlackSettings.EVENTS_PATH);
    }

    private static void resetHeapPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
