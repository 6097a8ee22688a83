package dev.storybot.cli;

import static dev.storybot.cli.ServeTestSupport.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.settings.SlackSettings;
import dev.storybot.settings.Variable;
import dev.storybot.slack.SlackFakes;
import dev.storybot.testing.FakeOpenAiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storybot serve} as a real process: it becomes healthy, and on SIGTERM it finishes the answer in flight,
 * disconnects and exits 0.
 */
class ServeProcessTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

    @Test
    void should_finish_the_answer_in_flight_and_exit_0_on_sigterm() throws Exception {
        FakeOpenAiServer.Gate generating = new FakeOpenAiServer.Gate();
        try (SlackFakes slack = SlackFakes.start();
                FakeOpenAiServer model = FakeOpenAiServer.start()
                        .replyAlways(FakeOpenAiServer.held(generating, FakeOpenAiServer.echo()))) {
            int slackPort = ServeProcess.freePort();
            Map<String, String> env = new HashMap<>(slack.httpModeEnv("xoxb-process-test"));
            env.put(Variable.STORYBOT_SLACK_PORT.name(), Integer.toString(slackPort));
            env.put(Variable.STORYBOT_DATA_DIR.name(), dir.resolve("data").toString());
            env.put(Variable.STORYBOT_LLM_BASE_URL.name(), model.baseUrl());
            env.put(Variable.STORYBOT_LLM_MODEL.name(), FakeOpenAiServer.MODEL);
            try (ServeProcess serve = ServeProcess.start(env, dir.resolve("serve.log"), "-Xmx256m")) {
                eventually("serve is healthy", serve::healthy, START_TIMEOUT);

                HttpResponse<String> ack = ask(slack, slackPort, "How many downloads did Qwen get?");
                assertThat(ack.statusCode()).isEqualTo(200);
                eventually("the model is generating", () -> model.completions() == 1, WAIT);
                CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> terminate(serve));
                eventually(
                        "serve waits for the answer in flight",
                        () -> output(serve).contains("stopping: finishing 1 answer(s) in flight"),
                        WAIT);
                generating.release();
                int exitCode = exit.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

                String output = serve.output();
                assertThat(exitCode).as(output).isZero();
                assertThat(slack.responses("process")).hasSize(1);
                assertThat(slack.responses("process").get(0)).contains("385.3 million", "[1]");
                assertThat(output)
                        .contains(
                                "SIGTERM received: stopping gracefully",
                                "stopping: finishing 1 answer(s) in flight",
                                "question platform=slack mode=llm outcome=answered",
                                "stopped");
                assertThat(output).doesNotContain("How many downloads"); // the user's text only at DEBUG
            }
        }
    }

    /** Sends SIGTERM and waits (bounded) for the exit code. */
    private static int terminate(ServeProcess serve) {
        try {
            return serve.terminate(WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for serve to exit", e);
        }
    }

    private static String output(ServeProcess serve) {
        try {
            return serve.output();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> ask(SlackFakes slack, int port, String question) throws Exception {
        String body = slack.slashCommandForm("C_PROCESS", "U_PROCESS", question, slack.responseUrl("process"));
        long timestamp = Instant.now().getEpochSecond();
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SlackSettings.EVENTS_PATH))
                        .timeout(WAIT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                        .header("X-Slack-Signature", SlackFakes.sign(timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
