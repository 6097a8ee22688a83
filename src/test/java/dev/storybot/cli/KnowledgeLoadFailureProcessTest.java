package dev.storybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybot.Main;
import dev.storybot.knowledge.KnowledgeLoader;
import dev.storybot.settings.Variable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken knowledge file ends the real process ({@code ask} and {@code serve}, alternately) with exit code 1 and one
 * line on stderr, every time: the embedding
 * model, which starts loading natively as the process starts, never takes the JVM down with it.
 */
class KnowledgeLoadFailureProcessTest {

    /** Runs enough to catch an exit racing the model load (it lost almost every time before the fix). */
    private static final int RUNS = 20;
    /** Two at a time: the machine's cores are shared. */
    private static final int PARALLEL_RUNS = 2;
    /** Generous for one JVM start and model load on a busy machine. */
    private static final long RUN_TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    record Run(int exitCode, List<String> stderr, List<String> crashFiles) {}

    @Test
    void should_exit_1_with_one_line_naming_the_file_and_no_jvm_crash_on_every_run() throws Exception {
        Path knowledge = Files.createDirectories(dir.resolve("broken-story"));
        Files.writeString(knowledge.resolve(KnowledgeLoader.ARTICLE_FILE), "# A headline\n\n[1] Something happened.\n");
        Files.writeString(knowledge.resolve(KnowledgeLoader.FACTS_FILE), "{\"story\": ");
        String classPath = ServeProcess.mainClassPath();

        ExecutorService runners = Executors.newFixedThreadPool(PARALLEL_RUNS);
        List<Future<Run>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < RUNS; i++) {
                Path workDir = Files.createDirectories(dir.resolve("run-" + i));
                List<String> command = i % 2 == 0 ? List.of("ask", "What happened?") : List.of("serve");
                runs.add(runners.submit(() -> run(classPath, knowledge, workDir, command)));
            }
            int failedCleanly = 0;
            for (Future<Run> future : runs) {
                Run run = future.get(RUN_TIMEOUT_SECONDS * RUNS, TimeUnit.SECONDS);
                assertThat(run.crashFiles()).as("JVM crash reports").isEmpty();
                assertThat(run.exitCode()).as(String.join("\n", run.stderr())).isEqualTo(1);
                assertThat(run.stderr()).hasSize(1);
                assertThat(run.stderr().get(0)).startsWith("storybot: ").contains(KnowledgeLoader.FACTS_FILE);
                failedCleanly++;
            }
            assertThat(failedCleanly).isEqualTo(RUNS);
        } finally {
            runners.shutdownNow();
        }
    }

    /** Runs {@code storybot ARGS} in its own JVM (serve with a Discord token it never gets to use). */
    private static Run run(String classPath, Path knowledge, Path workDir, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                classPath,
                Main.class.getName()));
        command.addAll(args);
        Path stderr = workDir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(workDir.resolve("stdout.txt").toFile())
                .redirectError(stderr.toFile());
        Map<String, String> environment = builder.environment();
        environment
                .keySet()
                .removeIf(key -> key.startsWith("DISCORD_") || key.startsWith("SLACK_") || key.startsWith("STORYBOT_"));
        environment.put(Variable.STORYBOT_KNOWLEDGE_DIR.name(), knowledge.toString());
        environment.put(Variable.DISCORD_TOKEN.name(), "never.used.token");
        Process process = builder.start();
        if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not exit within " + RUN_TIMEOUT_SECONDS + " s");
        }
        List<String> crashFiles;
        try (Stream<Path> files = Files.list(workDir)) {
            crashFiles = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("hs_err_pid"))
                    .toList();
        }
        return new Run(process.exitValue(), Files.readAllLines(stderr, StandardCharsets.UTF_8), crashFiles);
    }
}
