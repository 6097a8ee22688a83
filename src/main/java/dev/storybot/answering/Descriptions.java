package dev.storybot.answering;

import dev.storybot.core.Language;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that resolves a description in a follow-up ("and the vc guy?") to the one entity
 * the story describes with those words, and puts its name into the question.
 */
final class Descriptions {

    /** The description patterns per language (a language resource). */
    static final String RESOURCE = "/language/descriptions.txt";
    /** Abbreviations and the words the story writes for them (a language resource). */
    static final String EXPANSIONS_RESOURCE = "/language/en/abbreviation-expansions.properties";

    /** Words shorter than this ("a", "of") say nothing about which entity is meant. */
    private static final int MIN_WORD_CHARS = 2;

    private static final Map<String, Pattern> CUES = CueFile.load(RESOURCE);
    private static final Properties EXPANSIONS = dev.storybot.core.WordList.properties(EXPANSIONS_RESOURCE);
    /** Words that say which of several, not what: "the other guy", "the first company". */
    private static final java.util.Set<String> FUNCTION_WORDS =
            dev.storybot.core.WordList.load("/language/en/function-words.txt");

    private final KnowledgeBase knowledge;

    Descriptions(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** True when the question describes the owner of something ("the ex-openai cto's startup"). */
    boolean describesOwner(String question, Language language) {
        Pattern cue = CUES.get(language.name().toLowerCase(Locale.ROOT));
        if (cue == null || !cue.pattern().contains("(?<owner>")) {
            return false;
        }
        Matcher m = cue.matcher(question);
        return m.find() && m.group("owner") != null;
    }

    /**
     * True when the question describes someone by a job title with no noun after it ("which lab did the ex-openai
     * cto found"): like an owner, that says who is meant even in a first question.
     */
    boolean describesByTitle(String question, Language language) {
        Pattern cue = CUES.get(language.name().toLowerCase(Locale.ROOT));
        if (cue == null || !cue.pattern().contains("(?<title>")) {
            return false;
        }
        Matcher m = cue.matcher(question);
        return m.find() && m.group("title") != null;
    }

    /** The question with a description replaced by the name of the one entity it fits; unchanged otherwise. */
    String resolve(String question, Language language) {
        Pattern cue = CUES.get(language.name().toLowerCase(Locale.ROOT));
        if (cue == null) {
            return question;
        }
        Matcher m = cue.matcher(question);
        if (!m.find()) {
            return question;
        }
        List<String> words = words(m.group("words"), language);
        if (words.isEmpty()) {
            return question;
        }
        Optional<Entity> described = describedBy(words, language);
        if (described.isEmpty()) {
            return question;
        }
        String name = ListAnswers.localName(described.get(), language);
        if (cue.pattern().contains("(?<owner>") && m.group("owner") != null) {
            // "the ex-norland cto's firm": the description is the owner; what is owned stays in the question
            return question.substring(0, m.start()) + name + m.group("owner") + question.substring(m.end("owner"));
        }
        return question.substring(0, m.start()) + name + question.substring(m.end());
    }

    private static List<String> words(String described, Language language) {
        List<String> words = new ArrayList<>();
        if (language != Language.EN) {
            words.add(described.strip());
            return words;
        }
        for (String word : described.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
            String expanded = EXPANSIONS.getProperty(word, word);
            for (String w : expanded.split("\\s+")) {
                if (w.length() >= MIN_WORD_CHARS && !FUNCTION_WORDS.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** The one entity whose facts (those about it first) hold every word; empty when none or several do. */
    private Optional<Entity> describedBy(List<String> words, Language language) {
        Entity found = null;
        for (Entity entity : knowledge.entities()) {
            StringBuilder text = new StringBuilder();
            for (Fact fact : knowledge.facts()) {
                if (!fact.entities().isEmpty() && fact.entities().get(0).equals(entity.id())) {
                    text.append(AnswerComposer.answerIn(fact, language)).append(' ');
                }
            }
            String lower = text.toString().toLowerCase(Locale.ROOT);
            boolean all = !lower.isBlank() && words.stream().allMatch(w -> containsWord(lower, w, language));
            if (all) {
                if (found != null) {
                    return Optional.empty();
                }
                found = entity;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean containsWord(String text, String word, Language language) {
        if (language != Language.EN) {
            return text.contains(word);
        }
        return Pattern.compile("\\b" + Pattern.quote(word)).matcher(text).find();
    }
}
