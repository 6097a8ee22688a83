package dev.storybot.answering;

import dev.storybot.core.Language;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.retrieval.EntityMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of reference resolution for a follow-up pointing at one of several entities the conversation has named: "the
 * other one" (of a pair, the one the conversation has not been about) and "the first one", "the latter" (by its
 * place in the latest answer naming several of that kind). The entity's name takes the place of the pointing words.
 */
final class WhichOfSeveral {

    /** The cues per language, the ordinals and the kinds of entity (a language resource). */
    static final String RESOURCE = "/language/which-of-several.txt";

    private static final String OTHER = "other.";
    private static final String NTH = "nth.";
    private static final String ANOTHER = "another.";
    private static final String POSITION = "position.";
    private static final String LAST = "last";
    private static final String KIND = "kind.";
    private static final String TYPES = "types.";
    private static final Map<String, Pattern> CUES = CueFile.load(RESOURCE);
    private static final Map<String, String> VALUES = CueFile.values(RESOURCE);
    private static final Pattern RELATIVE = CUES.get("relative");

    private final KnowledgeBase knowledge;
    private final EntityMatcher entities;
    private final Map<String, Entity> byId;
    private final Optional<DescribedKinds> described;

    /** Resolves pointing words by the kind's noun alone. */
    WhichOfSeveral(KnowledgeBase knowledge, EntityMatcher entities) {
        this(knowledge, entities, Optional.empty());
    }

    /** Resolves pointing words by the kind's noun and the words before it ("the other coding startup"). */
    WhichOfSeveral(KnowledgeBase knowledge, EntityMatcher entities, Optional<DescribedKinds> described) {
        this.knowledge = knowledge;
        this.entities = entities;
        this.byId = knowledge.entitiesById();
        this.described = described;
    }

    /**
     * The question with the pointing words replaced by the name of the entity meant, given the conversation's turns
     * (oldest first); unchanged when it points at none or the conversation leaves it open which.
     */
    String resolve(String text, Language language, List<ConversationMemory.Remembered> turns) {
        String code = language.name().toLowerCase(Locale.ROOT);
        for (String cue : List.of(NTH + code, OTHER + code, ANOTHER + code)) {
            Pattern pattern = CUES.get(cue);
            Matcher m = pattern == null ? null : pattern.matcher(text);
            if (m == null || !m.find()) {
                continue;
            }
            // "another coding startup besides Cursor" points past the names it sets aside, in a first question too;
            // the rest point within a conversation
            if (turns.isEmpty() && !cue.startsWith(ANOTHER)) {
                continue;
            }
            String noun = m.group("noun");
            Optional<String> kind = kindOf(noun == null ? m.group("unit") : noun);
            if (noun != null && kind.isEmpty()) {
                continue; // "the other side", "the first quarter"
            }
            if (kind.isPresent() && !cue.startsWith(ANOTHER) && namesKind(text, kind.get())) {
                continue; // "the other Norland model" names what it means
            }
            int end = noun == null ? m.end() : m.start("noun") + kindWordEnd(noun);
            if (RELATIVE.matcher(text.substring(end)).find()) {
                continue; // "the first company to use it": a superlative, about what a fact says
            }
            List<String> qualifiers = noun == null
                    ? List.of()
                    : described
                            .map(d -> d.qualifiers(noun.substring(0, kindWordStart(noun))))
                            .orElse(List.of());
            Optional<Entity> meant = cue.startsWith(NTH)
                    ? byPosition(m.group("nth"), kind, turns)
                    : theOther(text, language, kind, qualifiers, turns);
            if (meant.isPresent()) {
                // the words after the kind word ("the first company offer") stay in the question
                return text.substring(0, m.start()) + meant.get().name() + text.substring(end);
            }
        }
        return text;
    }

    /** The entity at the ordinal's place among the several of one kind that the latest such answer names. */
    private Optional<Entity> byPosition(
            String ordinal, Optional<String> kind, List<ConversationMemory.Remembered> turns) {
        Optional<String> position = VALUES.keySet().stream()
                .filter(k -> k.startsWith(POSITION)
                        && CUES.get(k).matcher(ordinal.strip()).find())
                .map(k -> k.substring(POSITION.length()))
                .findFirst();
        if (position.isEmpty()) {
            return Optional.empty();
        }
        for (int i = turns.size() - 1; i >= 0; i--) {
            Map<String, List<Entity>> byKind = inOrder(turns.get(i).answer());
            List<List<Entity>> several = byKind.entrySet().stream()
                    .filter(e -> kind.isEmpty() || kind.get().equals(e.getKey()))
                    .map(Map.Entry::getValue)
                    .filter(l -> l.size() >= 2)
                    .toList();
            if (several.size() == 1) {
                List<Entity> items = several.get(0);
                int at = LAST.equals(position.get()) ? items.size() - 1 : Integer.parseInt(position.get()) - 1;
                return at < items.size() ? Optional.of(items.get(at)) : Optional.empty();
            }
            if (several.size() > 1) {
                return Optional.empty(); // several kinds of several: which is meant is open
            }
        }
        return Optional.empty();
    }

    /** The one entity of the kind that the conversation named beside the one it has been about. */
    private Optional<Entity> theOther(
            String text,
            Language language,
            Optional<String> asked,
            List<String> qualifiers,
            List<ConversationMemory.Remembered> turns) {
        // what the last question was about: its own names, or the one it pointed at ("the first one"), before the
        // names an earlier question lent it; in a first question, the names it sets aside
        List<Entity> focus = specific(entities.find(text));
        if (!turns.isEmpty()) {
            ConversationMemory.Remembered last = turns.get(turns.size() - 1);
            focus = specific(entities.find(resolve(last.question(), language, turns.subList(0, turns.size() - 1))));
            if (focus.isEmpty()) {
                focus = specific(entities.find(last.resolvedQuestion()));
            }
            if (focus.isEmpty()) {
                focus = specific(List.copyOf(mentioned(last)));
            }
        }
        Optional<String> kind = asked.isPresent() || focus.size() != 1
                ? asked
                : kindOfType(focus.get(0).type());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Set<String> types = types(kind.get());
        Set<Entity> meant = new LinkedHashSet<>(focus);
        for (int i = turns.size() - 1; i >= 0; i--) {
            // the names an answer gives ("Cursor and Cognition AI") before those of the facts it cites
            Optional<Entity> other =
                    onlyOther(new LinkedHashSet<>(entities.find(turns.get(i).answer())), types, meant);
            if (other.isEmpty()) {
                other = onlyOther(mentioned(turns.get(i)), types, meant);
            }
            if (other.isPresent()) {
                return other;
            }
        }
        // "the other King's College person": of that kind beside what the question names, the one not yet meant;
        // "the other guy" in a story whose facts name two people: the one not yet meant
        List<Entity> named = entities.find(text);
        if (!qualifiers.isEmpty() && described.isPresent()) {
            // "the other coding startup": of those the story describes so, the one not yet meant
            List<Entity> ofKind =
                    inFacts().stream().filter(e -> types.contains(e.type())).toList();
            List<Entity> narrowed = described.get().narrow(ofKind, qualifiers);
            List<Entity> others =
                    narrowed.stream().filter(e -> !meant.contains(e)).toList();
            if (others.size() == 1) {
                return Optional.of(others.get(0));
            }
        }
        return onlyOther(named.isEmpty() ? inFacts() : besides(named), types, meant);
    }

    /** The one entity of {@code types} among {@code candidates} besides those already meant, if there are two. */
    private static Optional<Entity> onlyOther(Set<Entity> candidates, Set<String> types, Set<Entity> meant) {
        List<Entity> ofKind =
                candidates.stream().filter(e -> types.contains(e.type())).toList();
        List<Entity> others = ofKind.stream().filter(e -> !meant.contains(e)).toList();
        return ofKind.size() >= 2 && others.size() == 1 ? Optional.of(others.get(0)) : Optional.empty();
    }

    /** The specific entities an answer names, by kind, each kind in the order the answer names them. */
    private Map<String, List<Entity>> inOrder(String answer) {
        Map<String, List<Entity>> byKind = new LinkedHashMap<>();
        for (EntityMatcher.Mention mention : entities.mentions(answer)) {
            Entity e = mention.entity();
            Optional<String> kind = EntityKinds.generic(e) ? Optional.empty() : kindOfType(e.type());
            if (kind.isPresent()) {
                List<Entity> items = byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>());
                if (!items.contains(e)) {
                    items.add(e);
                }
            }
        }
        return byKind;
    }

    /** The entities a turn named: those of its question and answer, then those of the facts it cited. */
    private Set<Entity> mentioned(ConversationMemory.Remembered turn) {
        Set<Entity> found = new LinkedHashSet<>(entities.find(turn.resolvedQuestion()));
        found.addAll(entities.find(turn.answer()));
        turn.entityIds().stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .forEach(found::add);
        return found;
    }

    /** The entities the story's facts are about (not, say, the byline's author). */
    private Set<Entity> inFacts() {
        Set<Entity> found = new LinkedHashSet<>();
        for (Fact fact : knowledge.facts()) {
            fact.entities().stream()
                    .map(byId::get)
                    .filter(java.util.Objects::nonNull)
                    .forEach(found::add);
        }
        return found;
    }

    /** The entities that share a fact with any of {@code named}. */
    private Set<Entity> besides(List<Entity> named) {
        Set<Entity> found = new LinkedHashSet<>();
        for (Fact fact : knowledge.facts()) {
            if (named.stream().anyMatch(e -> fact.entities().contains(e.id()))) {
                fact.entities().stream()
                        .map(byId::get)
                        .filter(java.util.Objects::nonNull)
                        .forEach(found::add);
            }
        }
        return found;
    }

    private boolean namesKind(String text, String kind) {
        Set<String> types = types(kind);
        return entities.find(text).stream().anyMatch(e -> types.contains(e.type()));
    }

    private static List<Entity> specific(List<Entity> found) {
        return found.stream().filter(e -> !EntityKinds.generic(e)).toList();
    }

    private static Optional<String> kindOf(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        return CUES.entrySet().stream()
                .filter(e -> e.getKey().startsWith(KIND)
                        && e.getValue().matcher(words).find())
                .map(e -> e.getKey().substring(KIND.length()))
                .findFirst();
    }

    /** Where the first kind word in {@code words} starts. */
    private static int kindWordStart(String words) {
        return kindWord(words).map(Matcher::start).orElse(0);
    }

    /** Where the first kind word in {@code words} ends. */
    private static int kindWordEnd(String words) {
        return kindWord(words).map(Matcher::end).orElse(words.length());
    }

    /** The first kind word in {@code words}, found. */
    private static Optional<Matcher> kindWord(String words) {
        return CUES.entrySet().stream()
                .filter(e -> e.getKey().startsWith(KIND))
                .map(e -> e.getValue().matcher(words))
                .filter(Matcher::find)
                .min(java.util.Comparator.comparingInt(Matcher::start));
    }

    private static Optional<String> kindOfType(String type) {
        return VALUES.entrySet().stream()
                .filter(e ->
                        e.getKey().startsWith(TYPES) && typeList(e.getValue()).contains(type))
                .map(e -> e.getKey().substring(TYPES.length()))
                .findFirst();
    }

    private static Set<String> types(String kind) {
        return Set.copyOf(typeList(VALUES.getOrDefault(TYPES + kind, "")));
    }

    /** The entity types a "types." line lists. */
    private static List<String> typeList(String value) {
        return List.of(value.strip().split("\\s+"));
    }
}
