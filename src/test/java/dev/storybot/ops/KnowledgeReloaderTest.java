package dev.storybot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.storybot.core.Answer;
import dev.storybot.core.Answerer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading a knowledge directory: edits are swapped in, invalid edits are reported and ignored, answers in flight finish. */
class KnowledgeReloaderTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ARTICLE = "# Harbour bridge reopens\n\n[1] The harbour bridge reopened on Friday.\n";
    private static final String FACTS = """
            {"story": {"title": "Harbour bridge reopens", "sourceLine": "The Ledger",
                       "url": "https://news.example.org/bridge", "summary": "The bridge reopened."},
             "entities": [],
             "facts": [{"id": "reopened", "paragraph": 1, "quote": "The harbour bridge reopened on Friday.",
                        "answer": "ANSWER", "attribution": "the article", "certainty": "stated",
                        "zh": {"answer": "大桥周五重新开放。"}, "ko": {"answer": "다리는 금요일에 다시 열렸다."}}]}
            """;
    private static final ChatRequest QUESTION = new ChatRequest("slack", "c1", "u1", "When did the bridge reopen?");

    @TempDir
    Path dir;

    private final BlockingQueue<Answerer> retired = new LinkedBlockingQueue<>();
    private KnowledgeReloader reloader;

    @AfterEach
    void close() {
        if (reloader != null) {
            reloader.close();
        }
    }

    private SwappableAnswerer startWith(String answer) throws Exception {
        write(answer);
        KnowledgeBase initial = KnowledgeLoader.load(dir);
        SwappableAnswerer answerer = new SwappableAnswerer(answererFor(initial));
        reloader = new KnowledgeReloader(
                Optional.of(dir),
                initial,
                KnowledgeReloaderTest::answererFor,
                answerer,
                retired::add,
                Duration.ZERO,
                Clock.systemUTC());
        return answerer;
    }

    /** Answers every question with the first fact's answer. */
    private static Answerer answererFor(KnowledgeBase knowledge) {
        String text = knowledge.facts().get(0).answer();
        return request -> new Answer(text, List.of(), Outcome.ANSWERED, Mode.RETRIEVAL, null, null, Language.EN);
    }

    private void write(String answer) throws Exception {
        Files.writeString(dir.resolve(KnowledgeLoader.ARTICLE_FILE), ARTICLE);
        Files.writeString(dir.resolve(KnowledgeLoader.FACTS_FILE), FACTS.replace("ANSWER", answer));
    }

    @Test
    void should_swap_in_an_edited_fact_with_a_new_version_and_retire_the_old_answerer() throws Exception {
        SwappableAnswerer answerer = startWith("The bridge reopened on Friday.");
        Health.Knowledge before = reloader.status();

        reloader.check(); // nothing changed
        assertThat(reloader.status()).isEqualTo(before);
        write("The bridge reopened on Friday morning.");
        reloader.check();

        assertThat(answerer.answer(QUESTION).text()).isEqualTo("The bridge reopened on Friday morning.");
        Health.Knowledge after = reloader.status();
        assertThat(after.source()).isEqualTo(Health.Knowledge.DIRECTORY);
        assertThat(after.version())
                .hasSize(KnowledgeReloader.VERSION_HEX_DIGITS)
                .isNotEqualTo(before.version());
        assertThat(after.lastError()).isNull();
        assertThat(reloader.knowledge().facts().get(0).answer()).isEqualTo("The bridge reopened on Friday morning.");
        Answerer old = retired.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(old).isNotNull().isNotSameAs(answerer);
        assertThat(old.answer(QUESTION).text()).isEqualTo("The bridge reopened on Friday.");
    }

    @Test
    void should_keep_the_old_knowledge_log_one_line_naming_the_file_and_recover_after_a_fix() throws Exception {
        SwappableAnswerer answerer = startWith("The bridge reopened on Friday.");
        String version = reloader.status().version();

        try (LogCapture logs = LogCapture.from(Level.INFO)) {
            Files.writeString(dir.resolve(KnowledgeLoader.FACTS_FILE), "{\"story\": ");
            reloader.check();
            reloader.check(); // the same broken file is reported once

            assertThat(answerer.answer(QUESTION).text()).isEqualTo("The bridge reopened on Friday.");
            Health.Knowledge broken = reloader.status();
            assertThat(broken.version()).isEqualTo(version);
            assertThat(broken.lastError()).contains(KnowledgeLoader.FACTS_FILE, "not valid JSON");
            assertThat(broken.lastErrorAt()).isNotNull();
            assertThat(logs.events()).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage())
                        .contains("knowledge not reloaded", version, KnowledgeLoader.FACTS_FILE)
                        .doesNotContain("\n");
                assertThat(event.getThrowableProxy()).isNull();
            });

            write("The bridge reopened at last.");
            reloader.check();
        }

        assertThat(answerer.answer(QUESTION).text()).isEqualTo("The bridge reopened at last.");
        assertThat(reloader.status().lastError()).isNull();
        assertThat(reloader.status().version()).isNotEqualTo(version);
    }

    @Test
    void should_report_an_edit_that_breaks_a_fact_by_its_entry() throws Exception {
        startWith("The bridge reopened on Friday.");

        Files.writeString(
                dir.resolve(KnowledgeLoader.FACTS_FILE),
                FACTS.replace("ANSWER", "x").replace("\"paragraph\": 1", "\"paragraph\": 3"));
        reloader.check();

        assertThat(reloader.status().lastError())
                .contains(KnowledgeLoader.FACTS_FILE, "fact 'reopened'", "field 'paragraph'");
    }

    @Test
    void should_finish_an_answer_in_flight_on_the_answerer_it_started_on() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Answerer old = request -> {
            started.countDown();
            await(release);
            return new Answer("old", List.of(), Outcome.ANSWERED, Mode.RETRIEVAL, null, null, Language.EN);
        };
        SwappableAnswerer answerer = new SwappableAnswerer(old);
        CompletableFuture<Answer> inFlight = CompletableFuture.supplyAsync(() -> answerer.answer(QUESTION));
        assertThat(started.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        Answerer replaced = answerer.swap(
                request -> new Answer("new", List.of(), Outcome.ANSWERED, Mode.RETRIEVAL, null, null, Language.EN));
        release.countDown();

        assertThat(replaced).isSameAs(old);
        assertThat(inFlight.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).text()).isEqualTo("old");
        assertThat(answerer.answer(QUESTION).text()).isEqualTo("new");
    }

    @Test
    void should_report_the_bundled_knowledge_without_watching_it() {
        KnowledgeBase bundled = KnowledgeLoader.loadBundled();
        reloader = new KnowledgeReloader(
                        Optional.empty(),
                        bundled,
                        KnowledgeReloaderTest::answererFor,
                        new SwappableAnswerer(answererFor(bundled)),
                        retired::add,
                        Duration.ZERO,
                        Clock.systemUTC())
                .start();

        assertThat(reloader.status().source()).isEqualTo(Health.Knowledge.BUNDLED);
        assertThat(reloader.status().version()).hasSize(KnowledgeReloader.VERSION_HEX_DIGITS);
        assertThat(reloader.brief().title()).isEqualTo(bundled.story().title());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
