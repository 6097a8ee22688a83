package dev.storybot.knowledge;

import dev.storybot.core.WordList;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph into sentences, and a sentence too long for one answer into clauses, keeping exact spans. */
final class SentenceSplitter {

    /** Abbreviations a sentence never ends after. */
    static final String ABBREVIATIONS_RESOURCE = "/language/en/abbreviations.txt";

    private static final Set<String> ABBREVIATIONS = WordList.load(ABBREVIATIONS_RESOURCE);
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.\\s*[\"'”’)]*\\s*$");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}");
    /** A quotation closing after "!" or "?", then only spaces. */
    private static final Pattern QUOTE_END = Pattern.compile("[!?][\"'”’]+[ \\t]*$");
    /**
     * Clause boundaries: a semicolon, a dash or a comma. A long sentence is cut at the last boundary that keeps the
     * first piece within the limit, so the piece holding the sentence's subject, quote and speaker is as whole as
     * it can be, and only trailing clauses ("..., who was not involved in the study.") go to the next piece.
     */
    private static final List<Pattern> CLAUSE_BREAKS = List.of(Pattern.compile(";\\s+|\\s+[—–]\\s+|,\\s+"));

    private static final Pattern TRAILING_COMMA = Pattern.compile("[,;]$");

    private final int maxChars;

    /** @param maxChars the longest span one answer may hold; longer sentences are cut at clause boundaries */
    SentenceSplitter(int maxChars) {
        this.maxChars = maxChars;
    }

    /** The paragraph's sentences (or clauses of over-long ones), each an exact substring of it, in order. */
    List<String> split(String paragraph) {
        List<String> spans = new ArrayList<>();
        for (String sentence : sentences(paragraph)) {
            spans.addAll(clauses(sentence));
        }
        return spans;
    }

    static List<String> sentences(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        List<String> sentences = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            pending.append(text, start, end);
            if (!endsWithAbbreviation(pending) && !speakerFollowsQuote(text, pending, end) || end == text.length()) {
                addStripped(sentences, pending.toString());
                pending.setLength(0);
            }
        }
        addStripped(sentences, pending.toString());
        return sentences;
    }

    /**
     * True when a quotation ending in "!" or "?" is followed on its line by a word in lower case: its speaker
     * ("\"We got her!\" officers said."), which no sentence opens with. A capitalised speaker ("\"We got her!\"
     * Officer Lee said.") cannot be told from a new sentence, and "Who won? eBay did." is two sentences.
     */
    private static boolean speakerFollowsQuote(String text, CharSequence pending, int end) {
        if (!QUOTE_END.matcher(pending).find()) {
            return false;
        }
        int next = end;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        return next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    private static boolean endsWithAbbreviation(CharSequence text) {
        Matcher m = LAST_WORD.matcher(text);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1);
        int dot = word.lastIndexOf('.');
        String last = dot >= 0 ? word.substring(dot + 1) : word;
        return INITIAL.matcher(last).matches()
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                || ABBREVIATIONS.contains(last.toLowerCase(Locale.ROOT));
    }

    private List<String> clauses(String sentence) {
        if (sentence.length() <= maxChars) {
            return List.of(sentence);
        }
        for (Pattern boundary : CLAUSE_BREAKS) {
            List<String> parts = cut(sentence, boundary);
            if (parts.size() > 1) {
                List<String> out = new ArrayList<>();
                parts.forEach(p -> out.addAll(clauses(p)));
                return out;
            }
        }
        return List.of(sentence.substring(0, maxChars).strip()); // no boundary at all: the span's start
    }

    /** Pieces cut at the boundaries, each as long as the limit allows; one piece when no cut fits. */
    private List<String> cut(String sentence, Pattern boundary) {
        List<int[]> breaks = new ArrayList<>(); // {end of the piece before, start of the piece after}
        Matcher m = boundary.matcher(sentence);
        while (m.find()) {
            char first = m.group().charAt(0);
            breaks.add(new int[] {first == ',' || first == ';' ? m.start() + 1 : m.start(), m.end()});
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (sentence.length() - start > maxChars) {
            int[] chosen = null;
            for (int[] b : breaks) {
                if (b[0] > start && b[0] - start <= maxChars) {
                    chosen = b;
                }
            }
            if (chosen == null) {
                break;
            }
            pieces.add(TRAILING_COMMA
                    .matcher(sentence.substring(start, chosen[0]).strip())
                    .replaceAll(""));
            start = chosen[1];
        }
        pieces.add(sentence.substring(start).strip());
        return pieces;
    }

    private static void addStripped(List<String> sentences, String sentence) {
        String stripped = sentence.strip();
        if (!stripped.isEmpty()) {
            sentences.add(stripped);
        }
    }
}
