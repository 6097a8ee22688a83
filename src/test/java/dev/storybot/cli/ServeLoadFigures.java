package dev.storybot.cli;

import static dev.storybot.cli.ServeTestSupport.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.discord.DiscordFakes;
import dev.storybot.settings.SlackSettings;
import dev.storybot.settings.Variable;
import dev.storybot.slack.SlackFakes;
import dev.storybot.testing.FakeOpenAiServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load figures for the README, not a test of the default build: {@code serve} in its own JVM with
 * {@code -Xmx256m}, Discord and Slack (HTTP mode) against the local fakes and a model that takes 2 s per answer;
 * 200 questions on each platform at once after a warm-up. Run with
 * {@code mvn -B -q -Dtest=ServeLoadFigures -Dloadtest=true -Dsurefire.failIfNoSpecifiedTests=false test}.
 */
@Tag("load")
@EnabledIfSystemProperty(named = "loadtest", matches = "true")
class ServeLoadFigures {

    private static final int QUESTIONS_PER_PLATFORM = 200;
    private static final int WARM_UP_QUESTIONS = 40;
    private static final Duration MODEL_DELAY = Duration.ofSeconds(2);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern HEAP_USED =
            Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\",[^}]*} ([0-9.E+]+)$");
    private static final long HEAP_SAMPLE_MILLIS = 100;

    @TempDir
    Path dir;

    @Test
    void measure() throws Exception {
        try (DiscordFakes discord = DiscordFakes.start();
                SlackFakes slack = SlackFakes.start();
                FakeOpenAiServer model = FakeOpenAiServer.start()
                        .replyAlways(FakeOpenAiServer.delayed(MODEL_DELAY, FakeOpenAiServer.echo()))) {
            int slackPort = ServeProcess.freePort();
            Map<String, String> env = new HashMap<>(discord.env(DiscordFakes.TOKEN));
            env.putAll(slack.httpModeEnv("xoxb-load-figures"));
            env.put(Variable.STORYBOT_SLACK_PORT.name(), Integer.toString(slackPort));
            env.put(Variable.STORYBOT_DATA_DIR.name(), dir.resolve("data").toString());
            env.put(
                    Variable.STORYBOT_RATE_LIMIT_PER_MINUTE.name(),
                    "100000"); // every fake Discord interaction comes from one user
            env.put(Variable.STORYBOT_LLM_BASE_URL.name(), model.baseUrl());
            env.put(Variable.STORYBOT_LLM_MODEL.name(), FakeOpenAiServer.MODEL);
            try (ServeProcess serve = ServeProcess.start(env, dir.resolve("serve.log"), "-Xmx256m")) {
                eventually("serve is healthy", serve::healthy, START_TIMEOUT);
                LoadDriver driver = new LoadDriver(
                        discord, slack, URI.create("http://127.0.0.1:" + slackPort + SlackSettings.EVENTS_PATH));
                driver.burst("warm", WARM_UP_QUESTIONS, () -> {});

                AtomicLong peakHeap = new AtomicLong();
                ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
                sampler.scheduleAtFixedRate(
                        () -> peakHeap.accumulateAndGet(heapUsed(serve), Math::max),
                        0,
                        HEAP_SAMPLE_MILLIS,
                        TimeUnit.MILLISECONDS);
                LoadDriver.Burst burst;
                try {
                    burst = driver.burst("load", QUESTIONS_PER_PLATFORM, () -> {});
                } finally {
                    sampler.shutdownNow();
                }
                int exitCode = serve.terminate(Duration.ofSeconds(30));

                System.out.printf(
                        "LOAD serve process (-Xmx256m): %s; heap used at most %d MiB (sampled every %d ms)"
                                + "; exit code after SIGTERM %d%n",
                        burst.summary(), peakHeap.get() >> 20, HEAP_SAMPLE_MILLIS, exitCode);
                assertThat(exitCode).isZero();
                assertThat(serve.output()).doesNotContain("OutOfMemoryError");
            }
        }
    }

    private static long heapUsed(ServeProcess serve) {
        try {
            Matcher m = HEAP_USED.matcher(serve.get("/metrics").body());
            long used = 0;
            while (m.find()) {
                used += (long) Double.parseDouble(m.group(1));
            }
            return used;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
