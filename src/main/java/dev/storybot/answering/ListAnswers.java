package dev.storybot.answering;

import dev.storybot.core.Answer;
import dev.storybot.core.Citation;
import dev.storybot.core.Language;
import dev.storybot.core.Mode;
import dev.storybot.core.Outcome;
import dev.storybot.core.WordList;
import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.Figure;
import dev.storybot.knowledge.KnowledgeBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that composes a list answer: every entity of the asked type (of the asked country)
 * that a fact mentions, in the story's order, each supported by the first fact naming it; or every figure the facts
 * give, with its label.
 */
final class ListAnswers {

    /** Entity types that name each other, so that a list of one also lists the other (a language resource). */
    static final String LIST_KINDS_RESOURCE = "/language/list-kinds.properties";

    private static final java.util.Properties LIST_KINDS = WordList.properties(LIST_KINDS_RESOURCE);
    /** Words of a figure's label kept when the full labels make the list too long: enough to tell them apart. */
    static final int SHORT_LABEL_WORDS = 4;

    private final KnowledgeBase knowledge;
    private final Optional<DescribedKinds> described;

    /** Lists every entity of the asked kind, whatever words stand before the kind's noun. */
    ListAnswers(KnowledgeBase knowledge) {
        this(knowledge, Optional.empty());
    }

    /** Lists the entities of the asked kind that the story describes as the question does ("the coding startups"). */
    ListAnswers(KnowledgeBase knowledge, Optional<DescribedKinds> described) {
        this.knowledge = knowledge;
        this.described = described;
    }

    /** The list answer, or empty when the story names nothing of that kind (the question is then refused). */
    Optional<Answer> answer(ListQuestions.Request request, Language language) {
        return ListQuestions.FIGURE.equals(request.kind()) ? figures(language) : entities(request, language);
    }

    /**
     * The asked type, the type that facts derived from an article give the same things, and the type that names
     * the same things, when {@link #LIST_KINDS_RESOURCE} pairs them.
     */
    private static List<String> kinds(ListQuestions.Request request) {
        String kind = request.kind();
        String other = LIST_KINDS.getProperty(kind.toLowerCase(java.util.Locale.ROOT));
        if (other == null && request.country() != null && !request.excludingCountry()) {
            other = LIST_KINDS.getProperty(kind.toLowerCase(java.util.Locale.ROOT) + ".of-country");
        }
        List<String> kinds = new ArrayList<>(List.of(kind));
        // "organization", as facts derived from an article type a company, lists with "company"
        String also = LIST_KINDS.getProperty(kind.toLowerCase(java.util.Locale.ROOT) + ".also");
        if (also != null) {
            kinds.add(also.strip());
        }
        if (other != null) {
            kinds.add(other.strip());
        }
        return kinds;
    }

    private Optional<Answer> entities(ListQuestions.Request request, Language language) {
        List<String> sentences = new ArrayList<>();
        List<Fact> support = new ArrayList<>();
        String country =
                request.country() == null || request.excludingCountry() ? null : localName(request.country(), language);
        List<String> kinds = kinds(request);
        List<String> qualifiers = described
                .map(d -> d.qualifiers(request.before() == null ? "" : request.before()))
                .orElse(List.of());
        for (String kind : kinds) {
            List<String> names = new ArrayList<>();
            List<Entity> ofKind = knowledge.entities().stream()
                    .filter(entity -> entity.type().equalsIgnoreCase(kind))
                    .toList();
            for (Entity entity :
                    described.map(d -> d.narrow(ofKind, qualifiers)).orElse(ofKind)) {
                boolean fromCountry = request.country() != null
                        && countryOf(request.country()).equalsIgnoreCase(String.valueOf(entity.country()));
                if (request.country() != null && fromCountry == request.excludingCountry()) {
                    continue;
                }
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
                sentences.add(Messages.list(language, Messages.listKind(language, kind, country), names));
            }
        }
        if (sentences.isEmpty() && request.country() != null) {
            // the story names none of that kind from that country: say so, rather than answer something else
            String none = Messages.noneListed(language, Messages.listKind(language, request.kind(), country));
            return Optional.of(new Answer(none, List.of(), Outcome.REFUSED, Mode.RETRIEVAL, null, null, language));
        }
        String text = String.join(" ", sentences);
        return sentences.isEmpty() || text.length() > Answer.MAX_TEXT_CHARS
                ? Optional.empty()
                : Optional.of(answered(text, support, language));
    }

    /**
     * Which item of one kind goes with which of the other, by the facts that name one of each ("Cursor → DeepSeek
     * (suspected)"), in the story's order, each fact cited; empty when no fact names both kinds.
     */
    Optional<Answer> pairs(ListQuestions.Pairs request, Language language) {
        List<String> seconds = kinds(new ListQuestions.Request(request.second(), request.secondCountry()));
        List<String> items = new ArrayList<>();
        List<Fact> support = new ArrayList<>();
        for (Fact fact : knowledge.facts()) {
            List<Entity> named = fact.entities().stream()
                    .map(knowledge.entitiesById()::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            Optional<Entity> first = named.stream()
                    .filter(e -> e.type().equalsIgnoreCase(request.first()))
                    // "which firms use norland ferries": firms from elsewhere, unless the first kind has its own
                    // country
                    .filter(e -> request.firstCountry() != null
                            ? from(e, request.firstCountry(), true)
                            : from(e, request.secondCountry(), false))
                    .findFirst();
            // the fact's sentence names the first item before the second ("Harbour is suspected of using Tidal"), as
            // a subject before what it uses; "Tidal surpassed Norland's Gull" pairs nothing with Norland
            int firstAt = first.map(e -> Mentions.first(fact.answer(), e, 0)).orElse(-1);
            Optional<Entity> second = named.stream()
                    .filter(e -> seconds.stream().anyMatch(k -> e.type().equalsIgnoreCase(k)))
                    .filter(e -> from(e, request.secondCountry(), true)
                            && !first.map(e::equals).orElse(false))
                    .filter(e -> firstAt >= 0 && Mentions.first(fact.answer(), e, firstAt + 1) >= 0)
                    .findFirst();
            if (first.isEmpty() || second.isEmpty()) {
                continue;
            }
            String item = localName(first.get(), language) + " → " + localName(second.get(), language)
                    + Messages.hedge(language, fact.certainty());
            if (items.stream().noneMatch(i -> i.startsWith(localName(first.get(), language) + " → "))) {
                String text = Messages.pairs(language, append(items, item));
                if (text.length() > Answer.MAX_TEXT_CHARS) {
                    break;
                }
                items.add(item);
                support.add(fact);
            }
        }
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(answered(Messages.pairs(language, items), support, language));
    }

    /**
     * True when {@code entity} is from {@code country} ({@code inside}) or not from it (not {@code inside}); any
     * entity passes a null country.
     */
    private static boolean from(Entity entity, Entity country, boolean inside) {
        if (country == null) {
            return true;
        }
        return countryOf(country).equalsIgnoreCase(String.valueOf(entity.country())) == inside;
    }

    private static List<String> append(List<String> items, String item) {
        List<String> longer = new ArrayList<>(items);
        longer.add(item);
        return longer;
    }

    private Optional<Answer> figures(Language language) {
        List<Figure> figures = new ArrayList<>();
        List<Fact> support = new ArrayList<>();
        Set<Figure> countedAfter = new HashSet<>();
        for (Fact fact : knowledge.facts()) {
            for (Figure figure : fact.figures()) {
                figures.add(figure);
                if (countsWordsAfter(fact.quote(), figure)) {
                    countedAfter.add(figure);
                }
                if (!support.contains(fact)) {
                    support.add(fact);
                }
            }
        }
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        // full labels when they fit, else their first words, else the values alone
        for (int labelWords : new int[] {Integer.MAX_VALUE, SHORT_LABEL_WORDS, 0}) {
            List<String> items = new ArrayList<>();
            for (Figure figure : figures) {
                String value = plain(figure.value())
                        + (figure.unit() == null || figure.unit().isBlank() ? "" : " " + figure.unit());
                String label = firstWords(figure.label(), labelWords);
                // "17 nights", as the story writes it, rather than "nights: 17"
                items.add(
                        label.isEmpty()
                                ? value
                                : countedAfter.contains(figure) ? value + " " + label : label + ": " + value);
            }
            if (Messages.figures(language, items, List.of()).length() <= Answer.MAX_TEXT_CHARS) {
                return Optional.of(withDates(items, support, language));
            }
        }
        return Optional.empty();
    }

    /**
     * The figures listed, then the story's dates and decades as written ("April 26, 2016", "the mid-2020s"), each once
     * and in the story's order, as many as fit: "every number in the article" takes them in too.
     */
    private Answer withDates(List<String> items, List<Fact> figureFacts, Language language) {
        List<String> dates = new ArrayList<>();
        List<Fact> support = new ArrayList<>(figureFacts);
        for (Fact fact : knowledge.facts()) {
            for (String date : DateMentions.timesIn(fact.quote())) {
                if (dates.stream().anyMatch(date::equalsIgnoreCase)) {
                    continue;
                }
                List<String> more = append(dates, date);
                if (Messages.figures(language, items, more).length() > Answer.MAX_TEXT_CHARS) {
                    continue;
                }
                dates = more;
                if (!support.contains(fact)) {
                    support.add(fact);
                }
            }
        }
        return answered(Messages.figures(language, items, dates), support, language);
    }

    /**
     * True when a figure with no unit is written right before its label in the quote ("for 17 nights"): the label
     * names what it counts.
     */
    private static boolean countsWordsAfter(String quote, Figure figure) {
        if (!figure.unit().isBlank() || figure.label().isBlank()) {
            return false;
        }
        Matcher m = Pattern.compile(
                        "(\\d[\\d,]*(?:\\.\\d+)?)\\s+" + Pattern.quote(figure.label()) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE)
                .matcher(quote);
        while (m.find()) {
            if (new BigDecimal(m.group(1).replace(",", "")).compareTo(BigDecimal.valueOf(figure.value())) == 0) {
                return true;
            }
        }
        return false;
    }

    private static String firstWords(String text, int count) {
        if (count == 0) {
            return "";
        }
        String[] words = text.split("\\s+");
        return words.length <= count ? text : String.join(" ", java.util.Arrays.copyOf(words, count)) + "…";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The entity's name in the answer's language when the fact file has one, else its canonical name. */
    static String localName(Entity entity, Language language) {
        List<String> local = switch (language) {
            case ZH -> entity.zh();
            case KO -> entity.ko();
            case EN -> List.of();
        };
        return local.isEmpty() ? entity.name() : local.get(0);
    }

    private static Answer answered(String text, List<Fact> support, Language language) {
        List<Citation> citations = support.stream()
                .map(f -> new Citation(f.paragraph(), f.quote()))
                .distinct()
                .toList();
        return new Answer(text, citations, Outcome.ANSWERED, Mode.RETRIEVAL, null, null, language);
    }

    /** The country a country entity stands for: its own country field, or (derived from the article) its name. */
    private static String countryOf(Entity country) {
        return country.country() != null ? country.country() : country.name();
    }
}
