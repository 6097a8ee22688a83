package dev.storybot.cli;

import dev.storybot.Main;
import dev.storybot.settings.Variable;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * {@code storybot serve} in its own JVM, with the main classes and libraries on its class path (not the test classes,
 * so production logging applies), its output in a file and its health endpoint on a free port.
 */
final class ServeProcess implements AutoCloseable {

    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final Path log;
    private final int httpPort;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();

    private ServeProcess(Process process, Path log, int httpPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    /** Starts {@code serve} with {@code env} (on top of a clean environment) and {@code jvmOptions}. */
    static ServeProcess start(Map<String, String> env, Path log, String... jvmOptions) throws IOException {
        int httpPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", mainClassPath(), Main.class.getName(), "serve"));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment
                .keySet()
                .removeIf(key -> key.startsWith("DISCORD_") || key.startsWith("SLACK_") || key.startsWith("STORYBOT_"));
        environment.put(Variable.STORYBOT_HTTP_HOST.name(), "127.0.0.1");
        environment.put(Variable.STORYBOT_HTTP_PORT.name(), Integer.toString(httpPort));
        environment.putAll(env);
        return new ServeProcess(builder.start(), log, httpPort);
    }

    int httpPort() {
        return httpPort;
    }

    /** True when {@code GET /healthz} answers 200. */
    boolean healthy() {
        try {
            return get("/healthz").statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code GET path} on the health and metrics port. */
    HttpResponse<String> get(String path) throws IOException {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                            .timeout(HTTP_TIMEOUT)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Sends SIGTERM and waits (bounded) for the exit; returns the exit code, or -1 if it did not exit in time. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy(); // SIGTERM
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /**
     * Sends SIGKILL, as a lost node or the kernel's out-of-memory killer would (no shutdown hook runs), and waits
     * (bounded) for the exit; returns the exit code, or -1 if it did not exit in time.
     */
    int kill(Duration timeout) throws InterruptedException {
        process.destroyForcibly(); // SIGKILL
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** Everything it printed so far. */
    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The main classes and libraries, without the test classes and test libraries. */
    static String mainClassPath() throws IOException {
        List<String> entries = new ArrayList<>(
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            entries = manifestClassPath(Path.of(entries.get(0))); // the test runner's manifest-only jar
        }
        return String.join(
                File.pathSeparator,
                entries.stream()
                        .filter(entry -> !entry.contains("test-classes")
                                && !entry.contains("surefire")
                                && !entry.contains("junit")
                                && !entry.contains("assertj"))
                        .toList());
    }

    private static List<String> manifestClassPath(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String classPath = file.getManifest().getMainAttributes().getValue("Class-Path");
            List<String> entries = new ArrayList<>();
            for (String url : classPath.split(" ")) {
                if (!url.isBlank()) {
                    entries.add(Paths.get(jar.toUri().resolve(url)).toString());
                }
            }
            return entries;
        }
    }
}
