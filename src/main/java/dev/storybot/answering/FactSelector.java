package dev.storybot.answering;

import dev.storybot.core.Language;
import dev.storybot.knowledge.AnswerType;
import dev.storybot.knowledge.Certainty;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.Candidate;
import dev.storybot.retrieval.EntityMatcher;
import dev.storybot.retrieval.Hit;
import dev.storybot.retrieval.HybridRetriever;
import dev.storybot.retrieval.LexicalRanker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fact-selection stage: retrieves candidate facts for a resolved question, keeps those the evidence gate passes
 * and that give what was asked, and orders them so that every specific thing the question names is covered.
 */
final class FactSelector {

    /**
     * A thing the headline names is what the whole story is about when at least this share of its paragraphs name it
     * too ("Titan" in a story about Titan's map); one the headline names in passing is named in a few.
     */
    static final double SUBJECT_PARAGRAPH_SHARE = 1.0 / 3;

    /** How many fused candidates are considered for an answer. */
    static final int CANDIDATES_CONSIDERED = 6;

    /** The end of a sentence: a full stop, question or exclamation mark, perhaps closing a quote, then a space. */
    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("[.!?][\"”’)]?(?=\\s|$)");

    /** Weight of the best-matching words (relative to the best candidate) next to cosine similarity. */
    private static final double CONTENT_WEIGHT = 0.5;
    /**
     * What a name is read as when the question's cues are read: a word no cue names, of three letters, as a word after
     * "how many" must be to be counted ("how many Port Worth residents").
     */
    private static final String NAME_STAND_IN = "Xxx";
    /** BM25 below this is weak evidence however it compares with the other candidates. */
    private static final double CONTENT_FLOOR = 3.0;

    private static final double CJK_LEXICAL_WEIGHT = 0.2;
    /**
     * Support of a fact from a paragraph beside the last answer's: where a follow-up often goes on. The last answer's
     * own paragraph gets no more: the follow-up's search already carries that answer's names, and weighing its
     * paragraph again (by 1.25) answered follow-ups with the sentence just given (the development sets of the other
     * stories lost 9 turns by it, the bundled story's gained 2).
     */
    static final double NEXT_PARAGRAPH_WEIGHT = 1.1;
    /**
     * How many times better the question's other words must match a fact covering some of its names than one
     * covering all of them before the first is preferred: a stray shared word ("now", "new") is no pointer.
     */
    private static final double WORDS_OUTWEIGH_NAMES = 2.0;
    /**
     * A fact matching at least this share of the best match on the question's words is pointed at about as well: a
     * measure read from words ("how long") picks among those, not among facts the words point elsewhere from.
     */
    private static final double POINTED_AT_SHARE = 0.5;
    /**
     * A quoted number given by at most this many facts points at them: "30" in a story where five facts say 30
     * points at none.
     */
    private static final int PINNING_FACTS = 2;
    /** Kinds of answer almost every fact gives, which single out none. */
    private static final Set<AnswerType> UNSPECIFIC_KINDS =
            Set.of(AnswerType.EVENT, AnswerType.ORGANIZATION, AnswerType.PERSON);
    /** Answer types that only say who or what a fact is about, not what kind of information it gives. */
    private static final Set<AnswerType> NAMING_TYPES =
            Set.of(AnswerType.PERSON, AnswerType.ORGANIZATION, AnswerType.PRODUCT);
    /** A name as written in a sentence: capitalised words in a row ("Thinking Machines Lab"). */
    private static final java.util.regex.Pattern CAPITALISED_NAME =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.\\-]*)*");

    /** Questions asking for a year (a language resource). */
    static final String YEAR_QUESTIONS_RESOURCE = "/language/year-questions.txt";

    private static final java.util.regex.Pattern YEAR_QUESTION =
            CueFile.load(YEAR_QUESTIONS_RESOURCE).get("year");
    /** A year as a fact writes it: four digits from 1500 to 2099, or "年"/"년" after two or four digits. */
    private static final java.util.regex.Pattern YEAR =
            java.util.regex.Pattern.compile("(?<!\\d)(1[5-9]\\d{2}|20\\d{2})(?!\\d)|\\d{2,4}\\s?[年년]");

    /** "Did X say that ...?" forms, with the claim they check (a language resource). */
    static final String CLAIMS_RESOURCE = "/language/claims.txt";

    private static final List<java.util.regex.Pattern> CLAIMS =
            List.copyOf(CueFile.load(CLAIMS_RESOURCE).values());
    /** A fact id no fact has: the claim scores of a claim no fact states. */
    private static final String NO_FACT = "";

    private final KnowledgeBase knowledge;
    /** The stems of the story's words, to tell a thing it never names. */
    private final Set<String> storyStems;
    /** The ids of what the whole story is about (see {@link #storySubjects}): implied by every one of its facts. */
    private final Set<String> storySubjects;

    private final HybridRetriever retriever;
    private final LexicalRanker lexical;
    private final EntityMatcher entities;
    private final EvidenceGate gate;
    private final QuestionWords questionWords;
    private final UnnamedThings unnamedThings = new UnnamedThings();
    private final EnglishGloss gloss = new EnglishGloss();
    private final TimeQualifiers timeQualifiers = new TimeQualifiers();

    FactSelector(
            KnowledgeBase knowledge,
            HybridRetriever retriever,
            LexicalRanker lexical,
            EntityMatcher entities,
            EvidenceGate gate) {
        this.knowledge = knowledge;
        StringBuilder words = new StringBuilder(knowledge.story().title());
        knowledge.paragraphs().forEach(p -> words.append(' ').append(p.text()));
        knowledge
                .entities()
                .forEach(e -> e.allNames().forEach(n -> words.append(' ').append(n)));
        this.storyStems = Set.copyOf(CountedThings.stems(words.toString()));
        this.storySubjects = storySubjects(knowledge, entities);
        this.retriever = retriever;
        this.lexical = lexical;
        this.entities = entities;
        this.gate = gate;
        this.questionWords = new QuestionWords(lexical);
    }

    /**
     * The facts that answer {@code resolved} (the question with what a follow-up leans on), most fitting first; empty
     * when none passes the gate or the question's own names ({@code named}, in {@code original}) cannot all be covered.
     */
    List<Fact> select(
            String resolved,
            String original,
            List<Entity> named,
            Language language,
            boolean readsEnglish,
            Optional<ConversationMemory.Remembered> previous) {
        return select(resolved, original, named, language, readsEnglish, previous, false);
    }

    /**
     * As {@link #select(String, String, List, Language, boolean, Optional)}, but any kind of fact may answer: the
     * facts about what the question takes for granted, when no fact gives the kind it asks for ("why did X rise").
     */
    List<Fact> selectAboutPremise(
            String resolved,
            String original,
            List<Entity> named,
            Language language,
            boolean readsEnglish,
            Optional<ConversationMemory.Remembered> previous) {
        return select(resolved, original, named, language, readsEnglish, previous, true);
    }

    /** Starts the retrieval work that can run ahead (see {@link HybridRetriever#prepare}) for a question likely asked. */
    void prepare(String question) {
        retriever.prepare(question);
    }

    private List<Fact> select(
            String resolved,
            String original,
            List<Entity> named,
            Language language,
            boolean readsEnglish,
            Optional<ConversationMemory.Remembered> previous,
            boolean anyKind) {
        List<Candidate> candidates = retriever.retrieve(resolved);
        Map<String, Double> content = contentScores(resolved);
        boolean followUp = !resolved.equals(original);
        Set<AnswerType> asks = anyKind ? Set.of() : askedKinds(original, resolved, entities);
        boolean computes = QuestionCues.intent(resolved) == Intent.DIFFERENCE;
        if (computes) {
            asks = Set.of(); // the answer is computed from figures, whatever unit the question names
        }
        // "how much more does A cost than B": figures of the kind a cue insists on (prices) come first
        Set<AnswerType> computed =
                computes && !anyKind ? QuestionCues.insistedMeasures(namesMasked(original, entities)) : Set.of();
        // "how many cents cheaper": only a fact giving figures can say
        boolean amountGap = !anyKind && QuestionCues.asksComparativeAmount(resolved);
        boolean earlier = !anyKind && QuestionCues.asksEarlierValue(original);
        // the question's own names must be covered; names carried over from earlier turns only guide retrieval
        Set<String> required = EntityKinds.specific(named);
        Set<String> contextual = resolved.equals(original) ? required : EntityKinds.specific(entities.find(resolved));
        Set<AnswerType> asked = asks;
        // (a premise to correct is looked for in any fact about it, whatever relation the question asks)
        Optional<java.util.regex.Pattern> role = anyKind ? Optional.empty() : QuestionCues.requiredRole(original);
        // "what podcast was he on": a fact saying only "on a podcast" does not say which
        Optional<String> whichOne = unnamedThings.askedNoun(original, language);
        boolean english = language == Language.EN && readsEnglish;
        boolean asksMore = english && !followUp && questionWords.asksMore(entities.withoutEntities(original));
        // "Meta's share last year": only a fact naming that time answers it
        Optional<String> time = timeQualifiers.in(original, language);
        if (time.isPresent()) {
            candidates = candidates.stream()
                    .filter(c -> TimeQualifiers.names(AnswerComposer.answerIn(c.fact(), language), time.get())
                            || TimeQualifiers.names(c.fact().quote(), time.get()))
                    .toList();
        }
        if (whichOne.isPresent() && unnamedOnly(candidates, required, whichOne.get(), language)) {
            return List.of();
        }
        // "which of his companies is it" after a fact saying only "one of his investments": the story does not say
        if (unnamedThings.asksOneOfSeveral(original, language)
                && candidates.stream()
                        .limit(CANDIDATES_CONSIDERED)
                        .filter(c -> contextual.isEmpty()
                                || c.fact().entities().stream().anyMatch(contextual::contains))
                        .anyMatch(c -> unnamedThings.mentionsOneOfSeveral(
                                AnswerComposer.answerIn(c.fact(), language), language))) {
            return List.of();
        }
        // "did he say the US has better chips?": only a fact stating the claim's own words answers it
        Map<String, Double> claimed = claimScores(original);
        boolean asksYear = YEAR_QUESTION.matcher(original).find();
        Set<String> numbers = NumberMentions.in(original);
        boolean countsPeople = PeopleGroups.asksCount(original);
        // "how cold is it, in degrees": only a figure in degrees says
        Optional<String> dimension =
                anyKind ? Optional.empty() : MeasuredDimensions.asked(original, knowledge.facts(), contextual);
        // "how many books": a fact counting books ("with 4,000 books") is the answer, whatever else it says
        Optional<String> counted = anyKind || !numbers.isEmpty()
                ? Optional.empty()
                : CountedThings.asked(original)
                        .map(t -> CountedThings.asWritten(t, storyStems).orElse(t));
        List<Candidate> retrieved = candidates;
        List<Candidate> passing = retrieved.stream()
                .filter(c -> retrieved.indexOf(c) < CANDIDATES_CONSIDERED
                        || countsPeople && countsPeople(c.fact())
                        || measuresNamed(c.fact(), dimension, contextual))
                .filter(c -> {
                    // a number the question quotes from the story counts as a name and as matching words, and so
                    // does a count of people for "how many people", and a measure of what was asked ("how old is
                    // Lee") of a thing the question names
                    boolean quoted = NumberMentions.shares(c.fact(), numbers)
                            || countsPeople && countsPeople(c.fact())
                            || measuresNamed(c.fact(), dimension, contextual)
                            || counted.isPresent()
                                    && CountedThings.counts(c.fact().quote(), counted.get());
                    double words = content.getOrDefault(c.fact().id(), 0.0);
                    // "who makes Lumo" asks a relation: a fact stating it ("Orbix's Lumo") matches more than the name
                    // (of a thing the question names itself: "who makes it" may borrow more than it means)
                    boolean statesRole =
                            role.isPresent() && !required.isEmpty() && hasRole(c.fact(), role.get(), required);
                    // "which journal is the map paper in": a sentence stating the relation asked about ("published
                    // in the journal X") and sharing some of the question's words is as sure as one sharing several
                    boolean statesAsked = words >= EvidenceGate.CONTENT_MATCH
                            && role.isPresent()
                            && hasRole(c.fact(), role.get(), contextual);
                    return gate.passes(
                            c,
                            quoted
                                    ? Math.max(words, EvidenceGate.CONTENT_MATCH)
                                    : statesAsked ? Math.max(words, EvidenceGate.DERIVED_CONTENT_ALONE) : words,
                            english,
                            quoted || c.fact().entities().stream().anyMatch(contextual::contains),
                            asksMore && !quoted && !statesRole,
                            quoted);
                })
                .filter(c -> asked.isEmpty() || answersAsked(c.fact(), asked, role.isPresent() ? contextual : null))
                .filter(c -> !amountGap || !c.fact().figures().isEmpty())
                // "what was it before it dropped": a fact giving only where a figure ended up does not say
                .filter(c -> !earlier || QuestionCues.givesBothEnds(c.fact().quote()))
                .filter(c -> role.isEmpty() || hasRole(c.fact(), role.get(), contextual))
                .filter(c -> claimed.isEmpty() || claimed.containsKey(c.fact().id()))
                .filter(c -> !asksYear || givesYear(c.fact(), language))
                .filter(c -> dimension.isEmpty()
                        || MeasuredDimensions.fromWords(dimension.get())
                        || MeasuredDimensions.gives(c.fact(), dimension.get()))
                .toList();
        if (passing.isEmpty() && role.isPresent() && contextual.isEmpty() && !anyKind) {
            // "who did the study" names nothing the gate can hold a fact to: the facts stating the relation asked
            // about ("said study co-author Ann Lee") answer it, those retrieved first, then the rest in story order
            List<Candidate> everyFact = new ArrayList<>(retrieved);
            knowledge.facts().stream()
                    .filter(f -> retrieved.stream().noneMatch(c -> c.fact().equals(f)))
                    .forEach(f -> everyFact.add(new Candidate(f, 0, 0, 0, 0)));
            passing = everyFact.stream()
                    .filter(c -> hasRole(c.fact(), role.get(), contextual))
                    .filter(c -> asked.isEmpty() || answersAsked(c.fact(), asked, role.isPresent() ? contextual : null))
                    .toList();
        }
        double maxContent = passing.stream()
                .mapToDouble(c -> content.getOrDefault(c.fact().id(), 0.0))
                .max()
                .orElse(0);
        Set<Integer> lastParagraphs = previous.map(this::paragraphsOf).orElse(Set.of());
        passing = passing.stream()
                .sorted(java.util.Comparator.comparingDouble((Candidate c) ->
                        -support(c, content.getOrDefault(c.fact().id(), 0.0), maxContent, language)
                                * nearness(c.fact().paragraph(), lastParagraphs)))
                .toList();
        if (dimension.isPresent() && MeasuredDimensions.fromWords(dimension.get())) {
            // "how long was it": of the facts the question's words point at about as well as at the best, one giving a
            // span of time comes first ("how long is the bridge" is led by its words to the bridge's length instead)
            // (the asking words point at nothing: the "long" of "how long" is no match for "40 metres long")
            Map<String, Double> own = contentScores(MeasuredDimensions.withoutAsking(resolved, dimension.get()));
            double best = passing.stream()
                    .mapToDouble(c -> own.getOrDefault(c.fact().id(), 0.0))
                    .max()
                    .orElse(0);
            double pointedAt = best < EvidenceGate.CONTENT_MATCH ? 0 : POINTED_AT_SHARE * best;
            passing = passing.stream()
                    .sorted(java.util.Comparator.comparingInt(
                            (Candidate c) -> own.getOrDefault(c.fact().id(), 0.0) >= pointedAt
                                            && MeasuredDimensions.gives(c.fact(), dimension.get())
                                    ? 0
                                    : 1))
                    .toList();
        }
        if (!anyKind && timeQualifiers.asksPresent(original, language)) {
            // "how many lose power this time around": a fact about another time ("one last month") comes after
            passing = passing.stream()
                    .sorted(java.util.Comparator.comparingInt((Candidate c) ->
                            TimeQualifiers.namesAnotherTime(c.fact().quote()) ? 1 : 0))
                    .toList();
        }
        // "where was the game played": a fact giving the specific kind asked for (a place) comes first; when none
        // that passed gives it and the story has exactly one such fact (its dateline), that one answers a question
        // naming nothing else
        Set<AnswerType> specific = java.util.EnumSet.noneOf(AnswerType.class);
        specific.addAll(asked);
        specific.removeAll(UNSPECIFIC_KINDS);
        if (!computed.isEmpty()) {
            passing = passing.stream()
                    .sorted(java.util.Comparator.comparingInt(
                            (Candidate c) -> c.fact().answers().stream().anyMatch(computed::contains) ? 0 : 1))
                    .toList();
        }
        if (!specific.isEmpty()) {
            passing = passing.stream()
                    .sorted(java.util.Comparator.comparingInt(
                            (Candidate c) -> c.fact().answers().stream().anyMatch(specific::contains) ? 0 : 1))
                    .toList();
            boolean given =
                    passing.stream().anyMatch(c -> c.fact().answers().stream().anyMatch(specific::contains));
            if (!given && required.isEmpty() && !anyKind) {
                Optional<Fact> sole = soleFactOfKind(specific);
                if (sole.isPresent()) {
                    return List.of(sole.get());
                }
            }
        }
        // "how many counties": a fact counting counties comes before one giving another number, those of the better
        // ranked paragraphs first (the sentence with the count beside the one that matched the question's words);
        // a question giving numbers itself computes with them instead
        if (counted.isPresent()) {
            Map<Integer, Integer> paragraphRank = new HashMap<>();
            for (int i = 0; i < passing.size(); i++) {
                paragraphRank.putIfAbsent(passing.get(i).fact().paragraph(), i);
            }
            passing = passing.stream()
                    .sorted(java.util.Comparator.comparingInt((Candidate c) -> CountedThings.counts(
                                                    c.fact().quote(), counted.get())
                                            || CountedThings.counts(c.fact().answer(), counted.get())
                                    ? 0
                                    : 1)
                            .thenComparingInt(c -> paragraphRank.get(c.fact().paragraph())))
                    .toList();
        }
        if (passing.isEmpty()) {
            return List.of();
        }
        passing = withOtherMeasures(passing, retrieved, resolved, anyKind);
        List<Candidate> ordered = new ArrayList<>(passing);
        boolean gapOfGiven = QuestionCues.intent(resolved) == Intent.DIFFERENCE;
        if (followUp && previous.isPresent() && gapOfGiven) {
            // "so how big is the gap" right after an answer giving two figures: the gap between those
            List<String> given = previous.get().factIds();
            ordered.sort(java.util.Comparator.comparingInt(
                    c -> given.contains(c.fact().id()) ? 0 : 1));
        } else if (followUp && previous.isPresent()) {
            // a follow-up wants something new: prefer facts the previous answer did not already give, unless its own
            // words point at one of them ("cheaper than who?" after an answer saying "cheaper"), or it gives the
            // kind of thing now asked that the earlier question did not ask ("and when do they arrive?" after the
            // price of what "will cost $3 million and arrive next year")
            List<String> given = previous.get().factIds();
            Set<AnswerType> newlyAsked = java.util.EnumSet.noneOf(AnswerType.class);
            newlyAsked.addAll(specific);
            newlyAsked.removeAll(QuestionCues.asks(namesMasked(previous.get().question(), entities)));
            ordered.sort(java.util.Comparator.comparingInt(
                    c -> given.contains(c.fact().id())
                                    && content.getOrDefault(c.fact().id(), 0.0) < EvidenceGate.CONTENT_MATCH
                                    && c.fact().answers().stream().noneMatch(newlyAsked::contains)
                            ? 1
                            : 0));
            // "how long was that" after "did he confess": a measure the earlier question did not ask, with none of its
            // own words to point elsewhere, is the one the last answer gave (the three-hour interview he confessed in);
            // an empty dimension stays empty, and one asked again is no new measure
            Optional<String> newlyMeasured = dimension.filter(d ->
                    !dimension.equals(MeasuredDimensions.asked(previous.get().question())));
            if (newlyMeasured.isPresent() && maxContent < EvidenceGate.CONTENT_MATCH) {
                ordered.sort(java.util.Comparator.comparingInt(
                        c -> given.contains(c.fact().id()) && MeasuredDimensions.gives(c.fact(), newlyMeasured.get())
                                ? 0
                                : 1));
            }
        }
        // "and the third one?" after "when were the first two cases confirmed": a fact naming the third comes first
        Optional<java.util.regex.Pattern> ordinal =
                followUp && previous.isPresent() && QuestionCues.elliptical(original)
                        ? FollowUps.ordinalNamed(original)
                        : Optional.empty();
        if (ordinal.isPresent()) {
            ordered.sort(java.util.Comparator.comparingInt(
                    c -> ordinal.get().matcher(c.fact().quote()).find() ? 0 : 1));
        }
        // a number the question quotes that few facts give ("is $8.8 billion what they pay") points at those facts,
        // whatever names they leave to the sentence before
        List<Candidate> quoting = ordered.stream()
                .filter(c -> NumberMentions.shares(c.fact(), numbers))
                .toList();
        // ... unless it names someone else instead ("did Norland get 12%?" is not answered by Tidal's 12%)
        boolean pinned = !quoting.isEmpty()
                && quotedFacts(numbers) <= PINNING_FACTS
                && quoting.stream().allMatch(c -> namesNoOther(c.fact(), required));
        if (pinned) {
            ordered.sort(java.util.Comparator.comparingInt(c -> quoting.contains(c) ? 0 : 1));
        }
        if (required.isEmpty() || pinned) {
            return ordered.stream().map(Candidate::fact).toList();
        }
        List<Fact> covering = covering(ordered, required, content);
        Set<String> unimplied = new LinkedHashSet<>(required);
        unimplied.removeAll(storySubjects);
        if (!covering.isEmpty() || unimplied.size() == required.size()) {
            return covering;
        }
        // "which journal is the Titan map paper in", in a story about Titan: every sentence of it is about Titan,
        // named there or not, so one of the question's other words answers it ("how did Boeing stock react" in a
        // story about Boeing is not answered by a sentence matching only in meaning)
        List<Candidate> matching = ordered.stream()
                .filter(c -> content.getOrDefault(c.fact().id(), 0.0) >= EvidenceGate.CONTENT_MATCH)
                .toList();
        return unimplied.isEmpty()
                ? matching.stream().map(Candidate::fact).toList()
                : covering(matching, unimplied, content);
    }

    /**
     * "How much older is the kidnapper than the girl": when the story gives exactly two measures of the dimension
     * compared and a fact that passed gives one, the fact giving the other follows the ones that passed, for the
     * difference needs both, and the second may share none of the question's words.
     */
    private List<Candidate> withOtherMeasures(
            List<Candidate> passing, List<Candidate> retrieved, String question, boolean anyKind) {
        Optional<String> compared =
                anyKind ? Optional.empty() : MeasuredDimensions.compared(question, knowledge.facts());
        // with more measures than two, which the question's other side is could only be guessed
        if (compared.isEmpty()
                || MeasuredDimensions.measuresOf(knowledge.facts(), compared.get()) != 2
                || passing.stream().noneMatch(c -> MeasuredDimensions.gives(c.fact(), compared.get()))) {
            return passing;
        }
        List<Candidate> more = new ArrayList<>(passing);
        java.util.stream.Stream.concat(
                        retrieved.stream(), knowledge.facts().stream().map(f -> new Candidate(f, 0, 0, 0, 0)))
                .filter(c -> MeasuredDimensions.gives(c.fact(), compared.get()))
                .filter(c -> more.stream().noneMatch(m -> m.fact().equals(c.fact())))
                .forEach(more::add);
        return more;
    }

    /**
     * The facts of {@code ordered} covering every one of {@code required}, by one fact or by two together, then the
     * rest in order; empty when they cannot all be covered.
     */
    private static List<Fact> covering(List<Candidate> ordered, Set<String> required, Map<String, Double> content) {
        // every specific thing the question names must be covered, by one fact or by two together; one fact that
        // covers them all comes first ("is Tidal bigger than Gull" is answered by the fact giving both), unless the
        // question's other words point at another ("is Tidal's share bigger than Norland's")
        Optional<Candidate> partial = ordered.stream()
                .filter(c -> c.fact().entities().stream().anyMatch(required::contains))
                .findFirst();
        double partialWords =
                partial.map(c -> content.getOrDefault(c.fact().id(), 0.0)).orElse(0.0);
        Optional<Candidate> first = ordered.stream()
                .filter(c -> c.fact().entities().containsAll(required))
                .findFirst()
                .filter(c -> partialWords
                                < WORDS_OUTWEIGH_NAMES
                                        * content.getOrDefault(c.fact().id(), 0.0)
                        || partialWords < EvidenceGate.CONTENT_MATCH)
                .or(() -> partial);
        if (first.isEmpty()) {
            return List.of();
        }
        Set<String> uncovered = new LinkedHashSet<>(required);
        uncovered.removeAll(first.get().fact().entities());
        List<Fact> chosen = new ArrayList<>();
        chosen.add(first.get().fact());
        if (!uncovered.isEmpty()) {
            // prefer a second fact of the same kind as the first (a share next to a share, not a download count)
            Optional<Candidate> second = ordered.stream()
                    .filter(c -> c != first.get())
                    .filter(c -> c.fact().entities().containsAll(uncovered))
                    .min(java.util.Comparator.comparingInt(
                            c -> sameKind(c.fact(), first.get().fact()) ? 0 : 1));
            if (second.isEmpty()) {
                return List.of();
            }
            chosen.add(second.get().fact());
        }
        ordered.stream().map(Candidate::fact).filter(f -> !chosen.contains(f)).forEach(chosen::add);
        return chosen;
    }

    /**
     * The ids of the specific things the headline names that at least {@link #SUBJECT_PARAGRAPH_SHARE} of the
     * paragraphs' facts name too.
     */
    static Set<String> storySubjects(KnowledgeBase knowledge, EntityMatcher entities) {
        long paragraphs = knowledge.paragraphs().size();
        Set<String> subjects = new LinkedHashSet<>();
        for (String id : EntityKinds.specific(entities.find(knowledge.story().title()))) {
            long naming = knowledge.facts().stream()
                    .filter(f -> f.entities().contains(id))
                    .map(Fact::paragraph)
                    .distinct()
                    .count();
            if (paragraphs > 0 && naming >= SUBJECT_PARAGRAPH_SHARE * paragraphs) {
                subjects.add(id);
            }
        }
        return Set.copyOf(subjects);
    }

    /** True when the fact names no specific entity besides {@code required}. */
    private boolean namesNoOther(Fact fact, Set<String> required) {
        List<Entity> named = fact.entities().stream()
                .map(knowledge.entitiesById()::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        return required.containsAll(EntityKinds.specific(named));
    }

    /** How many of the story's facts give one of {@code numbers}. */
    private long quotedFacts(Set<String> numbers) {
        return knowledge.facts().stream()
                .filter(f -> NumberMentions.shares(f, numbers))
                .count();
    }

    /** True when the fact gives a year, in its answer (in the question's language) or its quote. */
    private static boolean givesYear(Fact fact, Language language) {
        return YEAR.matcher(AnswerComposer.answerIn(fact, language)).find()
                || YEAR.matcher(fact.quote()).find();
    }

    /** True when the fact gives a figure counting people ("15 healthy volunteers"). */
    private static boolean countsPeople(Fact fact) {
        return fact.figures().stream().anyMatch(f -> PeopleGroups.counted(f.label()));
    }

    /**
     * True when the candidates mention the thing a question asks "which one" of only without naming it ("on a
     * podcast"): the story does not say which, whatever else the facts say about the same people.
     */
    private boolean unnamedOnly(List<Candidate> candidates, Set<String> named, String noun, Language language) {
        List<String> texts = candidates.stream()
                .limit(CANDIDATES_CONSIDERED)
                .filter(c -> named.isEmpty() || c.fact().entities().stream().anyMatch(named::contains))
                .map(c -> AnswerComposer.answerIn(c.fact(), language))
                .filter(t -> t.toLowerCase(java.util.Locale.ROOT).contains(noun))
                .toList();
        return !texts.isEmpty() && texts.stream().allMatch(t -> unnamedThings.onlyUnnamed(t, noun, language));
    }

    /**
     * How well a gated candidate is supported, to order the candidates that passed: English leans on the
     * embedding, Chinese and Korean (which the embedding model does not read) on matching words.
     */
    /**
     * The one fact giving one of {@code kinds} of answer (a place, a date), when the story has exactly one: a question
     * asking for that kind can mean no other.
     */
    private Optional<Fact> soleFactOfKind(Set<AnswerType> kinds) {
        List<Fact> giving = knowledge.facts().stream()
                .filter(f -> f.answers().stream().anyMatch(kinds::contains))
                .limit(2)
                .toList();
        return giving.size() == 1 ? Optional.of(giving.get(0)) : Optional.empty();
    }

    /** The paragraphs the facts of an earlier answer come from. */
    private Set<Integer> paragraphsOf(ConversationMemory.Remembered turn) {
        Set<Integer> paragraphs = new java.util.HashSet<>();
        turn.factIds().forEach(id -> knowledge.fact(id).ifPresent(f -> paragraphs.add(f.paragraph())));
        return paragraphs;
    }

    /**
     * How much a fact's place in the story adds to its support in a conversation: a follow-up often goes on to the
     * paragraph beside the one the last answer came from.
     */
    static double nearness(int paragraph, Set<Integer> lastParagraphs) {
        boolean beside = lastParagraphs.contains(paragraph - 1) || lastParagraphs.contains(paragraph + 1);
        return !lastParagraphs.contains(paragraph) && beside ? NEXT_PARAGRAPH_WEIGHT : 1.0;
    }

    private static double support(Candidate c, double contentScore, double maxContent, Language language) {
        if (language == Language.EN) {
            return c.semantic() + CONTENT_WEIGHT * contentScore / Math.max(maxContent, CONTENT_FLOOR);
        }
        return contentScore + CJK_LEXICAL_WEIGHT * c.lexical();
    }

    /** True when the fact gives a figure of the dimension asked and names one of the things the question names. */
    private static boolean measuresNamed(Fact fact, Optional<String> dimension, Set<String> named) {
        // ("how old was the man": a question naming nothing takes a measure of the dimension wherever it is given)
        return dimension.isPresent()
                && (named.isEmpty() || fact.entities().stream().anyMatch(named::contains))
                && MeasuredDimensions.gives(fact, dimension.get());
    }

    private boolean hasRole(Fact fact, java.util.regex.Pattern role, Set<String> asked) {
        String sentence = toSentenceEnd(fact);
        String rest = sentence.substring(Math.min(fact.quote().length(), sentence.length()));
        return statesRole(fact.answer() + rest, role, asked)
                || statesRole(sentence, role, asked)
                || fact.keywords().stream().anyMatch(k -> statesRole(k, role, asked));
    }

    /**
     * The fact's quote read on to the end of its sentence, so that what the sentence adds after a clause ("a
     * researcher at X, who was not involved in the study") is part of what it states.
     */
    private String toSentenceEnd(Fact fact) {
        String quote = fact.quote();
        for (dev.storybot.core.Paragraph p : knowledge.paragraphs()) {
            int at = p.number() == fact.paragraph() ? p.text().indexOf(quote) : -1;
            if (at >= 0) {
                java.util.regex.Matcher end = SENTENCE_END.matcher(p.text());
                int to = end.find(at + quote.length()) ? end.end() : p.text().length();
                return p.text().substring(at, to);
            }
        }
        return quote;
    }

    /**
     * True when {@code text} states the relation; a form that only says whose something is ("Meta's Llama", group
     * {@value QuestionCues#OWNED_GROUP}) counts only when what is owned is a thing the question asks about.
     */
    private boolean statesRole(String text, java.util.regex.Pattern role, Set<String> asked) {
        boolean owning = role.pattern().contains("(?<" + QuestionCues.OWNED_GROUP + ">");
        java.util.regex.Matcher m = role.matcher(text);
        while (m.find()) {
            int owned = owning ? m.start(QuestionCues.OWNED_GROUP) : -1;
            if (owned < 0) {
                return true;
            }
            java.util.regex.Matcher name = CAPITALISED_NAME.matcher(text).region(owned, text.length());
            if (name.lookingAt() && entities.find(name.group()).stream().anyMatch(e -> asked.contains(e.id()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameKind(Fact a, Fact b) {
        return a.answers().stream().filter(t -> !NAMING_TYPES.contains(t)).anyMatch(b.answers()::contains);
    }

    /**
     * True when the question counts a thing the story never names ("how many parameters does it have"): something it
     * does not count. {@code own} is the question as asked, when {@code question} is the glossary's English reading
     * of it; a Chinese or Korean question is read through the glossary here.
     */
    boolean countsUnnamed(String question, Language language, String own) {
        boolean english = language == Language.EN;
        if (!english && !QuestionCues.asks(question).contains(AnswerType.NUMBER)) {
            return false; // most questions ask no count: no need to read them through the glossary
        }
        Optional<String> read = english ? Optional.of(question) : gloss.toEnglish(question, language.code(), null);
        boolean glossed = !english || !own.equals(question);
        boolean thingBefore = own.codePoints().anyMatch(FactSelector::putsThingFirst);
        List<String> things = read.map(q -> CountedThings.askedThings(q, glossed, thingBefore))
                .orElse(List.of());
        if (things.isEmpty() || things.stream().anyMatch(t -> CountedThings.named(t, storyStems))) {
            return false;
        }
        // the glossary's word may not be the story's ("passengers" for its "riders"): a fact the glossed question,
        // names aside, reads much like still answers it
        return !glossed
                || retriever.retrieve(entities.withoutEntities(read.get())).stream()
                        .limit(CANDIDATES_CONSIDERED)
                        .noneMatch(c -> c.semantic() >= EvidenceGate.SEMANTIC_SUPPORTED);
    }

    /** True for a letter of a script whose language names the thing counted before "how many" (Korean, Japanese). */
    private static boolean putsThingFirst(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * True when the fact supplies what the question asks; "who said..." is answered by a fact with a named source,
     * and "who makes Lumo", asking a relation, by one naming a person or organisation besides those the question is
     * about ({@code named}, null when the question asks no relation) ("Orbix's Lumo").
     */
    private boolean answersAsked(Fact fact, Set<AnswerType> asked, Set<String> named) {
        if (fact.answers().stream().anyMatch(asked::contains)) {
            return true;
        }
        boolean asksWho = asked.contains(AnswerType.PERSON) && asked.contains(AnswerType.ORGANIZATION);
        // what someone said or reported, or what a group of people does ("developers are turning to ..."), says who
        return asksWho
                && (fact.certainty() == Certainty.SAID
                        || fact.certainty() == Certainty.REPORTED
                        || PeopleGroups.names(fact.answer())
                        || named != null
                                && fact.entities().stream()
                                        .filter(id -> !named.contains(id))
                                        .map(knowledge.entitiesById()::get)
                                        .anyMatch(e -> e != null && EntityKinds.agent(e)));
    }

    /**
     * The facts stating the words of the claim a "did X say ...?" question checks, by how well; empty when the
     * question checks no claim or its claim has no words but names.
     */
    private Map<String, Double> claimScores(String question) {
        Optional<String> checked = CLAIMS.stream()
                .map(p -> p.matcher(question))
                .filter(java.util.regex.Matcher::find)
                .map(m -> m.group("claim"))
                .findFirst();
        if (checked.isEmpty()) {
            return Map.of();
        }
        String claim = entities.withoutEntities(checked.get());
        Map<String, Double> stating = new HashMap<>();
        List<Hit> hits = lexical.rank(claim, knowledge.facts().size());
        if (hits.isEmpty()) {
            return Map.of();
        }
        for (Hit hit : hits) {
            if (hit.score() >= EvidenceGate.CONTENT_MATCH) {
                stating.put(hit.fact().id(), hit.score());
            }
        }
        // a claim whose words no fact states: keep the map non-empty so that nothing passes
        return stating.isEmpty() ? Map.of(NO_FACT, 0.0) : stating;
    }

    /**
     * The kinds of answer the question asks for, read without the names it mentions ("who rescued the girl in Fort
     * Worth" asks no worth); a follow-up asking none by its own words asks what the earlier question it leans on
     * asked, never what the names set after it for context seem to ask.
     */
    static Set<AnswerType> askedKinds(String original, String resolved, EntityMatcher entities) {
        Set<AnswerType> asks = QuestionCues.asks(namesMasked(original, entities));
        if (asks.isEmpty() && !resolved.equals(original)) {
            return QuestionCues.asks(namesMasked(FollowUps.withoutContext(resolved, original), entities));
        }
        return asks;
    }

    /**
     * The text with each name of several words it spells out replaced by {@link #NAME_STAND_IN}, so that its words cue
     * nothing while the question keeps its shape ("Fort Worth is worth how much?" opens with a name, not with "is").
     * A one-word name is left: in "what day was Ann Day rescued" or "what's the price", the word may be the cue.
     */
    static String namesMasked(String text, EntityMatcher entities) {
        return entities.replacing(
                text,
                mention -> {
                    String written =
                            text.substring(mention.start(), mention.end()).strip();
                    return written.contains(" ")
                            && mention.entity().allNames().stream().anyMatch(written::equalsIgnoreCase);
                },
                NAME_STAND_IN);
    }

    private Map<String, Double> contentScores(String question) {
        return lexical.scoresById(entities.withoutEntities(question));
    }
}
