package dev.storybot.cli;

import static dev.storybot.cli.ServeTestSupport.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.Main;
import dev.storybot.llm.LlmConfig;
import dev.storybot.ops.OpsSettings;
import dev.storybot.slack.SlackFakes;
import dev.storybot.slack.SlackSettings;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storybot serve} as a real process: it becomes healthy, and on SIGTERM it finishes the answer in flight,
 * disconnects and exits 0.
 */
class ServeProcessTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration MODEL_DELAY = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

    @Test
    void should_finish_the_answer_in_flight_and_exit_0_on_sigterm() throws Exception {
        try (SlackFakes slack = SlackFakes.start();
             FakeModelEndpoint model = FakeModelEndpoint.start(MODEL_DELAY, null)) {
            int httpPort = freePort();
            int slackPort = freePort();
            Path log = dir.resolve("serve.log");
            ProcessBuilder builder = new ProcessBuilder(javaCommand()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("DISCORD_") || key.startsWith("SLACK_")
                    || key.startsWith("STORYBOT_"));
            env.putAll(slack.httpModeEnv("xoxb-process-test"));
            env.put(SlackSettings.ENV_PORT, Integer.toString(slackPort));
            env.put(OpsSettings.HTTP_HOST_ENV, "127.0.0.1");
            env.put(OpsSettings.HTTP_PORT_ENV, Integer.toString(httpPort));
            env.put(ServeCommand.DATA_DIR_ENV, dir.resolve("data").toString());
            env.put(LlmConfig.ENV_BASE_URL, model.baseUrl());
            env.put(LlmConfig.ENV_MODEL, FakeModelEndpoint.MODEL);
            Process serve = builder.start();
            try {
                eventually("serve is healthy", () -> healthy(httpPort), START_TIMEOUT);

                HttpResponse<String> ack = ask(slack, slackPort, "How many downloads did Qwen get?");
                assertThat(ack.statusCode()).isEqualTo(200);
                eventually("the model is generating", () -> model.completions() == 1, WAIT);
                serve.destroy(); // SIGTERM

                assertThat(serve.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("exited in time").isTrue();
                String output = Files.readString(log, StandardCharsets.UTF_8);
                assertThat(serve.exitValue()).as(output).isZero();
                assertThat(slack.responses("process")).hasSize(1);
                assertThat(slack.responses("process").get(0)).contains("385.3 million", "[1]");
                assertThat(output).contains("SIGTERM received: stopping gracefully",
                        "stopping: finishing 1 answer(s) in flight",
                        "question platform=slack mode=llm outcome=answered", "stopped");
                assertThat(output).doesNotContain("How many downloads"); // the user's text only at DEBUG
            } finally {
                serve.destroyForcibly();
            }
        }
    }

    private boolean healthy(int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                    .timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpResponse<String> ask(SlackFakes slack, int port, String question) throws Exception {
        String body = slack.slashCommandForm("C_PROCESS", "U_PROCESS", question, slack.responseUrl("process"));
        long timestamp = Instant.now().getEpochSecond();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SlackSettings.EVENTS_PATH))
                .timeout(WAIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackFakes.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** This JVM's java, with the main classes and libraries (not the test classes, so production logging applies). */
    private static List<String> javaCommand() throws IOException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("java.class.path")
                .split(File.pathSeparator)));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            entries = manifestClassPath(Path.of(entries.get(0))); // the test runner's manifest-only jar
        }
        String classPath = String.join(File.pathSeparator, entries.stream()
                .filter(entry -> !entry.contains("test-classes") && !entry.contains("surefire")
                        && !entry.contains("junit") && !entry.contains("assertj"))
                .toList());
        return List.of(java, "-Xmx256m", "-cp", classPath, Main.class.getName(), "serve");
    }

    private static List<String> manifestClassPath(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String classPath = file.getManifest().getMainAttributes().getValue("Class-Path");
            List<String> entries = new ArrayList<>();
            for (String url : classPath.split(" ")) {
                if (!url.isBlank()) {
                    entries.add(Paths.get(URI.create(jar.toUri().resolve(url).toString())).toString());
                }
            }
            return entries;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
