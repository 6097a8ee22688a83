package dev.storybot.answering;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.storybot.core.Answer;
import dev.storybot.core.Answerer;
import dev.storybot.core.ChatRequest;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.knowledge.AnswerType;
import dev.storybot.knowledge.Certainty;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.Candidate;
import dev.storybot.retrieval.EntityMatcher;
import dev.storybot.retrieval.EntityRanker;
import dev.storybot.retrieval.Hit;
import dev.storybot.retrieval.HybridRetriever;
import dev.storybot.retrieval.LexicalRanker;
import dev.storybot.retrieval.SemanticRanker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The no-LLM answerer: composes answers from the curated facts alone, with no model and no network.
 *
 * <p>It validates the input, handles greetings, refuses injection attempts and questions the story does not cover,
 * resolves follow-ups from the conversation, retrieves and gates facts, and composes a direct answer (combining two
 * facts or computing a difference when the question needs it) in the question's language, with citations.
 */
public final class RetrievalAnswerer implements Answerer, EvidenceSource {

    /** Longest question accepted, in characters. */
    public static final int MAX_QUESTION_CHARS = 1_000;
    /** Longest question after a follow-up borrows the earlier one's words: a question and a half is plenty. */
    static final int MAX_RESOLVED_CHARS = 1_500;
    /** How many fused candidates are considered for an answer. */
    static final int CANDIDATES_CONSIDERED = 6;

    private static final int SUGGESTIONS = 3;
    /** Weight of the best-matching words (relative to the best candidate) next to cosine similarity. */
    private static final double CONTENT_WEIGHT = 0.5;
    /** BM25 below this is weak evidence however it compares with the other candidates. */
    private static final double CONTENT_FLOOR = 3.0;

    private static final double CJK_LEXICAL_WEIGHT = 0.2;
    /**
     * How many times better the question's other words must match a fact covering some of its names than one
     * covering all of them before the first is preferred: a stray shared word ("now", "new") is no pointer.
     */
    private static final double WORDS_OUTWEIGH_NAMES = 2.0;
    /** Answer types that only say who or what a fact is about, not what kind of information it gives. */
    private static final Set<AnswerType> NAMING_TYPES =
            Set.of(AnswerType.PERSON, AnswerType.ORGANIZATION, AnswerType.PRODUCT);

    private static final Set<String> GENERIC_ENTITY_TYPES = Set.of("country", "place");
    /** Entity type of newspapers and other outlets, whose pieces a conversation can be about. */
    private static final String PUBLICATION_TYPE = "publication";
    /** A name as written in a sentence: capitalised words in a row ("Thinking Machines Lab"). */
    private static final java.util.regex.Pattern CAPITALISED_NAME =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.\\-]*)*");

    private final KnowledgeBase knowledge;
    private final HybridRetriever retriever;
    private final LexicalRanker lexical;
    private final EntityMatcher entities;
    private final UnknownNames unknownNames;
    private final EvidenceGate gate;
    private final ConversationMemory memory;
    private final Map<String, Entity> entitiesById;
    private final AnswerComposer composer;
    private final StoryQuestions storyQuestions;
    private final StoryAnswers storyAnswers;
    private final ListQuestions listQuestions = new ListQuestions();
    private final SmallTalk smallTalk = new SmallTalk();
    private final ListAnswers listAnswers;
    private final EntityQuestions entityQuestions;
    private final EntityAnswers entityAnswers;
    private final ArithmeticQuestions arithmeticQuestions;
    private final ArithmeticAnswers arithmeticAnswers = new ArithmeticAnswers();
    private final Pronouns pronouns;
    private final Descriptions descriptions;
    private final QuestionWords questionWords;
    private final OtherLanguages otherLanguages = new OtherLanguages();
    private final TwoQuestions twoQuestions = new TwoQuestions();
    private final OutOfScope outOfScope = new OutOfScope();
    private final UnnamedThings unnamedThings = new UnnamedThings();
    private final TimeQualifiers timeQualifiers = new TimeQualifiers();

    public RetrievalAnswerer(
            KnowledgeBase knowledge,
            HybridRetriever retriever,
            LexicalRanker lexical,
            EntityMatcher entities,
            EvidenceGate gate,
            ConversationMemory memory) {
        this.knowledge = knowledge;
        this.retriever = retriever;
        this.lexical = lexical;
        this.entities = entities;
        this.unknownNames = new UnknownNames(knowledge);
        this.gate = gate;
        this.memory = memory;
        this.entitiesById = knowledge.entitiesById();
        this.composer = new AnswerComposer(knowledge, entities);
        this.storyAnswers = new StoryAnswers(knowledge, entities);
        this.storyQuestions = new StoryQuestions(knowledge, storyAnswers.ownSources());
        this.listAnswers = new ListAnswers(knowledge);
        this.entityQuestions = new EntityQuestions(entities, List.copyOf(GENERIC_ENTITY_TYPES));
        this.entityAnswers = new EntityAnswers(knowledge);
        this.questionWords = new QuestionWords(lexical);
        this.pronouns = new Pronouns();
        this.descriptions = new Descriptions(knowledge);
        this.arithmeticQuestions = new ArithmeticQuestions(knowledge, List.copyOf(GENERIC_ENTITY_TYPES));
    }

    /** Builds the indexes (BM25 and embeddings) over {@code knowledge} and returns a ready answerer. */
    public static RetrievalAnswerer create(KnowledgeBase knowledge, EmbeddingModel embeddingModel) {
        return create(knowledge, new LexicalRanker(knowledge), new SemanticRanker(knowledge, embeddingModel));
    }

    /** A ready answerer over indexes built elsewhere (start-up builds the two in parallel). */
    public static RetrievalAnswerer create(KnowledgeBase knowledge, LexicalRanker lexical, SemanticRanker semantic) {
        return create(knowledge, lexical, semantic, new ConversationMemory());
    }

    /** As {@link #create(KnowledgeBase, LexicalRanker, SemanticRanker)}, remembering conversations in {@code memory}. */
    public static RetrievalAnswerer create(
            KnowledgeBase knowledge, LexicalRanker lexical, SemanticRanker semantic, ConversationMemory memory) {
        EntityMatcher matcher = new EntityMatcher(knowledge.entities());
        HybridRetriever retriever = new HybridRetriever(lexical, semantic, new EntityRanker(knowledge, matcher));
        return new RetrievalAnswerer(knowledge, retriever, lexical, matcher, new EvidenceGate(), memory);
    }

    @Override
    public Answer answer(ChatRequest request) {
        return gather(request).retrievalAnswer();
    }

    @Override
    public Evidence gather(ChatRequest request) {
        String text = InputText.clean(request.text());
        Optional<List<String>> parts = twoQuestions.split(text);
        if (parts.isPresent()) {
            String firstPart = parts.get().get(0);
            Evidence first = gatherOne(request, firstPart);
            Evidence second =
                    gatherOne(request, withNamesOf(firstPart, parts.get().get(1)));
            Optional<Evidence> both = combine(request, text, first, second);
            if (both.isPresent()) {
                return both.get();
            }
        }
        return gatherOne(request, text);
    }

    /**
     * The second of two questions in one message, with the names the first gives when it gives none of its own
     * ("how much is Cursor worth and which model does it use"): it is about the same thing.
     */
    private String withNamesOf(String first, String second) {
        List<Entity> named = entities.find(first).stream()
                .filter(e -> !GENERIC_ENTITY_TYPES.contains(e.type()))
                .toList();
        if (named.isEmpty() || !specific(entities.find(second)).isEmpty()) {
            return second;
        }
        return second + " (" + named.stream().map(Entity::name).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The answers to two questions asked in one message as one answer: both when both are answered and fit, else
     * the one that is answered; empty when neither is.
     */
    private static Optional<Evidence> combine(ChatRequest request, String text, Evidence first, Evidence second) {
        Answer a = first.retrievalAnswer();
        Answer b = second.retrievalAnswer();
        if (!a.answered() || !b.answered()) {
            return a.answered() ? Optional.of(first) : b.answered() ? Optional.of(second) : Optional.empty();
        }
        String joined = a.text() + (first.language() == Language.ZH ? "" : " ") + b.text();
        if (joined.length() > Answer.MAX_TEXT_CHARS) {
            return Optional.of(first);
        }
        List<Citation> citations = new ArrayList<>(a.citations());
        b.citations().stream().filter(c -> !citations.contains(c)).forEach(citations::add);
        List<Fact> facts = new ArrayList<>(first.facts());
        second.facts().stream().filter(f -> !facts.contains(f)).forEach(facts::add);
        String note = a.note() == null ? b.note() : a.note();
        Answer answer = new Answer(joined, citations, Outcome.ANSWERED, Mode.RETRIEVAL, null, note, first.language());
        return Optional.of(new Evidence(request, first.language(), text, facts, answer, first.history()));
    }

    private Evidence gatherOne(ChatRequest request, String text) {
        Optional<String> other = otherLanguages.detect(text);
        if (other.isEmpty()) {
            return gather(request, text, Language.detect(text), true);
        }
        // a language without translated facts: answered in English, judged by the names it mentions, with a note
        Evidence evidence = gather(request, text, Language.EN, false);
        return evidence.withNote(otherLanguages.note(other.get()));
    }

    private Evidence gather(ChatRequest request, String typed, Language language, boolean readsEnglish) {
        String conversation = request.conversationId();
        String personal = withPerson(typed, language, conversation);
        // "what's the gist of it" right after a question naming another outlet's piece is about that piece: its
        // gist is what the outlet said; "what's it called" goes on to retrieval with the outlet's name
        Optional<StoryQuestions.Kind> storyKind = storyQuestions.classify(personal, entities.find(personal));
        Optional<Entity> piece = storyKind.isPresent() ? pieceJustNamed(personal, conversation) : Optional.empty();
        boolean pieceSummary = piece.isPresent() && storyKind.get() == StoryQuestions.Kind.SUMMARY;
        String text = piece.isPresent() && !pieceSummary
                ? personal + " (" + piece.get().name() + ")"
                : personal;
        List<Turn> history = memory.turns(conversation).stream()
                .map(t -> new Turn(t.question(), t.answer()))
                .toList();

        if (text.isEmpty()) {
            String example = knowledge.exampleQuestions(language).get(0);
            return unanswered(
                    request, language, text, history, Outcome.INVALID_INPUT, Messages.empty(language, example));
        }
        if (text.length() > MAX_QUESTION_CHARS) {
            return unanswered(
                    request,
                    language,
                    text,
                    history,
                    Outcome.INVALID_INPUT,
                    Messages.tooLong(language, text.length(), MAX_QUESTION_CHARS));
        }
        Optional<SmallTalk.Kind> chat = smallTalk.classify(text);
        if (chat.isPresent()) {
            return unanswered(
                    request,
                    language,
                    text,
                    history,
                    Outcome.SMALL_TALK,
                    chat.get().welcome()
                            ? Messages.welcome(language)
                            : Messages.intro(language, knowledge.meta().title(), suggestions(language, List.of())));
        }
        List<Entity> named = entities.find(text);
        // a name the story never uses ("Sam Altman", "Mistral") means the question is about something else
        boolean namesStranger = language == Language.EN
                && readsEnglish
                && !unknownNames.find(text).isEmpty();
        if (QuestionCues.injection(text) || namesStranger || outOfScope.matches(text)) {
            return refuse(request, language, text, text, history, named);
        }
        if (pieceSummary) {
            Optional<Answer> said = entityAnswers.answer(
                    new EntityQuestions.Request(EntityQuestions.Kind.SAID, piece.get(), text), language);
            if (said.isPresent()) {
                List<Fact> cited = citedFacts(List.of(), said.get());
                remember(conversation, text, text, said.get(), cited, List.of(piece.get()));
                return new Evidence(request, language, text, cited, said.get(), history);
            }
        }
        // "and what is each of them?" after an answer naming several: a sentence about each
        Optional<Answer> each = named.isEmpty() && QuestionCues.each(text)
                ? memory.lastAnswered(conversation)
                        .map(last -> entities.find(last.answer()).stream()
                                .filter(e -> !GENERIC_ENTITY_TYPES.contains(e.type()))
                                .distinct()
                                .sorted(java.util.Comparator.comparingInt(e -> firstMention(last.answer(), e)))
                                .toList())
                        .filter(several -> several.size() > 1)
                        .flatMap(several -> entityAnswers.each(several, language))
                : Optional.empty();
        if (each.isPresent()) {
            List<Fact> cited = citedFacts(List.of(), each.get());
            remember(conversation, text, text, each.get(), cited, named);
            return new Evidence(request, language, text, cited, each.get(), history);
        }
        // questions about the story, a list or one entity as a whole are answered from all the facts they need
        Optional<Answer> whole = storyQuestions
                .classify(text, named)
                .flatMap(kind -> storyAnswers.answer(kind, language))
                .or(() -> listQuestions.classify(text, named).flatMap(asked -> listAnswers.answer(asked, language)))
                .or(() -> entityQuestions
                        .classify(text, named)
                        .or(() -> sameAskedOfAnother(text, named, conversation))
                        .flatMap(asked -> entityAnswers.answer(asked, language)))
                .or(() -> arithmeticQuestions
                        .classify(text, named, earlierFacts(conversation))
                        .flatMap(asked -> arithmeticAnswers.answer(asked, language)));
        if (whole.isPresent()) {
            List<Fact> cited = citedFacts(List.of(), whole.get());
            remember(conversation, text, text, whole.get(), cited, named);
            return new Evidence(request, language, text, cited, whole.get(), history);
        }

        Optional<ConversationMemory.Remembered> previous = memory.lastAnswered(conversation);
        String resolved = resolve(text, named, previous);
        List<Fact> chosen = choose(resolved, text, named, language, readsEnglish, previous);
        if (chosen.isEmpty()) {
            return refuse(request, language, text, resolved, history, named);
        }
        Answer answer = composer.compose(chosen, resolved, text, language);
        List<Fact> cited = answer.citations().isEmpty() ? chosen : citedFacts(chosen, answer);
        remember(conversation, text, resolved, answer, cited, named);
        return new Evidence(request, language, resolved, cited, answer, history);
    }

    /**
     * An elliptical follow-up naming one new subject ("and the vc guy?", "那黄仁勋呢？", "그럼 젠슨 황은?") after a
     * question about one entity as a whole ("what did X say") asks the same about the new subject.
     */
    private Optional<EntityQuestions.Request> sameAskedOfAnother(String text, List<Entity> named, String conversation) {
        List<Entity> subjects = named.stream()
                .filter(e -> !GENERIC_ENTITY_TYPES.contains(e.type()))
                .toList();
        Optional<ConversationMemory.Remembered> last = memory.lastAnswered(conversation);
        if (subjects.size() != 1 || last.isEmpty() || !QuestionCues.elliptical(text)) {
            return Optional.empty();
        }
        String earlier = last.get().resolvedQuestion();
        return entityQuestions
                .classify(earlier, entities.find(earlier))
                .filter(asked -> !asked.subject().equals(subjects.get(0)))
                .map(asked -> new EntityQuestions.Request(asked.kind(), subjects.get(0), text));
    }

    /**
     * The other outlet the latest question named, when {@code text} points at "it" and that question named exactly
     * one publication besides the story's own sources.
     */
    private Optional<Entity> pieceJustNamed(String text, String conversation) {
        List<ConversationMemory.Remembered> turns = memory.turns(conversation);
        if (turns.isEmpty() || !StoryQuestions.pointsAtAPiece(text)) {
            return Optional.empty();
        }
        List<Entity> outlets = entities.find(turns.get(turns.size() - 1).resolvedQuestion()).stream()
                .filter(e -> PUBLICATION_TYPE.equalsIgnoreCase(e.type()) && !storyQuestions.ownSource(e))
                .distinct()
                .toList();
        return outlets.size() == 1 ? Optional.of(outlets.get(0)) : Optional.empty();
    }

    /** Where {@code text} first names {@code entity} by any of its names (its end when it does not). */
    private static int firstMention(String text, Entity entity) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return entity.allNames().stream()
                .mapToInt(name -> lower.indexOf(name.toLowerCase(java.util.Locale.ROOT)))
                .filter(at -> at >= 0)
                .min()
                .orElse(text.length());
    }

    /** The ids of the facts each earlier answer in the conversation cited, oldest answer first. */
    private List<List<String>> earlierFacts(String conversation) {
        return memory.turns(conversation).stream()
                .map(ConversationMemory.Remembered::factIds)
                .toList();
    }

    // ---- follow-ups -------------------------------------------------------------------------------------------

    /**
     * The question with a pronoun replaced by the one person the last answer was about, if it names no person, or
     * a description ("the vc guy") by the one entity the story describes so, in a conversation that has begun.
     */
    private String withPerson(String text, Language language, String conversation) {
        // a description of an owner ("the ex-openai cto's startup") or by a bare title ("did the ex-openai cto found")
        // says who is meant even in a first question
        boolean namesPerson = entities.find(text).stream().anyMatch(RetrievalAnswerer::isPerson);
        if (entities.find(text).isEmpty() && memory.lastAnswered(conversation).isPresent()
                || !namesPerson
                        && (descriptions.describesOwner(text, language)
                                || descriptions.describesByTitle(text, language))) {
            String described = descriptions.resolve(text, language);
            if (!described.equals(text)) {
                return described;
            }
        }
        if (entities.find(text).stream().anyMatch(RetrievalAnswerer::isPerson)) {
            return text;
        }
        Optional<ConversationMemory.Remembered> last = memory.lastAnswered(conversation);
        if (last.isEmpty()) {
            return text;
        }
        List<Entity> people = last.get().entityIds().stream()
                .map(entitiesById::get)
                .filter(java.util.Objects::nonNull)
                .filter(RetrievalAnswerer::isPerson)
                .distinct()
                .toList();
        List<Entity> asked = entities.find(last.get().resolvedQuestion()).stream()
                .filter(RetrievalAnswerer::isPerson)
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
        if (!specific(entities.find(text)).isEmpty() || !pronouns.hasGroupPronoun(text, language)) {
            return text;
        }
        List<ConversationMemory.Remembered> turns = memory.turns(conversation);
        for (int i = turns.size() - 1; i >= 0; i--) {
            List<Entity> things = entities.find(turns.get(i).resolvedQuestion()).stream()
                    .filter(e -> !isPerson(e) && !GENERIC_ENTITY_TYPES.contains(e.type()))
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

    private static boolean isPerson(Entity entity) {
        return EntityAnswers.PERSON.equalsIgnoreCase(entity.type());
    }

    private String resolve(String text, List<Entity> named, Optional<ConversationMemory.Remembered> previous) {
        if (previous.isEmpty()) {
            return text;
        }
        ConversationMemory.Remembered last = previous.get();
        if (QuestionCues.elliptical(text) && !named.isEmpty()) {
            return borrow(last.resolvedQuestion(), text);
        }
        if (named.isEmpty()
                && (QuestionCues.followsUp(text)
                        || text.split("\\s+").length <= 4
                        || Language.detect(text) != Language.EN && text.length() <= 12)) {
            String context = last.entityIds().stream()
                    .map(entitiesById::get)
                    .map(Entity::name)
                    .collect(Collectors.joining(", "));
            return text + " (" + context + ")";
        }
        return text;
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

    // ---- retrieval and the evidence gate ----------------------------------------------------------------------

    private List<Fact> choose(
            String resolved,
            String original,
            List<Entity> named,
            Language language,
            boolean readsEnglish,
            Optional<ConversationMemory.Remembered> previous) {
        List<Candidate> candidates = retriever.retrieve(resolved);
        Map<String, Double> content = contentScores(resolved);
        boolean followUp = !resolved.equals(original);
        Set<AnswerType> asks = QuestionCues.asks(original);
        if (asks.isEmpty() && followUp) {
            asks = QuestionCues.asks(resolved);
        }
        if (QuestionCues.intent(resolved) == Intent.DIFFERENCE) {
            asks = Set.of(); // the answer is computed from figures, whatever unit the question names
        }
        // the question's own names must be covered; names carried over from earlier turns only guide retrieval
        Set<String> required = specific(named);
        Set<String> contextual = resolved.equals(original) ? required : specific(entities.find(resolved));
        Set<AnswerType> asked = asks;
        Optional<java.util.regex.Pattern> role = QuestionCues.requiredRole(original);
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
        Set<String> numbers = NumberMentions.in(original);
        List<Candidate> passing = candidates.stream()
                .limit(CANDIDATES_CONSIDERED)
                .filter(c -> {
                    // a number the question quotes from the story counts as a name and as matching words
                    boolean quoted = NumberMentions.shares(c.fact(), numbers);
                    double words = content.getOrDefault(c.fact().id(), 0.0);
                    return gate.passes(
                            c,
                            quoted ? Math.max(words, EvidenceGate.CONTENT_MATCH) : words,
                            english,
                            quoted || c.fact().entities().stream().anyMatch(contextual::contains),
                            asksMore && !quoted,
                            quoted);
                })
                .filter(c -> asked.isEmpty() || answersAsked(c.fact(), asked))
                .filter(c -> role.isEmpty() || hasRole(c.fact(), role.get(), contextual))
                .toList();
        double maxContent = passing.stream()
                .mapToDouble(c -> content.getOrDefault(c.fact().id(), 0.0))
                .max()
                .orElse(0);
        passing = passing.stream()
                .sorted(java.util.Comparator.comparingDouble((Candidate c) ->
                        -support(c, content.getOrDefault(c.fact().id(), 0.0), maxContent, language)))
                .toList();
        if (passing.isEmpty()) {
            return List.of();
        }
        List<Candidate> ordered = new ArrayList<>(passing);
        if (followUp && previous.isPresent()) {
            // a follow-up wants something new: prefer facts the previous answer did not already give, unless its own
            // words point at one of them ("cheaper than who?" after an answer saying "cheaper")
            List<String> given = previous.get().factIds();
            ordered.sort(java.util.Comparator.comparingInt(
                    c -> given.contains(c.fact().id())
                                    && content.getOrDefault(c.fact().id(), 0.0) < EvidenceGate.CONTENT_MATCH
                            ? 1
                            : 0));
        }
        if (required.isEmpty()) {
            return ordered.stream().map(Candidate::fact).toList();
        }
        // every specific thing the question names must be covered, by one fact or by two together; one fact that
        // covers them all comes first ("is Qwen bigger than Llama" is answered by the fact giving both), unless the
        // question's other words point at another ("is Qwen's share bigger than Meta's")
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
    private static double support(Candidate c, double contentScore, double maxContent, Language language) {
        if (language == Language.EN) {
            return c.semantic() + CONTENT_WEIGHT * contentScore / Math.max(maxContent, CONTENT_FLOOR);
        }
        return contentScore + CJK_LEXICAL_WEIGHT * c.lexical();
    }

    private boolean hasRole(Fact fact, java.util.regex.Pattern role, Set<String> asked) {
        return statesRole(fact.answer(), role, asked)
                || statesRole(fact.quote(), role, asked)
                || fact.keywords().stream().anyMatch(k -> statesRole(k, role, asked));
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

    /** True when the fact supplies what the question asks; "who said..." is answered by a fact with a named source. */
    private static boolean answersAsked(Fact fact, Set<AnswerType> asked) {
        if (fact.answers().stream().anyMatch(asked::contains)) {
            return true;
        }
        boolean asksWho = asked.contains(AnswerType.PERSON) && asked.contains(AnswerType.ORGANIZATION);
        // what someone said or reported, or what a group of people does ("developers are turning to ..."), says who
        return asksWho
                && (fact.certainty() == Certainty.SAID
                        || fact.certainty() == Certainty.REPORTED
                        || PeopleGroups.names(fact.answer()));
    }

    /** Ids of the given entities, except countries and places, which too many facts mention. */
    private static Set<String> specific(List<Entity> named) {
        Set<String> ids = new LinkedHashSet<>();
        for (Entity entity : named) {
            if (!GENERIC_ENTITY_TYPES.contains(entity.type())) {
                ids.add(entity.id());
            }
        }
        return ids;
    }

    private Map<String, Double> contentScores(String question) {
        String content = entities.withoutEntities(question);
        Map<String, Double> scores = new HashMap<>();
        for (Hit hit : lexical.rank(content, knowledge.facts().size())) {
            scores.put(hit.fact().id(), hit.score());
        }
        return scores;
    }

    private List<Fact> citedFacts(List<Fact> chosen, Answer answer) {
        List<Fact> cited = new ArrayList<>();
        for (Citation c : answer.citations()) {
            knowledge.facts().stream()
                    .filter(f -> f.paragraph() == c.paragraph() && f.quote().equals(c.quote()))
                    .filter(f -> !cited.contains(f))
                    .sorted(java.util.Comparator.comparingInt(f -> chosen.contains(f) ? 0 : 1))
                    .findFirst()
                    .ifPresent(cited::add);
        }
        return cited;
    }

    // ---- refusals and other non-answers -----------------------------------------------------------------------

    private Evidence refuse(
            ChatRequest request,
            Language language,
            String text,
            String resolved,
            List<Turn> history,
            List<Entity> named) {
        Answer answer = new Answer(
                Messages.refusal(language, suggestions(language, named)),
                List.of(),
                Outcome.REFUSED,
                Mode.RETRIEVAL,
                null,
                null,
                language);
        memory.remember(
                request.conversationId(),
                new ConversationMemory.Remembered(text, resolved, answer.text(), List.of(), List.of()));
        return new Evidence(request, language, resolved, List.of(), answer, history);
    }

    private Evidence unanswered(
            ChatRequest request, Language language, String text, List<Turn> history, Outcome outcome, String message) {
        Answer answer = new Answer(message, List.of(), outcome, Mode.RETRIEVAL, null, null, language);
        return new Evidence(request, language, text, List.of(), answer, history);
    }

    /** Example questions: about the entities the question named when it named any, else the story's own. */
    private List<String> suggestions(Language language, List<Entity> named) {
        List<String> picks = new ArrayList<>();
        if (language == Language.EN) {
            for (Entity entity : named) {
                knowledge.facts().stream()
                        .filter(f -> f.entities().contains(entity.id())
                                && !f.paraphrases().isEmpty())
                        .map(f -> f.paraphrases().get(0))
                        .filter(q -> !picks.contains(q))
                        .findFirst()
                        .ifPresent(picks::add);
            }
        }
        for (String example : knowledge.exampleQuestions(language)) {
            if (picks.size() >= SUGGESTIONS) {
                break;
            }
            if (!picks.contains(example)) {
                picks.add(example);
            }
        }
        return picks.subList(0, Math.min(SUGGESTIONS, picks.size()));
    }

    private void remember(
            String conversation, String text, String resolved, Answer answer, List<Fact> cited, List<Entity> named) {
        Set<String> entityIds = new LinkedHashSet<>();
        named.forEach(e -> entityIds.add(e.id()));
        cited.forEach(f -> entityIds.addAll(f.entities()));
        memory.remember(
                conversation,
                new ConversationMemory.Remembered(
                        text,
                        resolved,
                        answer.text(),
                        cited.stream().map(Fact::id).toList(),
                        List.copyOf(entityIds)));
    }
}
