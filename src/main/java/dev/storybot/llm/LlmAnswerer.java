package dev.storybot.llm;

import dev.storybot.answering.Evidence;
import dev.storybot.answering.EvidenceSource;
import dev.storybot.answering.Turn;
import dev.storybot.core.Answer;
import dev.storybot.core.Answerer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Citation;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.Fact;
import dev.storybot.settings.LlmSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a language model that reads the article (within a token budget) with the retrieved facts as hints,
 * and never worse than retrieval: invalid input, greetings and attempts to instruct the bot never reach the model,
 * model answers must pass the {@link GroundingCheck}, a model finding no answer gives a refusal, and any failure
 * (timeout, HTTP error, malformed response, refused connection, stalled stream, open circuit) gives the retrieval
 * answer with a short note instead.
 */
public final class LlmAnswerer implements Answerer, AutoCloseable {

    /** Shown after a retrieval answer when the model could not be used. */
    public static final String UNAVAILABLE_NOTE =
            "Generation is unavailable right now; this answer comes straight from the story's facts.";
    /** A retry is only made when at least this much of the timeout is left. */
    public static final Duration MIN_RETRY_BUDGET = Duration.ofMillis(250);
    /** A streamed answer may take this many timeouts in total, provided no gap between tokens exceeds one. */
    public static final int STREAM_TOTAL_TIMEOUTS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?(?:</think>|$)");
    private static final Pattern REPEATED_MARKER = Pattern.compile("(\\[\\d+])(?:\\s*\\1)+");
    /** Longest quote shown for a cited paragraph, in characters: about one sentence. */
    static final int MAX_PARAGRAPH_QUOTE_CHARS = 200;

    private static final int MIN_SENTENCE_CUT = Answer.MAX_TEXT_CHARS / 3;

    private final EvidenceSource evidenceSource;
    private final ChatGenerator generator;
    private final GroundingCheck grounding;
    private final CircuitBreaker breaker;
    private final LlmSettings config;
    private final LlmMetrics metrics;

    public LlmAnswerer(
            EvidenceSource evidenceSource,
            ChatGenerator generator,
            GroundingCheck grounding,
            CircuitBreaker breaker,
            LlmSettings config,
            LlmMetrics metrics) {
        this.evidenceSource = Objects.requireNonNull(evidenceSource, "evidenceSource");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.grounding = Objects.requireNonNull(grounding, "grounding");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.config = Objects.requireNonNull(config, "config");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * An answerer calling the configured OpenAI-compatible endpoint through langchain4j, with the default circuit
     * breaker. Close it on shutdown.
     */
    public static LlmAnswerer create(
            LlmSettings config, EvidenceSource evidenceSource, GroundingCheck grounding, LlmMetrics metrics) {
        return new LlmAnswerer(
                evidenceSource,
                new ChatCompletionsGenerator(config),
                grounding,
                CircuitBreaker.withDefaults(),
                config,
                metrics);
    }

    @Override
    public Answer answer(ChatRequest request) {
        return respond(request, null);
    }

    @Override
    public Answer answerStreaming(ChatRequest request, Consumer<String> partialText) {
        return respond(request, partialText);
    }

    /** The circuit breaker's state, for health checks. */
    public CircuitBreaker.State circuitState() {
        return breaker.state();
    }

    /** The configured model name. */
    public String modelName() {
        return generator.modelName();
    }

    private Answer respond(ChatRequest request, Consumer<String> partialText) {
        Evidence evidence = evidenceSource.gather(request);
        Answer retrieval = evidence.retrievalAnswer();
        if (!ModelGate.admits(evidence)) {
            return retrieval;
        }
        if (!breaker.tryAcquire()) {
            metrics.fallback("circuit_open");
            LOG.debug("LLM circuit open, answering from retrieval");
            return unavailable(retrieval);
        }
        boolean recorded = false;
        try {
            StoryText story = grounding.story();
            LlmPrompt prompt =
                    PromptBuilder.build(evidence, ArticleExcerpt.select(story, evidence, config.contextTokens()));
            List<String> context = context(evidence);
            long start = System.nanoTime();
            Consumer<String> checkedPartial = partialText == null
                    ? null
                    : new CheckedPartialText(grounding, evidence.facts(), context, partialText);
            Generation generation = generateWithRetry(prompt, checkedPartial);
            metrics.latency(Duration.ofNanos(System.nanoTime() - start));
            if (!generation.succeeded()) {
                breaker.recordFailure();
                recorded = true;
                metrics.fallback(generation.failure().code());
                LOG.warn(
                        "LLM {} unavailable ({}), answering from retrieval: {}",
                        generator.modelName(),
                        generation.failure().code(),
                        generation.detail());
                return unavailable(retrieval);
            }
            breaker.recordSuccess();
            recorded = true;
            String text = Markers.normalize(visible(generation.text()));
            if (text.contains(PromptBuilder.NO_ANSWER)) {
                metrics.rejected("no_answer");
                LOG.info("LLM {} found no answer in the article, refusing", generator.modelName());
                return ModelGate.noAnswer(evidence, story.examples(evidence.language()));
            }
            GroundingResult check = grounding.check(text, evidence.facts(), context);
            if (check.passed() && !AnswerLanguage.writtenIn(Markers.strip(text), evidence.language())) {
                check = GroundingResult.fail(
                        GroundingResult.Reason.WRONG_LANGUAGE,
                        "the answer is not in the asker's language ("
                                + evidence.language().code() + ")");
            }
            if (!check.passed()) {
                metrics.rejected(check.reason().code());
                LOG.warn(
                        "LLM {} answer rejected ({}): {}; answering from retrieval",
                        generator.modelName(),
                        check.reason().code(),
                        check.detail());
                return retrieval;
            }
            metrics.grounded();
            return llmAnswer(text, evidence, story);
        } catch (RuntimeException e) {
            if (!recorded) {
                breaker.recordFailure();
            }
            metrics.fallback(Generation.Failure.OTHER.code());
            LOG.warn("LLM path failed unexpectedly, answering from retrieval: {}", config.redact(String.valueOf(e)));
            return unavailable(retrieval);
        }
    }

    /** One attempt, and one retry for connection errors and 5xx when no text was shown and time is left. */
    private Generation generateWithRetry(LlmPrompt prompt, Consumer<String> partialText) {
        boolean streaming = partialText != null;
        Duration budget = streaming ? config.timeout().multipliedBy(STREAM_TOTAL_TIMEOUTS) : config.timeout();
        long deadline = System.nanoTime() + budget.toNanos();
        AtomicBoolean shown = new AtomicBoolean();
        Consumer<String> visiblePartial = streaming ? raw -> showPartial(raw, partialText, shown) : null;
        Generation generation = attempt(prompt, budget, visiblePartial);
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        if (!generation.succeeded()
                && generation.failure().retriable()
                && !shown.get()
                && left.compareTo(MIN_RETRY_BUDGET) >= 0) {
            LOG.debug(
                    "LLM attempt failed ({}), retrying once",
                    generation.failure().code());
            generation = attempt(prompt, left, visiblePartial);
        }
        return generation;
    }

    private Generation attempt(LlmPrompt prompt, Duration budget, Consumer<String> partialText) {
        if (partialText == null) {
            return generator.generate(prompt, budget);
        }
        Duration stall = config.timeout().compareTo(budget) < 0 ? config.timeout() : budget;
        return generator.stream(prompt, stall, budget, partialText);
    }

    private static void showPartial(String raw, Consumer<String> partialText, AtomicBoolean shown) {
        String visible = Markers.normalize(visible(raw));
        if (visible.isEmpty()) {
            return;
        }
        shown.set(true);
        try {
            partialText.accept(visible);
        } catch (RuntimeException e) {
            LOG.warn("partial text consumer failed: {}", String.valueOf(e));
        }
    }

    /** The model's text without reasoning blocks that some models (Qwen3, DeepSeek-R1) put in the content. */
    static String visible(String raw) {
        return raw == null ? "" : THINKING.matcher(raw).replaceAll("").strip();
    }

    /** The question and the conversation's earlier turns: what the user and the bot have already named. */
    private static List<String> context(Evidence evidence) {
        List<String> context = new ArrayList<>();
        context.add(evidence.request().text());
        context.add(evidence.resolvedQuestion());
        for (Turn t : evidence.history()) {
            context.add(t.question());
            context.add(t.answer());
        }
        return context;
    }

    private Answer llmAnswer(String text, Evidence evidence, StoryText story) {
        String shortened = shorten(text);
        List<Fact> facts = evidence.facts();
        List<Citation> citations = new ArrayList<>();
        Map<String, Integer> renumbered = new HashMap<>();
        Matcher m = Markers.ANY_MARKER.matcher(shortened);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            boolean paragraph = !m.group(1).isEmpty();
            Integer shown = renumbered.computeIfAbsent(m.group(), key -> {
                Citation citation =
                        paragraph ? paragraphCitation(story.paragraph(n), shortened) : factCitation(facts.get(n - 1));
                int index = citations.indexOf(citation);
                if (index < 0) {
                    citations.add(citation);
                    index = citations.size() - 1;
                }
                return index + 1;
            });
            m.appendReplacement(out, "[" + shown + "]");
        }
        m.appendTail(out);
        String finalText = REPEATED_MARKER.matcher(out.toString()).replaceAll("$1");
        List<Citation> shownCitations =
                citations.isEmpty() ? evidence.retrievalAnswer().citations() : citations;
        return new Answer(
                finalText,
                shownCitations,
                Outcome.ANSWERED,
                Mode.LLM,
                generator.modelName(),
                null,
                evidence.language());
    }

    private static Citation factCitation(Fact fact) {
        return new Citation(fact.paragraph(), fact.quote());
    }

    /**
     * A cited paragraph with a verbatim quote from it: the span the answer quotes from it, if any, else its first
     * sentence, cut at a word to {@link #MAX_PARAGRAPH_QUOTE_CHARS}.
     */
    static Citation paragraphCitation(Paragraph paragraph, String answer) {
        String text = paragraph.text().strip();
        Matcher quoted = Pattern.compile("[\"“「]([^\"”」]{8,})[\"”」]").matcher(answer);
        while (quoted.find()) {
            String span = quoted.group(1).strip();
            if (text.contains(span) && span.length() <= MAX_PARAGRAPH_QUOTE_CHARS) {
                return new Citation(paragraph.number(), span);
            }
        }
        Matcher sentenceEnd = Pattern.compile("[.!?。！？](?=\\s|$)").matcher(text);
        String first = sentenceEnd.find() ? text.substring(0, sentenceEnd.end()) : text;
        if (first.length() > MAX_PARAGRAPH_QUOTE_CHARS) {
            int space = first.lastIndexOf(' ', MAX_PARAGRAPH_QUOTE_CHARS);
            first = first.substring(0, space > 0 ? space : MAX_PARAGRAPH_QUOTE_CHARS);
        }
        return new Citation(paragraph.number(), first);
    }

    /** Cuts text over {@link Answer#MAX_TEXT_CHARS} at the last sentence end that fits, else at a word. */
    static String shorten(String text) {
        if (text.length() <= Answer.MAX_TEXT_CHARS) {
            return text;
        }
        String window = text.substring(0, Answer.MAX_TEXT_CHARS);
        int cut = -1;
        Matcher sentenceEnd = Pattern.compile("[.!?](?=\\s)|[。！？]").matcher(window);
        while (sentenceEnd.find()) {
            if (sentenceEnd.end() >= MIN_SENTENCE_CUT) {
                cut = sentenceEnd.end();
            }
        }
        if (cut > 0) {
            return window.substring(0, cut).strip();
        }
        int space = window.lastIndexOf(' ', Answer.MAX_TEXT_CHARS - 1);
        String cutText =
                space > MIN_SENTENCE_CUT ? window.substring(0, space) : window.substring(0, Answer.MAX_TEXT_CHARS - 1);
        int open = cutText.lastIndexOf('[');
        if (open > cutText.lastIndexOf(']')) {
            cutText = cutText.substring(0, open);
        }
        return cutText.strip() + "…";
    }

    private static Answer unavailable(Answer retrieval) {
        if (!retrieval.answered()) {
            return retrieval;
        }
        String note =
                retrieval.optionalNote().map(n -> n + " " + UNAVAILABLE_NOTE).orElse(UNAVAILABLE_NOTE);
        return retrieval.withNote(note);
    }

    /** Closes the generator when it holds resources (threads, connections). */
    @Override
    public void close() {
        if (generator instanceof AutoCloseable) {
            try {
                ((AutoCloseable) generator).close();
            } catch (Exception e) {
                LOG.debug("closing the LLM generator failed: {}", String.valueOf(e));
            }
        }
    }
}
