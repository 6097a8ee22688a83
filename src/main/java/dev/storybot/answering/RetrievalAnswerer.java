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
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.EntityMatcher;
import dev.storybot.retrieval.EntityRanker;
import dev.storybot.retrieval.HybridRetriever;
import dev.storybot.retrieval.LexicalRanker;
import dev.storybot.retrieval.Misspellings;
import dev.storybot.retrieval.SemanticRanker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
    /** Room below which the second of two answers cannot give even one sentence beside the first. */
    private static final int MIN_SECOND_ANSWER_CHARS = 40;
    /** Facts fit to answer that are checked for a premise: one stating it among the best few means it is not false. */
    private static final int PREMISE_FACTS = 3;

    private static final int SUGGESTIONS = 3;
    /** Entity type of newspapers and other outlets, whose pieces a conversation can be about. */
    private static final String PUBLICATION_TYPE = "publication";

    private final KnowledgeBase knowledge;
    private final EntityMatcher entities;
    private final UnknownNames unknownNames;
    private final UnnamedEvents unnamedEvents;
    private final ConversationMemory memory;
    private final FollowUps followUps;
    private final FactSelector selector;
    private final OwnedThings ownedThings;
    private final AnswerComposer composer;
    private final StoryQuestions storyQuestions;
    private final StoryAnswers storyAnswers;
    /**
     * Kinds of answer a fact either gives or not (a number, an amount, a date, a place): for a question asking "who"
     * or "why", any fact about its names may hold the answer without being typed so.
     */
    private static final Set<AnswerType> MEASURED_KINDS = java.util.EnumSet.of(
            AnswerType.NUMBER,
            AnswerType.PERCENTAGE,
            AnswerType.MONEY,
            AnswerType.PRICE,
            AnswerType.DATE,
            AnswerType.PLACE);

    /** An English opening that makes a glossed question elliptical ("and last year?"), one of the elliptical cues. */
    static final String ELLIPTICAL_OPENING = "and ";

    private final ListQuestions listQuestions = new ListQuestions();
    private final SmallTalk smallTalk = new SmallTalk();
    private final ListAnswers listAnswers;
    private final EntityQuestions entityQuestions;
    private final EntityAnswers entityAnswers;
    private final ArithmeticQuestions arithmeticQuestions;
    private final ArithmeticAnswers arithmeticAnswers = new ArithmeticAnswers();
    private final ElapsedTime elapsedTime;
    private final OtherLanguages otherLanguages = new OtherLanguages();
    private final QuestionWords questionWords;
    private final Misspellings misspellings;
    private final ReasonPremises reasonPremises;
    private final EnglishGloss gloss;
    private final Set<Language> translatedLanguages;
    private final TwoQuestions twoQuestions = new TwoQuestions();
    private final Preambles preambles = new Preambles();
    private final Pronouns pronouns = new Pronouns();
    private final LeadingReactions leadingReactions;
    private final NumberPremises numberPremises;
    private final OutOfScope outOfScope = new OutOfScope();
    private final OppositeClaims opposites = new OppositeClaims();
    private final OrderPremises orderPremises = new OrderPremises();

    public RetrievalAnswerer(
            KnowledgeBase knowledge,
            HybridRetriever retriever,
            LexicalRanker lexical,
            EntityMatcher entities,
            EvidenceGate gate,
            ConversationMemory memory) {
        this.knowledge = knowledge;
        this.entities = entities;
        this.unknownNames = new UnknownNames(knowledge);
        this.unnamedEvents = new UnnamedEvents(knowledge, lexical);
        this.gloss = new EnglishGloss(new SoundedNames(knowledge.entities()));
        this.leadingReactions = new LeadingReactions(knowledge, entities);
        this.numberPremises = new NumberPremises(knowledge);
        this.memory = memory;
        this.translatedLanguages = java.util.EnumSet.noneOf(Language.class);
        for (Language language : Language.values()) {
            if (knowledge.facts().stream().anyMatch(f -> f.translated(language))) {
                translatedLanguages.add(language);
            }
        }
        // the words that narrow a kind ("coding startups") are read off the facts once, for lists and "the other one"
        Optional<DescribedKinds> described = Optional.of(new DescribedKinds(knowledge));
        this.followUps = new FollowUps(
                entities,
                memory,
                knowledge.entitiesById(),
                new Descriptions(knowledge),
                new WhichOfSeveral(knowledge, entities, described));
        this.ownedThings = new OwnedThings(knowledge, entities);
        this.selector = new FactSelector(knowledge, retriever, lexical, entities, gate);
        this.misspellings = new Misspellings(lexical);
        this.questionWords = new QuestionWords(lexical);
        this.reasonPremises = new ReasonPremises(lexical, entities);
        this.composer = new AnswerComposer(knowledge, entities);
        this.storyAnswers = new StoryAnswers(knowledge, entities);
        this.storyQuestions = new StoryQuestions(knowledge, storyAnswers.ownSources());
        this.listAnswers = new ListAnswers(knowledge, described);
        this.entityQuestions = new EntityQuestions(entities, EntityKinds.GENERIC_TYPES);
        this.entityAnswers = new EntityAnswers(knowledge, lexical, entities);
        this.arithmeticQuestions = new ArithmeticQuestions(knowledge, EntityKinds.GENERIC_TYPES);
        this.elapsedTime = new ElapsedTime(knowledge);
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
        boolean derived =
                knowledge.facts().stream().allMatch(f -> f.paraphrases().isEmpty());
        EvidenceGate gate = derived ? EvidenceGate.forDerivedFacts() : new EvidenceGate();
        return new RetrievalAnswerer(knowledge, retriever, lexical, matcher, gate, memory);
    }

    @Override
    public Answer answer(ChatRequest request) {
        return gather(request).retrievalAnswer();
    }

    @Override
    public Evidence gather(ChatRequest request) {
        String clean = InputText.clean(request.text());
        if (clean.length() > MAX_QUESTION_CHARS) {
            // refused before any stage reads it: every stage's work grows with the text
            String head = clean.substring(0, MAX_QUESTION_CHARS);
            return tooLong(request, Language.detect(head), head, List.of(), clean.length());
        }
        // the question's embedding starts now, on the other core, beside the stages that read it before retrieval
        selector.prepare(clean);
        // a name typed with one slip ("orbxi") is read as the story spells it by every stage after this one
        String named = entities.spelledOut(clean);
        // ... and so is any other word of an English question typed with a slip ("maintenence")
        String cleaned = otherLanguages.detect(named).isEmpty() && Language.detect(named) == Language.EN
                ? misspellings.spelledOut(named)
                : named;
        // the story's own address beside a question only says "this story"; alone, it asks for the gist
        String withoutAddress = storyQuestions.withoutStoryAddress(cleaned);
        String reacted = leadingReactions.drop(withoutAddress.isBlank() ? cleaned : withoutAddress);
        // "my mom sent this in ALL CAPS lol. can u summarize it": a request about the whole story after a preamble
        // asks only that, whatever the preamble names
        // (an instruction to the bot in the preamble is no preamble: "repeat the text above. dont summarize")
        String text = preambles
                .lastSentence(reacted)
                .filter(last -> !QuestionCues.injection(reacted) && !outOfScope.matches(reacted))
                .filter(last ->
                        !storyQuestions.classifyAll(last, entities.find(last)).isEmpty())
                .orElse(reacted);
        // several things asked about the article itself ("what date ..., and whats the url") are answered together
        boolean aboutTheStory =
                storyQuestions.classifyAll(text, entities.find(text)).size() > 1;
        Optional<List<String>> parts = aboutTheStory ? Optional.empty() : twoQuestions.split(text);
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
                .filter(e -> !EntityKinds.generic(e))
                .toList();
        // a second question about the article itself ("and whats the url of the article") is about no name
        if (named.isEmpty()
                || !EntityKinds.specific(entities.find(second)).isEmpty()
                || !storyQuestions.classifyAll(second, List.of()).isEmpty()) {
            return second;
        }
        // "is Paul Expert his real name? who is he": the one person the first part names is who "he" is
        List<Entity> people = named.stream().filter(EntityKinds::person).toList();
        if (named.size() == 1 && people.size() == 1) {
            String resolved = pronouns.resolve(second, Language.detect(second), Optional.of(people.get(0)));
            if (!resolved.equals(second)) {
                return resolved;
            }
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
        if (a.text().contains(b.text())) {
            return Optional.of(first); // the first answer says it already
        }
        String separator = first.language() == Language.ZH ? "" : " ";
        String joined = a.text() + separator + b.text();
        if (joined.length() > Answer.MAX_TEXT_CHARS) {
            // the second answer's leading whole sentences, when they fit beside the first
            int room = Answer.MAX_TEXT_CHARS - a.text().length() - separator.length();
            String shorter = room >= MIN_SECOND_ANSWER_CHARS ? StoryAnswers.wholeSentences(b.text(), room) : "";
            if (shorter.isEmpty() || shorter.endsWith("…")) {
                return Optional.of(first);
            }
            joined = a.text() + separator + shorter;
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
        Language detected = Language.detect(text);
        if (other.isEmpty() && (detected == Language.EN || translatedInto(detected))) {
            return gather(request, text, detected, true);
        }
        // a language the facts are not written in: read through the glossary as English words, answered in English
        // with a note; judged by the names it mentions when the glossary knows too few of its words
        String code = other.orElse(detected.code());
        String note = other.isPresent() ? otherLanguages.note(code) : Messages.untranslated(detected);
        // a question about the article itself is recognised by its own words ("who wrote this article" in any
        // language), which the glossary leaves out
        boolean aboutTheStory =
                !storyQuestions.classifyAll(text, entities.find(text)).isEmpty();
        Optional<String> english = (aboutTheStory
                        ? Optional.<String>empty()
                        : gloss.toEnglish(text, code, otherLanguages.functionWords(code)))
                // "去年呢？", "じゃあ効率のほうは？": the glossary drops the particle that made it a follow-up, so the
                // English opens as an elliptical follow-up does
                .map(glossed -> QuestionCues.elliptical(text) && !QuestionCues.elliptical(glossed)
                        ? ELLIPTICAL_OPENING + glossed
                        : glossed);
        if (english.isPresent()) {
            Evidence glossed = gather(request, english.get(), Language.EN, true, text);
            // answered, or refused with what the story says instead of the question's premise
            if (glossed.retrievalAnswer().answered()
                    || !glossed.retrievalAnswer().citations().isEmpty()) {
                return glossed.withNote(note);
            }
            // the glossary read what kind of answer it asks for ("何人", "cuántos" read as "how many"): the facts
            // found by the question's names answer only when they give that kind; else the refusal stands
            Set<AnswerType> asked = java.util.EnumSet.noneOf(AnswerType.class);
            asked.addAll(QuestionCues.asks(english.get()));
            asked.retainAll(MEASURED_KINDS);
            // ... and a measure of the dimension it asks ("몇 도" read as "how many degrees") only in its units
            Optional<String> dimension = MeasuredDimensions.asked(english.get(), knowledge.facts());
            if (!asked.isEmpty() || dimension.isPresent()) {
                Evidence byNames = byNames(request, text, other, detected, note);
                boolean givesKind = byNames.retrievalAnswer().answered()
                        && byNames.facts().stream()
                                .anyMatch(f ->
                                        (asked.isEmpty() || f.answers().stream().anyMatch(asked::contains))
                                                && dimension
                                                        .map(d -> MeasuredDimensions.gives(f, d))
                                                        .orElse(true));
                return givesKind ? byNames : glossed.withNote(note);
            }
        }
        return byNames(request, text, other, detected, note);
    }

    /** The question judged by the names it mentions, for a language the glossary reads too little of. */
    private Evidence byNames(ChatRequest request, String text, Optional<String> other, Language detected, String note) {
        return other.isEmpty()
                ? gather(request, text, detected, true)
                : gather(request, text, Language.EN, false).withNote(note);
    }

    /** True when the story's facts are written in {@code language} too (some have its translation). */
    private boolean translatedInto(Language language) {
        return translatedLanguages.contains(language);
    }

    private Evidence gather(ChatRequest request, String typed, Language language, boolean readsEnglish) {
        return gather(request, typed, language, readsEnglish, typed);
    }

    /**
     * The evidence for {@code typed}, read in {@code language}; {@code own} is the question in the asker's own
     * language when {@code typed} is its English reading (a question about one speaker is recognised in either).
     */
    private Evidence gather(ChatRequest request, String typed, Language language, boolean readsEnglish, String own) {
        String conversation = request.conversationId();
        // a first message opening as a follow-up ("and anezina solomonidou?") leans on no conversation: it asks the
        // rest
        String opened = memory.turns(conversation).isEmpty() ? QuestionCues.withoutEllipticalOpening(typed) : typed;
        String personal = ownedThings.resolve(followUps.withPerson(opened, language, conversation), language);
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

        // ... and again for the text as these stages have read it, when they changed it (a misspelt name spelled out)
        selector.prepare(text);
        if (text.isEmpty()) {
            String example = knowledge.exampleQuestions(language).get(0);
            return unanswered(
                    request, language, text, history, Outcome.INVALID_INPUT, Messages.empty(language, example));
        }
        if (text.length() > MAX_QUESTION_CHARS) {
            return tooLong(request, language, text, history, text.length());
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
                            : Messages.intro(language, knowledge.story().title(), suggestions(language, List.of())));
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
            // the gist of a piece is everything the story has it saying, in the story's order
            Optional<Answer> said = entityAnswers.answer(
                    new EntityQuestions.Request(
                            EntityQuestions.Kind.SAID, piece.get(), piece.get().name()),
                    language);
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
                                .filter(e -> !EntityKinds.generic(e))
                                .distinct()
                                .sorted(java.util.Comparator.comparingInt(e -> firstMentionOrEnd(last.answer(), e)))
                                .toList())
                        .filter(several -> several.size() > 1)
                        .flatMap(several -> entityAnswers.each(several, language))
                : Optional.empty();
        if (each.isPresent()) {
            List<Fact> cited = citedFacts(List.of(), each.get());
            remember(conversation, text, text, each.get(), cited, named);
            return new Evidence(request, language, text, cited, each.get(), history);
        }
        // "who's saying that": the statement the last answer gave, or the one beside it in its paragraph, with its
        // speaker
        Optional<Fact> spoken = named.isEmpty() && (QuestionCues.asksWhoSaidIt(text) || QuestionCues.asksWhoSaidIt(own))
                ? memory.lastAnswered(conversation).flatMap(this::attributed)
                : Optional.empty();
        if (spoken.isPresent()) {
            Answer answer = composer.compose(List.of(spoken.get()), text, text, language);
            remember(conversation, text, text, answer, List.of(spoken.get()), named);
            return new Evidence(request, language, text, List.of(spoken.get()), answer, history);
        }
        // "another startup besides Orbix" sets a name aside: it asks about something else (see below)
        List<Entity> setAside = named.stream()
                .filter(e -> QuestionCues.excludes(text, e) || QuestionCues.excludes(own, e))
                .toList();
        // questions about the story, a list or one entity as a whole are answered from all the facts they need
        Optional<Answer> whole = !setAside.isEmpty()
                ? Optional.empty()
                : storyAnswers
                        .answer(storyQuestions.classifyAll(text, named), language)
                        .or(() -> listQuestions.pairs(text, named).flatMap(asked -> listAnswers.pairs(asked, language)))
                        .or(() -> listQuestions
                                .classify(text, named)
                                .flatMap(asked -> listAnswers.answer(asked, language)))
                        .or(() -> entityQuestions
                                .classify(text, named)
                                // "X说了什么" read as English loses its cue: the asker's own words still ask it
                                .or(() -> own.equals(typed)
                                        ? Optional.empty()
                                        : entityQuestions
                                                .classify(own, entities.find(own))
                                                .filter(about -> named.contains(about.subject())))
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
        if (named.isEmpty()
                && previous.isPresent()
                && (QuestionCues.asksNameOfReferent(text) || QuestionCues.asksNameOfReferent(own))
                && leftUnnamed(previous.get())) {
            // "whats his name?" after an answer about "the 43-year-old man": the story leaves him unnamed
            return refuse(request, language, text, text, history, named);
        }
        // "another startup besides Orbix": about something else than the name set aside, so searched for without it
        List<Entity> namedAsked =
                named.stream().filter(e -> !setAside.contains(e)).toList();
        // "how big is it anyway" after a refused question about Europa, with nothing answered yet, is about Europa
        String withRefused =
                previous.isEmpty() && named.isEmpty() ? aboutRefused(text, language, own, conversation) : text;
        String resolved =
                setAside.isEmpty() ? followUps.resolve(withRefused, named, previous) : withoutNames(text, setAside);
        // "how many parameters": the story never names what is counted; "why was the firm fined": nor what happened
        String asOwn = own.equals(typed) ? text : own;
        boolean unnamedEvent = unnamedEvents
                .find(asOwn, own.equals(typed) ? language : Language.detect(own))
                .isPresent();
        List<Fact> chosen = unnamedEvent || selector.countsUnnamed(text, language, asOwn)
                ? List.of()
                : selector.select(resolved, text, namedAsked, language, readsEnglish, previous);
        if (!setAside.isEmpty()) {
            // ... and a fact about it (its name first) answers only when no fact about anything else does
            List<Fact> others =
                    chosen.stream().filter(f -> !aboutFirst(f, setAside)).toList();
            chosen = others.isEmpty() ? chosen : others;
        }
        if (chosen.isEmpty() && previous.isPresent() && named.isEmpty() && FollowUps.isShort(text)) {
            // "and how bad was it?" finds nothing in its own few words: it goes on from the previous question
            String borrowed = FollowUps.borrow(previous.get().resolvedQuestion(), text);
            chosen = selector.select(borrowed, text, named, language, readsEnglish, previous);
            if (repeatsForOwnSubject(own.equals(typed), text, language, chosen, previous.get())) {
                // "what's the boat called" after an answer about the cough: not covered, not the cough again
                chosen = List.of();
            }
            resolved = chosen.isEmpty() ? resolved : borrowed;
        }
        // "so how much did it grow", right after an answer giving both ends of a change, asks about that change
        Optional<Fact> bothEnds = named.isEmpty() && QuestionCues.asksChange(text) && QuestionCues.namesNoSubject(text)
                ? previous.stream()
                        .flatMap(last -> last.factIds().stream())
                        .flatMap(id -> knowledge.fact(id).stream())
                        .filter(f -> f.figures().size() > 1 && QuestionCues.givesBothEnds(f.quote()))
                        .findFirst()
                : Optional.empty();
        if (bothEnds.isPresent()) {
            List<Fact> first = new ArrayList<>(List.of(bothEnds.get()));
            chosen.stream().filter(f -> !f.equals(bothEnds.get())).forEach(first::add);
            chosen = first;
        }
        // a premise the story contradicts is corrected, whether or not a fact gives what the question asks for
        // (the facts giving a reason for it say nothing of whether it happened: "why did sales jump" is checked
        // against the facts about sales)
        boolean asksReason = QuestionCues.asks(text).contains(AnswerType.REASON);
        boolean presupposes = opposites.presupposes(text);
        boolean english = language == Language.EN && readsEnglish;
        List<Fact> premiseFacts = asksReason && (presupposes || english) || chosen.isEmpty() && presupposes
                ? selector.selectAboutPremise(resolved, text, named, language, readsEnglish, previous)
                : chosen;
        List<Fact> aboutPremise = presupposes ? premiseFacts : List.of();
        Optional<Fact> contradicting = aboutPremise.stream()
                .findFirst()
                .filter(fact -> opposites.contradicts(
                        text, aboutPremise.subList(0, Math.min(PREMISE_FACTS, aboutPremise.size())), language));
        if (contradicting.isPresent()) {
            return correct(request, language, text, resolved, history, contradicting.get());
        }
        // "so llama beat qwen on downloads, by how much?" when the story's figures put Qwen ahead: corrected by them
        Optional<Fact> reversed = orderPremises.contradicting(text, named, chosen);
        if (reversed.isPresent()) {
            return correct(request, language, text, resolved, history, reversed.get());
        }
        // "why did they raise the dividend to 50 cents?" when the story gives 25 cents: corrected by that fact
        Optional<Fact> otherNumber = english
                ? numberPremises.contradicting(text, request.text(), asksReason ? premiseFacts : chosen)
                : Optional.empty();
        if (otherNumber.isPresent()) {
            return correct(request, language, text, resolved, history, otherNumber.get());
        }
        if (asksReason
                && english
                && own.equals(typed)
                && !chosen.isEmpty()
                && reasonPremises.unsupported(text, language)) {
            // "why did his wife get sick" in a story that never mentions a wife: no reason the story gives answers it
            chosen = List.of();
        }
        Optional<Entity> otherSubject = otherSubject(text, named);
        if (otherSubject.isPresent()
                && chosen.stream()
                        .noneMatch(f -> f.entities().contains(otherSubject.get().id()))) {
            // "ok and Quell?" is not answered by what the earlier answer said of Orbix
            chosen = List.of();
        }
        if (chosen.isEmpty()) {
            // "how many years before this article is that": the dates the question and the latest answers give
            Optional<Answer> since = elapsedTime
                    .asked(text, List.of(), earlierFacts(conversation))
                    .flatMap(asked -> elapsedTime.answer(asked, language, List.of()));
            if (since.isPresent()) {
                List<Fact> cited = citedFacts(List.of(), since.get());
                remember(conversation, text, resolved, since.get(), cited, named);
                return new Evidence(request, language, resolved, cited, since.get(), history);
            }
            // "ok and the other startup?" when the earlier question, asked of it, finds nothing: what the story says
            // it is and did
            Optional<Answer> profile = otherSubject.flatMap(subject -> entityAnswers.answer(
                    new EntityQuestions.Request(EntityQuestions.Kind.PROFILE, subject, subject.name()), language));
            if (profile.isPresent()) {
                List<Fact> cited = citedFacts(List.of(), profile.get());
                remember(conversation, text, resolved, profile.get(), cited, named);
                return new Evidence(request, language, resolved, cited, profile.get(), history);
            }
            return refuse(request, language, text, resolved, history, named);
        }
        // arithmetic on the figures of the facts found, or on the numbers the question gives about them
        // ("几倍" read as English loses its cue: the asker's own words still ask it)
        List<Fact> found = chosen;
        Optional<Answer> computed = arithmeticQuestions
                .within(text, chosen)
                .or(() -> own.equals(typed) ? Optional.empty() : arithmeticQuestions.within(own, found))
                .flatMap(asked -> arithmeticAnswers.answer(asked, language))
                // "how many days from them arriving to the third case": the time between the dates found
                .or(() -> elapsedTime
                        .asked(text, found, earlierFacts(conversation))
                        .or(() -> own.equals(typed)
                                ? Optional.empty()
                                : elapsedTime.asked(own, found, earlierFacts(conversation)))
                        .flatMap(asked -> elapsedTime.answer(asked, language, found)));
        Answer answer = computed.isPresent()
                ? computed.get()
                : composer.compose(
                        chosen, resolved, setAside.isEmpty() ? text : withoutNames(text, setAside), language);
        List<Fact> cited = answer.citations().isEmpty() ? chosen : citedFacts(chosen, answer);
        remember(conversation, text, resolved, answer, cited, named);
        return new Evidence(request, language, resolved, cited, answer, history);
    }

    /**
     * The first fact the turn gave that names who said it, else the one nearest it in its paragraph that does ("…,"
     * added Quell, right after the sentence given); empty when none does.
     */
    private Optional<Fact> attributed(ConversationMemory.Remembered turn) {
        List<Fact> given = turn.factIds().stream()
                .flatMap(id -> knowledge.fact(id).stream())
                .toList();
        Optional<Fact> own =
                given.stream().filter(RetrievalAnswerer::namesSpeaker).findFirst();
        if (own.isPresent() || given.isEmpty()) {
            return own;
        }
        Fact first = given.get(0);
        int at = knowledge.facts().indexOf(first);
        return knowledge.facts().stream()
                .filter(f -> f.paragraph() == first.paragraph() && namesSpeaker(f))
                .min(java.util.Comparator.comparingInt(
                        f -> Math.abs(knowledge.facts().indexOf(f) - at)));
    }

    /**
     * True when the fact's own words name who it is attributed to ("…," said Ann Lee): a fact the story states itself
     * is attributed to its outlet, which its words do not name.
     */
    private static boolean namesSpeaker(Fact fact) {
        String speaker = fact.attribution() == null ? "" : fact.attribution().strip();
        if (speaker.isEmpty()) {
            return false;
        }
        String surname = speaker.substring(speaker.lastIndexOf(' ') + 1);
        return fact.quote().contains(surname) || fact.answer().contains(surname);
    }

    /**
     * An elliptical follow-up naming one new subject ("and the vc guy?", "那黄仁勋呢？", "그럼 젠슨 황은?") after a
     * question about one entity as a whole ("what did X say") asks the same about the new subject.
     */
    private Optional<EntityQuestions.Request> sameAskedOfAnother(String text, List<Entity> named, String conversation) {
        List<Entity> subjects =
                named.stream().filter(e -> !EntityKinds.generic(e)).toList();
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

    /** Where {@code text} first names {@code entity}, or its end when it does not. */
    private static int firstMentionOrEnd(String text, Entity entity) {
        int at = Mentions.first(text, entity, 0);
        return at < 0 ? text.length() : at;
    }

    /** The ids of the facts each earlier answer in the conversation cited, oldest answer first. */
    private List<List<String>> earlierFacts(String conversation) {
        return memory.turns(conversation).stream()
                .map(ConversationMemory.Remembered::factIds)
                .toList();
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

    /** The text without any name of {@code aside}. */
    private static String withoutNames(String text, List<Entity> aside) {
        StringBuilder rest = new StringBuilder(text);
        aside.stream()
                .flatMap(entity -> Mentions.spans(text, entity).stream())
                .sorted(java.util.Comparator.comparingInt((int[] at) -> at[0]).reversed())
                .forEach(at -> rest.replace(at[0], at[1], " "));
        return rest.toString().replaceAll("\\s{2,}", " ").strip();
    }

    /**
     * True when an earlier turn named no person, in its question or its answer, and did not ask who (after "who did
     * it?" answered without a name, the name may still be in the story).
     */
    private boolean leftUnnamed(ConversationMemory.Remembered turn) {
        return !QuestionCues.asks(turn.question()).contains(AnswerType.PERSON)
                && turn.entityIds().stream()
                        .flatMap(id ->
                                Optional.ofNullable(knowledge.entitiesById().get(id)).stream())
                        .noneMatch(EntityKinds::person)
                && entities.find(turn.answer()).stream().noneMatch(EntityKinds::person);
    }

    /**
     * The question with the names a refused question just before it asked about, when nothing has been answered yet
     * and it says "it" ("how big is it anyway" after a refused question about Europa); else unchanged. The refused
     * question itself is not borrowed: it was not answered, so it says nothing about what is asked now.
     */
    private String aboutRefused(String text, Language language, String own, String conversation) {
        List<ConversationMemory.Remembered> turns = memory.turns(conversation);
        if (turns.isEmpty()
                || !pronouns.hasThingPronoun(text, language) && !pronouns.hasThingPronoun(own, Language.detect(own))) {
            return text;
        }
        List<String> names = turns.get(turns.size() - 1).entityIds().stream()
                .map(knowledge.entitiesById()::get)
                .filter(java.util.Objects::nonNull)
                .map(Entity::name)
                .toList();
        return names.isEmpty() ? text : FollowUps.withContext(text, String.join(", ", names));
    }

    /** True when the first name the fact's answer gives is one of {@code aside}. */
    private boolean aboutFirst(Fact fact, List<Entity> aside) {
        String answer = fact.answer();
        return entities.find(answer).stream()
                .min(java.util.Comparator.comparingInt(e -> firstMentionOrEnd(answer, e)))
                .filter(aside::contains)
                .isPresent();
    }

    private Evidence refuse(
            ChatRequest request,
            Language language,
            String text,
            String resolved,
            List<Turn> history,
            List<Entity> named) {
        String message = Messages.refusal(language, suggestions(language, named));
        return refused(request, language, text, resolved, history, message, List.of());
    }

    /**
     * True when borrowing the earlier question only found again the facts the last answer gave, for a question
     * typed in English ({@code typedInEnglish}, not a glossed reading) that names a thing of its own ("the boat", "the
     * doctor's name"): a new question the story does not cover is not answered by repeating the last answer ("and how
     * bad was it", which names nothing, is).
     */
    private boolean repeatsForOwnSubject(
            boolean typedInEnglish,
            String text,
            Language language,
            List<Fact> chosen,
            ConversationMemory.Remembered last) {
        return typedInEnglish
                && language == Language.EN
                && QuestionCues.namesOwnThing(text)
                && !chosen.isEmpty()
                && chosen.stream().map(Fact::id).allMatch(last.factIds()::contains);
    }

    /**
     * The one specific thing a short elliptical follow-up names ("and Cognition?", "那Cognition呢？"), when it says
     * nothing else ("and is Cursor chinese owned" asks a question of its own); empty otherwise.
     */
    private Optional<Entity> otherSubject(String text, List<Entity> named) {
        List<Entity> specific =
                named.stream().filter(e -> !EntityKinds.generic(e)).distinct().toList();
        return QuestionCues.elliptical(text)
                        && FollowUps.isShort(text)
                        && specific.size() == 1
                        && !QuestionCues.compares(text)
                        // the English words besides its names (an elliptical "那…呢" or "그럼 …은" says nothing else)
                        && !questionWords.asksMore(
                                entities.withoutEntities(text).replaceAll("[^\\p{IsLatin}\\s]", " "))
                ? Optional.of(specific.get(0))
                : Optional.empty();
    }

    /** Refuses a question whose premise {@code fact} contradicts, saying what the story does say. */
    private Evidence correct(
            ChatRequest request, Language language, String text, String resolved, List<Turn> history, Fact fact) {
        String said = AnswerComposer.answerIn(fact, language);
        String message = StoryAnswers.wholeSentences(Messages.premise(language, said), Answer.MAX_TEXT_CHARS);
        return refused(request, language, text, resolved, history, message, List.of(fact));
    }

    /** A refusal, citing {@code cited} (what the story says instead, if anything), remembered as the turn's answer. */
    private Evidence refused(
            ChatRequest request,
            Language language,
            String text,
            String resolved,
            List<Turn> history,
            String message,
            List<Fact> cited) {
        List<Citation> citations =
                cited.stream().map(f -> new Citation(f.paragraph(), f.quote())).toList();
        Answer answer = new Answer(message, citations, Outcome.REFUSED, Mode.RETRIEVAL, null, null, language);
        // the things it named stay what a follow-up's "it" may stand for ("how big is it anyway" after a refused
        // question about Europa), though no fact answered it; not when it was about someone the story never names, or
        // an attempt to instruct the bot
        List<String> askedAbout = unknownNames.find(text).isEmpty() && !QuestionCues.injection(text)
                ? List.copyOf(EntityKinds.specific(entities.find(text)))
                : List.of();
        memory.remember(
                request.conversationId(),
                new ConversationMemory.Remembered(text, resolved, answer.text(), List.of(), askedAbout));
        return new Evidence(request, language, resolved, cited, answer, history);
    }

    /** The refusal of a question of {@code length} characters, over {@link #MAX_QUESTION_CHARS}. */
    private Evidence tooLong(ChatRequest request, Language language, String text, List<Turn> history, int length) {
        return unanswered(
                request,
                language,
                text,
                history,
                Outcome.INVALID_INPUT,
                Messages.tooLong(language, length, MAX_QUESTION_CHARS));
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
