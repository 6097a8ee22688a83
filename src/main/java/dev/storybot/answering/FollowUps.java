package dev.storybot.answering;

import dev.storybot.core.Language;
import dev.storybot.knowledge.Entity;
import dev.storybot.retrieval.EntityMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reference-resolution stage: rewrites a follow-up so that it says what it leans on ("he", "their", "the vc guy",
 * "and Llama?", "why?") with the names the conversation gives.
 */
final class FollowUps {

    /** How the names of the last answer are set after a short follow-up for context: " (Orbix, Ann Lee)". */
    private static final String CONTEXT_OPEN = " (";

    private static final String CONTEXT_CLOSE = ")";

    /** The cues of elliptical follow-ups, read once: the ordinals below are among them. */
    private static final Map<String, Pattern> ELLIPSIS_CUES = CueFile.load(QuestionCues.ELLIPSIS_RESOURCE);

    /** How a follow-up names each ordinal ("the third one", "第三个", "세 번째"), first to last: a language resource. */
    private static final List<Pattern> ORDINALS = ordinals("ordinal.");

    /** How an earlier question or a fact writes each ordinal ("a third case"), first to last: a language resource. */
    private static final List<Pattern> ORDINAL_WORDS = ordinals("ordinal-word.");

    private static List<Pattern> ordinals(String prefix) {
        return ELLIPSIS_CUES.entrySet().stream()
                .filter(cue -> cue.getKey().startsWith(prefix))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** A follow-up of at most this many words names too little to be answered on its own words. */
    static final int SHORT_FOLLOW_UP_WORDS = 6;

    /** Longest question after a follow-up borrows the earlier one's words: a question and a half is plenty. */
    static final int MAX_RESOLVED_CHARS = 1_500;

    private final EntityMatcher entities;
    private final ConversationMemory memory;
    private final Map<String, Entity> entitiesById;
    private final Pronouns pronouns = new Pronouns();
    private final Descriptions descriptions;
    private final WhichOfSeveral whichOfSeveral;

    FollowUps(
            EntityMatcher entities,
            ConversationMemory memory,
            Map<String, Entity> entitiesById,
            Descriptions descriptions,
            WhichOfSeveral whichOfSeveral) {
        this.entities = entities;
        this.whichOfSeveral = whichOfSeveral;
        this.memory = memory;
        this.entitiesById = entitiesById;
        this.descriptions = descriptions;
    }

    /**
     * The question with a pronoun replaced by the one person the last answer was about, if it names no person, or
     * a description ("the vc guy") by the one entity the story describes so, in a conversation that has begun.
     */
    String withPerson(String typed, Language language, String conversation) {
        String text = whichOfSeveral.resolve(typed, language, memory.turns(conversation));
        // a description of an owner ("the ex-norland cto's firm") or by a bare title ("did the ex-norland cto found")
        // says who is meant even in a first question
        boolean namesPerson = entities.find(text).stream().anyMatch(EntityKinds::person);
        if (entities.find(text).isEmpty()
                || !namesPerson
                        && (descriptions.describesOwner(text, language)
                                || descriptions.describesByTitle(text, language))) {
            String described = descriptions.resolve(text, language);
            if (!described.equals(text)) {
                return described;
            }
        }
        if (entities.find(text).stream().anyMatch(EntityKinds::person)) {
            return text;
        }
        Optional<ConversationMemory.Remembered> last = memory.lastAnswered(conversation);
        if (last.isEmpty()) {
            return text;
        }
        List<Entity> people = last.get().entityIds().stream()
                .map(entitiesById::get)
                .filter(java.util.Objects::nonNull)
                .filter(EntityKinds::person)
                .distinct()
                .toList();
        List<Entity> asked = entities.find(last.get().resolvedQuestion()).stream()
                .filter(EntityKinds::person)
                .toList();
        Optional<Entity> person = people.size() == 1
                ? Optional.of(people.get(0))
                : asked.size() == 1 ? Optional.of(asked.get(0)) : Optional.empty();
        String resolved = pronouns.resolve(text, language, person);
        return resolved.equals(text) ? withGroup(text, language, conversation) : resolved;
    }

    /**
     * The question with a pronoun for a company, lab or model ("their research", "他们的研究") replaced by the one
     * such thing the latest question that named any asked about; unchanged when that question named several.
     */
    private String withGroup(String text, Language language, String conversation) {
        if (!EntityKinds.specific(entities.find(text)).isEmpty() || !pronouns.hasGroupPronoun(text, language)) {
            return text;
        }
        List<ConversationMemory.Remembered> turns = memory.turns(conversation);
        for (int i = turns.size() - 1; i >= 0; i--) {
            List<Entity> things = entities.find(withoutContext(turns.get(i))).stream()
                    .filter(e -> !EntityKinds.person(e) && !EntityKinds.generic(e))
                    .distinct()
                    .toList();
            if (things.size() == 1) {
                return pronouns.resolveGroup(text, language, things.get(0));
            }
            if (things.size() > 1) {
                return text;
            }
        }
        return text;
    }

    /**
     * The turn's resolved question without the names of the answer before it that {@link #resolve} appended for
     * context ("how many of those r maintenance (Claure, U.S)"): the question never asked about those.
     */
    private static String withoutContext(ConversationMemory.Remembered turn) {
        return withoutContext(turn.resolvedQuestion(), turn.question());
    }

    /** As {@link #withoutContext(ConversationMemory.Remembered)}, for a question resolved as {@code resolved}. */
    static String withoutContext(String resolved, String question) {
        return resolved.startsWith(question + CONTEXT_OPEN) && resolved.endsWith(CONTEXT_CLOSE) ? question : resolved;
    }

    /** The question with the names of the answer before it appended for context (see {@link #withoutContext}). */
    static String withContext(String text, String names) {
        return text + CONTEXT_OPEN + names + CONTEXT_CLOSE;
    }

    String resolve(String text, List<Entity> named, Optional<ConversationMemory.Remembered> previous) {
        if (previous.isEmpty()) {
            return text;
        }
        ConversationMemory.Remembered last = previous.get();
        // "by what percent?", "how much did it grow": a computation on what the earlier question asked about;
        // "去年呢？", "and last year?": the earlier question of another time (not "and what model does it use?")
        boolean computes = QuestionCues.intent(text) == Intent.DIFFERENCE || QuestionCues.asksChange(text);
        // a computation naming only what the last question asked about ("how much bigger is Qwen" after "qwen
        // downloads?", its "the first one" resolved), or in a few words only what the last answer named ("미국보다
        // 얼마나 뒤처져 있다고?" after an answer about the US), leans on that question as much as one naming nothing
        List<Entity> lastAsked = entities.find(last.resolvedQuestion());
        boolean onlyLastNames = !named.isEmpty()
                && (lastAsked.containsAll(named)
                        || isShort(text)
                                && named.stream().allMatch(e -> last.entityIds().contains(e.id())));
        boolean subjectless = named.isEmpty() && QuestionCues.namesNoSubject(text) || computes && onlyLastNames;
        if (computes && subjectless
                || QuestionCues.elliptical(text)
                        && (!named.isEmpty() || isShort(text) && !QuestionCues.hasQuestionWord(text))) {
            // "and last year?", "and the third one?" ask the earlier question of another time or one; a computation
            // ("by what percent did it grow from 2022?") needs every time the earlier question named
            String earlier = last.resolvedQuestion();
            return borrow(computes ? earlier : withOrdinalOf(TimeQualifiers.withTimeOf(earlier, text), text), text);
        }
        if (named.isEmpty()
                && (QuestionCues.followsUp(text)
                        // a few words naming a thing of their own ("what's the boat called") ask about that thing
                        || text.split("\\s+").length <= 4 && !QuestionCues.namesOwnThing(text)
                        || Language.detect(text) != Language.EN && text.length() <= 12)) {
            String context = last.entityIds().stream()
                    .map(entitiesById::get)
                    .map(Entity::name)
                    .collect(Collectors.joining(", "));
            return withContext(text, context);
        }
        return text;
    }

    /**
     * {@code earlier} without its ordinals when {@code followUp} names one ("and the third one?" after "when were the
     * 1st two cases confirmed"): the follow-up asks the earlier question of its own ordinal.
     */
    static String withOrdinalOf(String earlier, String followUp) {
        if (ordinalNamed(followUp).isEmpty()) {
            return earlier;
        }
        String without = earlier;
        for (Pattern ordinal : ORDINAL_WORDS) {
            without = ordinal.matcher(without).replaceAll("");
        }
        return without.replaceAll("\\s{2,}", " ").strip();
    }

    /**
     * How a fact writes the ordinal an elliptical follow-up names ("and the third one?": "a third case"), when it
     * names one.
     */
    static Optional<Pattern> ordinalNamed(String followUp) {
        for (int n = 0; n < ORDINALS.size() && n < ORDINAL_WORDS.size(); n++) {
            if (ORDINALS.get(n).matcher(followUp).find()) {
                return Optional.of(ORDINAL_WORDS.get(n));
            }
        }
        return Optional.empty();
    }

    /** True for a message of a few words ("and how bad was it?"), which leans on the conversation for its subject. */
    static boolean isShort(String text) {
        return text.strip().split("\\s+").length <= SHORT_FOLLOW_UP_WORDS;
    }

    /**
     * The earlier question's words followed by {@code text}, at most {@link #MAX_RESOLVED_CHARS} long: the earlier
     * part is cut from its start (at a word) so that a chain of follow-ups cannot grow the question without end.
     */
    static String borrow(String earlier, String text) {
        int room = MAX_RESOLVED_CHARS - text.length() - 1;
        if (room <= 0) {
            return text;
        }
        String kept = earlier;
        if (kept.length() > room) {
            kept = kept.substring(kept.length() - room);
            int space = kept.indexOf(' ');
            kept = space < 0 ? "" : kept.substring(space + 1);
        }
        return kept.isEmpty() ? text : kept + " " + text;
    }
}
