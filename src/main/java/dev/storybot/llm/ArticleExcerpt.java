package dev.storybot.llm;

import dev.storybot.answering.Evidence;
import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the article a prompt carries: all of it when it fits the token budget, else the headline, the lead
 * paragraph and the paragraphs that best match the question, in article order.
 *
 * @param headline   the headline, or ""
 * @param paragraphs the paragraphs carried, in article order
 * @param complete   true when no paragraph was left out
 */
record ArticleExcerpt(String headline, List<Paragraph> paragraphs, boolean complete) {

    /**
     * Latin-script characters per token: English BPE vocabularies average about four characters per token, and the
     * estimate needs no tokenizer of the configured model.
     */
    static final int LATIN_CHARS_PER_TOKEN = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");

    ArticleExcerpt {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Nothing of the article, for prompts built without one. */
    static ArticleExcerpt none() {
        return new ArticleExcerpt("", List.of(), true);
    }

    /**
     * Picks what of {@code story} fits {@code budgetTokens}: paragraphs of the retrieved facts rank first, then those
     * sharing the most words with the question; the headline and the lead paragraph are always kept.
     */
    static ArticleExcerpt select(StoryText story, Evidence evidence, int budgetTokens) {
        List<Paragraph> all = story.paragraphs();
        int total = estimateTokens(story.headline());
        for (Paragraph p : all) {
            total += cost(p);
        }
        if (total <= budgetTokens || all.isEmpty()) {
            return new ArticleExcerpt(story.headline(), all, true);
        }
        Set<Integer> retrieved = new LinkedHashSet<>();
        for (Fact f : evidence.facts()) {
            retrieved.add(f.paragraph());
        }
        Set<String> asked =
                words(evidence.resolvedQuestion() + " " + evidence.request().text());
        List<Paragraph> ranked = new ArrayList<>(all.subList(1, all.size()));
        ranked.sort(Comparator.comparing((Paragraph p) -> !retrieved.contains(p.number()))
                .thenComparing(p -> -overlap(asked, p.text())));
        Paragraph lead = all.get(0);
        List<Paragraph> kept = new ArrayList<>(List.of(lead));
        int used = estimateTokens(story.headline()) + cost(lead);
        for (Paragraph p : ranked) {
            if (used + cost(p) <= budgetTokens) {
                kept.add(p);
                used += cost(p);
            }
        }
        kept.sort(Comparator.comparingInt(Paragraph::number));
        return new ArticleExcerpt(story.headline(), kept, false);
    }

    /** The estimated tokens of the headline and paragraphs carried. */
    int tokens() {
        int sum = estimateTokens(headline);
        for (Paragraph p : paragraphs) {
            sum += cost(p);
        }
        return sum;
    }

    /** The paragraph as the prompt writes it: "[¶n] text". */
    static String line(Paragraph p) {
        return "[¶" + p.number() + "] " + p.text().replaceAll("\\s+", " ").strip();
    }

    private static int cost(Paragraph p) {
        return estimateTokens(line(p)) + 1;
    }

    /** One token per CJK character (Han, Hangul, kana), and one per {@link #LATIN_CHARS_PER_TOKEN} other characters. */
    static int estimateTokens(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int cjk = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                cjk++;
            } else {
                other++;
            }
            i += Character.charCount(cp);
        }
        return cjk + (other + LATIN_CHARS_PER_TOKEN - 1) / LATIN_CHARS_PER_TOKEN;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static int overlap(Set<String> asked, String text) {
        Set<String> found = words(text);
        found.retainAll(asked);
        return found.size();
    }
}
