package dev.storybot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.storybot.chat.ChatTexts;
import dev.storybot.core.Answer;
import dev.storybot.core.Answerer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The answerer decorators {@code serve} wraps around the bot: metrics and logging, and the graceful-stop gate. */
class AnswererDecoratorsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SECRET_QUESTION = "what did my colleague Mallory say in private?";

    private static Answer answer(Outcome outcome, Mode mode) {
        return new Answer(
                "An answer.",
                outcome == Outcome.ANSWERED ? List.of(new Citation(1, "q")) : List.of(),
                outcome,
                mode,
                mode == Mode.LLM ? "qwen" : null,
                null,
                Language.EN);
    }

    @Test
    void should_log_one_info_line_per_question_without_the_users_text() {
        OpsMetrics metrics = OpsMetrics.create();
        InstrumentedAnswerer answerer =
                new InstrumentedAnswerer(request -> answer(Outcome.ANSWERED, Mode.LLM), metrics);

        List<ILoggingEvent> events;
        try (LogCapture logs = LogCapture.from(Level.INFO)) {
            answerer.answer(new ChatRequest("slack", "c1", "u1", SECRET_QUESTION));
            events = logs.events().stream()
                    .filter(e -> e.getLoggerName().equals(InstrumentedAnswerer.class.getName()))
                    .toList();
        }

        assertThat(events).hasSize(1);
        assertThat(events.get(0).getLevel()).isEqualTo(Level.INFO);
        assertThat(events.get(0).getFormattedMessage())
                .matches("question platform=slack mode=llm outcome=answered latency_ms=\\d+ model=qwen")
                .doesNotContain("Mallory");
    }

    @Test
    void should_log_the_users_text_only_at_debug_with_control_characters_escaped() {
        InstrumentedAnswerer answerer =
                new InstrumentedAnswerer(request -> answer(Outcome.REFUSED, Mode.RETRIEVAL), OpsMetrics.create());

        String debug;
        try (LogCapture logs = LogCapture.from(Level.DEBUG)) {
            answerer.answer(new ChatRequest("discord", "c1", "u1", "line one\nFAKE INFO line two\u001b[31m"));
            debug = logs.events().stream()
                    .filter(e -> e.getLevel() == Level.DEBUG
                            && e.getLoggerName().equals(InstrumentedAnswerer.class.getName()))
                    .map(ILoggingEvent::getFormattedMessage)
                    .findFirst()
                    .orElseThrow();
        }

        assertThat(debug)
                .contains("line one\\u000aFAKE INFO line two\\u001b[31m")
                .doesNotContain("\n");
    }

    @Test
    void should_count_questions_by_platform_mode_and_outcome_with_refusals_and_latency() {
        OpsMetrics metrics = OpsMetrics.create();
        new InstrumentedAnswerer(request -> answer(Outcome.REFUSED, Mode.RETRIEVAL), metrics)
                .answer(ChatRequest.of("discord", "off topic"));
        new InstrumentedAnswerer(request -> answer(Outcome.ANSWERED, Mode.LLM), metrics)
                .answerStreaming(ChatRequest.of("slack", "on topic"), text -> {});
        Answerer failing = request -> {
            throw new IllegalStateException("boom");
        };
        assertThatThrownBy(() -> new InstrumentedAnswerer(failing, metrics).answer(ChatRequest.of("slack", "x")))
                .isInstanceOf(IllegalStateException.class);

        assertThat(metrics.scrape())
                .contains("storybot_questions_total{mode=\"retrieval\",outcome=\"refused\",platform=\"discord\"} 1.0")
                .contains("storybot_questions_total{mode=\"llm\",outcome=\"answered\",platform=\"slack\"} 1.0")
                .contains("storybot_questions_total{mode=\"none\",outcome=\"error\",platform=\"slack\"} 1.0")
                .contains("storybot_refusals_total{platform=\"discord\"} 1.0")
                .contains("storybot_answer_latency_seconds_count{mode=\"llm\",platform=\"slack\"} 1");
    }

    @Test
    void should_pass_streamed_text_through() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Answerer streaming = new Answerer() {
            @Override
            public Answer answer(ChatRequest request) {
                throw new AssertionError("the streaming variant must be used");
            }

            @Override
            public Answer answerStreaming(ChatRequest request, Consumer<String> partialText) {
                partialText.accept("An");
                return AnswererDecoratorsTest.answer(Outcome.ANSWERED, Mode.LLM);
            }
        };
        Answerer wrapped = new DrainingAnswerer(new InstrumentedAnswerer(streaming, OpsMetrics.create()), p -> {});

        wrapped.answerStreaming(ChatRequest.of("discord", "q"), seen::add);

        assertThat(seen).containsExactly("An");
    }

    @Test
    void should_let_answers_in_flight_finish_and_turn_new_questions_away_once_stopping() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> turnedAway = new CopyOnWriteArrayList<>();
        DrainingAnswerer gate = new DrainingAnswerer(
                request -> {
                    started.countDown();
                    await(release);
                    return answer(Outcome.ANSWERED, Mode.RETRIEVAL);
                },
                turnedAway::add);
        CompletableFuture<Answer> inFlight =
                CompletableFuture.supplyAsync(() -> gate.answer(ChatRequest.of("slack", "slow")));
        assertThat(started.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        gate.stopAccepting();
        Answer late = gate.answer(ChatRequest.of("discord", "late"));

        assertThat(late.text()).isEqualTo(ChatTexts.RESTARTING);
        assertThat(late.outcome()).isEqualTo(Outcome.INVALID_INPUT);
        assertThat(late.citations()).isEmpty();
        assertThat(turnedAway).containsExactly("discord");
        assertThat(gate.inFlight()).isEqualTo(1);
        assertThat(gate.awaitIdle(Duration.ofMillis(50)))
                .as("bounded wait while one is still running")
                .isFalse();

        release.countDown();
        assertThat(gate.awaitIdle(WAIT)).isTrue();
        assertThat(inFlight.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).outcome())
                .isEqualTo(Outcome.ANSWERED);
        assertThat(gate.inFlight()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
