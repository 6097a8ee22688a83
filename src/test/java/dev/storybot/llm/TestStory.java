package dev.storybot.llm;

import dev.storybot.answering.Evidence;
import dev.storybot.answering.EvidenceSource;
import dev.storybot.answering.Turn;
import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.AnswerType;
import dev.storybot.knowledge.Certainty;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import dev.storybot.knowledge.Translation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts copied from the real article, and a test {@link EvidenceSource} that hands them out. */
final class TestStory {

    static final Fact QWEN_DOWNLOADS = new Fact(
            "qwen-downloads",
            4,
            "the Qwen model reached a cumulative download count of 385.3 million times on the AI open-source platform "
                    + "Huggingface, surpassing Meta's Llama (346.2 million times)",
            "Qwen reached 385.3 million cumulative downloads on Hugging Face this year, surpassing Meta's Llama "
                    + "(346.2 million).",
            "the article",
            Certainty.STATED,
            List.of("qwen", "llama", "meta", "hugging-face"),
            List.of("downloads", "Hugging Face"),
            List.of(AnswerType.NUMBER),
            List.of(
                    new Figure("Qwen cumulative downloads on Hugging Face", 385.3, "million"),
                    new Figure("Meta's Llama cumulative downloads on Hugging Face", 346.2, "million")),
            List.of("How many times was Qwen downloaded?"),
            new Translation("今年Qwen模型在Hugging Face上的累计下载量达到3.853亿次，超过Meta的Llama（3.462亿次）。", List.of("下载量")),
            new Translation(
                    "올해 Qwen 모델은 허깅페이스에서 누적 다운로드 3억 8530만 회를 기록해 메타의 Llama(3억 4620만 회)를 넘어섰다.", List.of("다운로드")));

    static final Fact QWEN_SHARE = new Fact(
            "qwen-share",
            4,
            "More than 40% of new language models uploaded to Huggingface originated from Qwen, while the proportion "
                    + "of models based on Meta dropped sharply to 15%",
            "More than 40% of new language models uploaded to Hugging Face came from Qwen, while the share based on "
                    + "Meta's models dropped sharply to 15%.",
            "the article",
            Certainty.STATED,
            List.of("qwen", "meta"),
            List.of("share", "new models"),
            List.of(AnswerType.PERCENTAGE),
            List.of(
                    new Figure("Share of new Hugging Face language models derived from Qwen", 40, "percent"),
                    new Figure("Share of new Hugging Face language models based on Meta", 15, "percent")),
            List.of(),
            null,
            null);

    static final Fact CURSOR_DEEPSEEK = new Fact(
            "cursor-deepseek",
            3,
            "The $1 billion valuation Cursor is suspected of using the Chinese DeepSeek model in its newly released "
                    + "programming platform",
            "Cursor, a startup valued at $1 billion, is suspected of using China's DeepSeek model in its newly "
                    + "released programming platform.",
            "the article",
            Certainty.SUSPECTED,
            List.of("cursor", "deepseek"),
            List.of("Cursor", "DeepSeek"),
            List.of(AnswerType.PRODUCT),
            List.of(new Figure("Cursor valuation", 1, "billion dollars")),
            List.of(),
            null,
            null);

    static final List<Fact> FACTS = List.of(QWEN_DOWNLOADS, QWEN_SHARE, CURSOR_DEEPSEEK);

    static final String DOWNLOADS_QUESTION = "Which model has more downloads, Qwen or Llama?";
    static final String CURSOR_QUESTION = "What is Cursor suspected of?";
    static final String UNCOVERED_QUESTION = "What is the weather in Seoul tomorrow?";

    private static final Pattern NUMBERED = Pattern.compile("^\\[(\\d+)] (.+)$");

    private TestStory() {}

    /** The real article's numbered paragraphs. */
    static List<Paragraph> article() {
        try {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("knowledge/article.txt"), StandardCharsets.UTF_8)) {
                Matcher m = NUMBERED.matcher(line.strip());
                if (m.matches()) {
                    paragraphs.add(new Paragraph(Integer.parseInt(m.group(1)), m.group(2)));
                }
            }
            return paragraphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer retrieval would give from {@code facts}: their answer sentences, citing their quotes. */
    static Answer retrievalAnswer(List<Fact> facts, Language language) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Fact f : facts) {
            text.append(text.length() == 0 ? "" : " ").append(f.answer());
            citations.add(new Citation(f.paragraph(), f.quote()));
        }
        return new Answer(text.toString(), citations, Outcome.ANSWERED, Mode.RETRIEVAL, null, null, language);
    }

    /** Evidence for the downloads question: the downloads fact first, then the share fact. */
    static Evidence downloadsEvidence(ChatRequest request) {
        List<Fact> facts = List.of(QWEN_DOWNLOADS, QWEN_SHARE);
        return new Evidence(
                request,
                Language.detect(request.text()),
                request.text(),
                facts,
                retrievalAnswer(List.of(QWEN_DOWNLOADS), Language.detect(request.text())),
                List.of());
    }

    /** Answers covered questions with the matching facts and refuses everything else. */
    static final class Source implements EvidenceSource {

        final AtomicInteger gathered = new AtomicInteger();
        private final List<Turn> history;

        Source() {
            this(List.of());
        }

        Source(List<Turn> history) {
            this.history = List.copyOf(history);
        }

        @Override
        public Evidence gather(ChatRequest request) {
            gathered.incrementAndGet();
            Language language = Language.detect(request.text());
            String q = request.text().toLowerCase();
            List<Fact> facts;
            if (q.contains("download") || q.contains("下载") || q.contains("다운로드")) {
                facts = List.of(QWEN_DOWNLOADS, QWEN_SHARE);
            } else if (q.contains("cursor")) {
                facts = List.of(CURSOR_DEEPSEEK);
            } else {
                Answer refused = new Answer(
                        "The story doesn't say. Try asking about Qwen's downloads.",
                        List.of(),
                        Outcome.REFUSED,
                        Mode.RETRIEVAL,
                        null,
                        null,
                        language);
                return new Evidence(request, language, request.text(), List.of(), refused, history);
            }
            return new Evidence(
                    request, language, request.text(), facts, retrievalAnswer(facts.subList(0, 1), language), history);
        }
    }
}
