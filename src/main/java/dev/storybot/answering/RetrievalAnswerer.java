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
import dev.storybot.knowledge.Figure;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.Candidate;
import dev.storybot.retrieval.EntityMatcher;
import dev.storybot.retrieval.EntityRanker;
import dev.storybot.retrieval.Hit;
import dev.storybot.retrieval.HybridRetriever;
import dev.storybot.retrieval.LexicalRanker;
import dev.storybot.retrieval.SemanticRanker;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
    /** How many fused candidates are considered for an answer. */
    static final int CANDIDATES_CONSIDERED = 6;
    private static final int SUGGESTIONS = 3;
    /** Weight of the best-matching words (relative to the best candidate) next to cosine similarity. */
    private static final double CONTENT_WEIGHT = 0.5;
    /** BM25 below this is weak evidence however it compares with the other candidates. */
    private static final double CONTENT_FLOOR = 3.0;
    private static final double CJK_LEXICAL_WEIGHT = 0.2;
    /** Answer types that only say who or what a fact is about, not what kind of information it gives. */
    private static final Set<AnswerType> NAMING_TYPES =
            Set.of(AnswerType.PERSON, AnswerType.ORGANIZATION, AnswerType.PRODUCT);
    private static final Set<String> GENERIC_ENTITY_TYPES = Set.of("country", "place");

    private final KnowledgeBase knowledge;
    private final HybridRetriever retriever;
    private final LexicalRanker lexical;
    private final EntityMatcher entities;
    private final UnknownNames unknownNames;
    private final EvidenceGate gate;
    private final ConversationMemory memory;
    private final Map<String, Entity> entitiesById;

    public RetrievalAnswerer(KnowledgeBase knowledge, HybridRetriever retriever, LexicalRanker lexical,
                             EntityMatcher entities, EvidenceGate gate, ConversationMemory memory) {
        this.knowledge = knowledge;
        this.retriever = retriever;
        this.lexical = lexical;
        this.entities = entities;
        this.unknownNames = new UnknownNames(knowledge);
        this.gate = gate;
        this.memory = memory;
        this.entitiesById = knowledge.entitiesById();
    }

    /** Builds the indexes (BM25 and embeddings) over {@code knowledge} and returns a ready answerer. */
    public static RetrievalAnswerer create(KnowledgeBase knowledge, EmbeddingModel embeddingModel) {
        EntityMatcher matcher = new EntityMatcher(knowledge.entities());
        LexicalRanker lexical = new LexicalRanker(knowledge);
        HybridRetriever retriever = new HybridRetriever(lexical, new SemanticRanker(knowledge, embeddingModel),
                new EntityRanker(knowledge, matcher));
        return new RetrievalAnswerer(knowledge, retriever, lexical, matcher, new EvidenceGate(),
                new ConversationMemory());
    }

    @Override
    public Answer answer(ChatRequest request) {
        return gather(request).retrievalAnswer();
    }

    @Override
    public Evidence gather(ChatRequest request) {
        String text = InputText.clean(request.text());
        Language language = Language.detect(text);
        String conversation = request.conversationId();
        List<Turn> history = memory.turns(conversation).stream()
                .map(t -> new Turn(t.question(), t.answer())).toList();

        if (text.isEmpty()) {
            String example = knowledge.exampleQuestions(language).get(0);
            return unanswered(request, language, text, history, Outcome.INVALID_INPUT, Messages.empty(language, example));
        }
        if (text.length() > MAX_QUESTION_CHARS) {
            return unanswered(request, language, text, history, Outcome.INVALID_INPUT,
                    Messages.tooLong(language, text.length(), MAX_QUESTION_CHARS));
        }
        if (QuestionCues.smallTalk(text)) {
            return unanswered(request, language, text, history, Outcome.SMALL_TALK,
                    Messages.intro(language, knowledge.meta().title(), suggestions(language, List.of())));
        }
        List<Entity> named = entities.find(text);
        // a name the story never uses ("Sam Altman", "Mistral") means the question is about something else
        boolean namesStranger = language == Language.EN && !unknownNames.find(text).isEmpty();
        if (QuestionCues.injection(text) || namesStranger) {
            return refuse(request, language, text, text, history, named);
        }

        Optional<ConversationMemory.Remembered> previous = memory.lastAnswered(conversation);
        String resolved = resolve(text, named, previous);
        List<Fact> chosen = choose(resolved, text, language, previous);
        if (chosen.isEmpty()) {
            return refuse(request, language, text, resolved, history, named);
        }
        Answer answer = compose(chosen, resolved, language);
        List<Fact> cited = answer.citations().isEmpty() ? chosen : citedFacts(chosen, answer);
        remember(conversation, text, resolved, answer, cited, named);
        return new Evidence(request, language, resolved, cited, answer, history);
    }

    // ---- follow-ups -------------------------------------------------------------------------------------------

    private String resolve(String text, List<Entity> named, Optional<ConversationMemory.Remembered> previous) {
        if (previous.isEmpty()) {
            return text;
        }
        ConversationMemory.Remembered last = previous.get();
        if (QuestionCues.elliptical(text) && !named.isEmpty()) {
            return last.resolvedQuestion() + " " + text;
        }
        if (named.isEmpty() && (QuestionCues.followsUp(text) || text.split("\\s+").length <= 4
                || Language.detect(text) != Language.EN && text.length() <= 12)) {
            String context = last.entityIds().stream()
                    .map(entitiesById::get)
                    .map(Entity::name)
                    .collect(Collectors.joining(", "));
            return text + " (" + context + ")";
        }
        return text;
    }

    // ---- retrieval and the evidence gate ----------------------------------------------------------------------

    private List<Fact> choose(String resolved, String original, Language language,
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
        Set<String> required = specificEntities(original);
        Set<String> contextual = specificEntities(resolved);
        Set<AnswerType> asked = asks;
        Optional<java.util.regex.Pattern> role = QuestionCues.requiredRole(original);
        List<Candidate> passing = candidates.stream()
                .limit(CANDIDATES_CONSIDERED)
                .filter(c -> gate.passes(c, content.getOrDefault(c.fact().id(), 0.0), language,
                        c.fact().entities().stream().anyMatch(contextual::contains)))
                .filter(c -> asked.isEmpty() || answersAsked(c.fact(), asked))
                .filter(c -> role.isEmpty() || hasRole(c.fact(), role.get()))
                .toList();
        double maxContent = passing.stream().mapToDouble(c -> content.getOrDefault(c.fact().id(), 0.0)).max()
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
            // a follow-up wants something new: prefer facts the previous answer did not already give
            List<String> given = previous.get().factIds();
            ordered.sort(java.util.Comparator.comparingInt(c -> given.contains(c.fact().id()) ? 1 : 0));
        }
        if (required.isEmpty()) {
            return ordered.stream().map(Candidate::fact).toList();
        }
        // every specific thing the question names must be covered, by one fact or by two together
        Optional<Candidate> first = ordered.stream()
                .filter(c -> c.fact().entities().stream().anyMatch(required::contains)).findFirst();
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
                    .min(java.util.Comparator.comparingInt(c -> sameKind(c.fact(), first.get().fact()) ? 0 : 1));
            if (second.isEmpty()) {
                return List.of();
            }
            chosen.add(second.get().fact());
        }
        ordered.stream().map(Candidate::fact).filter(f -> !chosen.contains(f)).forEach(chosen::add);
        return chosen;
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

    private static boolean hasRole(Fact fact, java.util.regex.Pattern role) {
        return role.matcher(fact.answer()).find() || role.matcher(fact.quote()).find()
                || fact.keywords().stream().anyMatch(k -> role.matcher(k).find());
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
        return asksWho && (fact.certainty() == Certainty.SAID || fact.certainty() == Certainty.REPORTED);
    }

    /** Ids of the entities named in the text, except countries and places, which too many facts mention. */
    private Set<String> specificEntities(String text) {
        Set<String> ids = new LinkedHashSet<>();
        for (Entity entity : entities.find(text)) {
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

    // ---- composition ------------------------------------------------------------------------------------------

    private Answer compose(List<Fact> chosen, String question, Language language) {
        Intent intent = QuestionCues.intent(question);
        if (intent == Intent.LIST) {
            Optional<Answer> list = listAnswer(question, language);
            if (list.isPresent()) {
                return list.get();
            }
        }
        if (intent == Intent.DIFFERENCE) {
            Optional<Answer> difference = differenceAnswer(chosen, question, language);
            if (difference.isPresent()) {
                return difference.get();
            }
        }
        List<Fact> parts = new ArrayList<>();
        parts.add(chosen.get(0));
        Set<String> named = entities.find(question).stream().map(Entity::id).collect(Collectors.toSet());
        Set<String> missing = new LinkedHashSet<>(named);
        missing.removeAll(chosen.get(0).entities());
        if (QuestionCues.asksSeveral(question) && chosen.size() > 1) {
            parts.add(chosen.get(1));
        } else if (intent == Intent.COMPARE || !missing.isEmpty()) {
            chosen.stream().skip(1)
                    .filter(f -> f.entities().stream().anyMatch(missing::contains))
                    .findFirst()
                    .ifPresent(parts::add);
        }
        return answered(parts, language, null);
    }

    private Optional<Answer> listAnswer(String question, Language language) {
        String type = QuestionCues.listedType(question);
        String country = QuestionCues.listedCountry(question);
        List<String> sentences = new ArrayList<>();
        List<Fact> support = new ArrayList<>();
        // companies are asked about loosely: the story's Chinese "companies" include the makers named by their model
        List<String> types = "company".equals(type) ? List.of("company", "model") : List.of(type);
        for (String listed : types) {
            List<String> names = new ArrayList<>();
            for (Entity entity : knowledge.entities()) {
                if (!entity.type().equalsIgnoreCase(listed)
                        || country != null && !country.equalsIgnoreCase(entity.country())) {
                    continue;
                }
                // the fact that introduces the entity, in article order, supports its mention
                knowledge.facts().stream()
                        .filter(f -> f.entities().contains(entity.id()))
                        .findFirst()
                        .ifPresent(fact -> {
                            names.add(localName(entity, language));
                            if (!support.contains(fact)) {
                                support.add(fact);
                            }
                        });
            }
            if (!names.isEmpty()) {
                sentences.add(Messages.list(language, Messages.kindName(language, listed, country), names));
            }
        }
        String text = String.join(" ", sentences);
        if (sentences.isEmpty() || text.length() > Answer.MAX_TEXT_CHARS) {
            return Optional.empty();
        }
        return Optional.of(new Answer(text, citations(support), Outcome.ANSWERED, Mode.RETRIEVAL, null, null,
                language));
    }

    private Optional<Answer> differenceAnswer(List<Fact> chosen, String question, Language language) {
        List<Entity> named = entities.find(question);
        List<Map.Entry<Figure, Fact>> figures = new ArrayList<>();
        for (Fact fact : chosen) {
            for (Figure figure : fact.figures()) {
                figures.add(Map.entry(figure, fact));
            }
        }
        if (figures.size() < 2) {
            return Optional.empty();
        }
        // prefer the figures whose labels name the entities asked about, in the order asked
        List<Map.Entry<Figure, Fact>> picked = new ArrayList<>();
        for (Entity entity : named) {
            figures.stream()
                    .filter(e -> !picked.contains(e))
                    .filter(e -> entity.allNames().stream().anyMatch(n -> containsIgnoreCase(e.getKey().label(), n)))
                    .findFirst()
                    .ifPresent(picked::add);
        }
        for (var entry : figures) {
            if (picked.size() >= 2) {
                break;
            }
            if (!picked.contains(entry) && (picked.isEmpty()
                    || entry.getKey().unit().equals(picked.get(0).getKey().unit()))) {
                picked.add(entry);
            }
        }
        if (picked.size() < 2 || !picked.get(0).getKey().unit().equals(picked.get(1).getKey().unit())) {
            return Optional.empty();
        }
        Figure a = picked.get(0).getKey();
        Figure b = picked.get(1).getKey();
        BigDecimal larger = BigDecimal.valueOf(Math.max(a.value(), b.value()));
        BigDecimal smaller = BigDecimal.valueOf(Math.min(a.value(), b.value()));
        BigDecimal difference = larger.subtract(smaller);
        boolean relative = QuestionCues.asksRelative(question) && !a.unit().toLowerCase(java.util.Locale.ROOT)
                .startsWith("percent") && smaller.signum() > 0;
        String amount = relative
                ? difference.multiply(BigDecimal.valueOf(100)).divide(smaller, 1, RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString() + "%"
                : Numbers.format(difference, a.unit(), language);
        List<Fact> parts = new ArrayList<>();
        parts.add(picked.get(0).getValue());
        if (!parts.contains(picked.get(1).getValue())) {
            parts.add(picked.get(1).getValue());
        }
        String text = joinAnswers(parts, language) + " " + Messages.difference(language, amount);
        if (text.length() > Answer.MAX_TEXT_CHARS) {
            text = Messages.difference(language, amount);
        }
        return Optional.of(new Answer(text, citations(parts), Outcome.ANSWERED, Mode.RETRIEVAL, null, null,
                language));
    }

    private Answer answered(List<Fact> parts, Language language, String note) {
        String text = joinAnswers(parts, language);
        if (text.length() > Answer.MAX_TEXT_CHARS) {
            parts = List.of(parts.get(0));
            text = joinAnswers(parts, language);
        }
        return new Answer(text, citations(parts), Outcome.ANSWERED, Mode.RETRIEVAL, null, note, language);
    }

    private static String joinAnswers(List<Fact> facts, Language language) {
        return facts.stream().map(f -> answerIn(f, language))
                .collect(Collectors.joining(language == Language.ZH ? "" : " "));
    }

    /** The fact's answer sentence in the language asked, English when no translation exists. */
    public static String answerIn(Fact fact, Language language) {
        String translated = switch (language) {
            case ZH -> fact.zh().answer();
            case KO -> fact.ko().answer();
            case EN -> fact.answer();
        };
        return translated == null || translated.isBlank() ? fact.answer() : translated;
    }

    private static String localName(Entity entity, Language language) {
        List<String> local = language == Language.ZH ? entity.zh() : language == Language.KO ? entity.ko() : List.of();
        return local.isEmpty() ? entity.name() : entity.name() + " (" + local.get(0) + ")";
    }

    private static List<Citation> citations(List<Fact> facts) {
        return facts.stream().map(f -> new Citation(f.paragraph(), f.quote())).distinct().toList();
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

    private static boolean containsIgnoreCase(String text, String part) {
        return text.toLowerCase(java.util.Locale.ROOT).contains(part.toLowerCase(java.util.Locale.ROOT));
    }

    // ---- refusals and other non-answers -----------------------------------------------------------------------

    private Evidence refuse(ChatRequest request, Language language, String text, String resolved, List<Turn> history,
                            List<Entity> named) {
        Answer answer = new Answer(Messages.refusal(language, suggestions(language, named)), List.of(),
                Outcome.REFUSED, Mode.RETRIEVAL, null, null, language);
        memory.remember(request.conversationId(),
                new ConversationMemory.Remembered(text, resolved, answer.text(), List.of(), List.of()));
        return new Evidence(request, language, resolved, List.of(), answer, history);
    }

    private Evidence unanswered(ChatRequest request, Language language, String text, List<Turn> history,
                                Outcome outcome, String message) {
        Answer answer = new Answer(message, List.of(), outcome, Mode.RETRIEVAL, null, null, language);
        return new Evidence(request, language, text, List.of(), answer, history);
    }

    /** Example questions: about the entities the question named when it named any, else the story's own. */
    private List<String> suggestions(Language language, List<Entity> named) {
        List<String> picks = new ArrayList<>();
        if (language == Language.EN) {
            for (Entity entity : named) {
                knowledge.facts().stream()
                        .filter(f -> f.entities().contains(entity.id()) && !f.paraphrases().isEmpty())
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

    private void remember(String conversation, String text, String resolved, Answer answer, List<Fact> cited,
                          List<Entity> named) {
        Set<String> entityIds = new LinkedHashSet<>();
        named.forEach(e -> entityIds.add(e.id()));
        cited.forEach(f -> entityIds.addAll(f.entities()));
        memory.remember(conversation, new ConversationMemory.Remembered(text, resolved, answer.text(),
                cited.stream().map(Fact::id).toList(), List.copyOf(entityIds)));
    }
}
