package dev.storybot.answering;

import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.KnowledgeBase;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage of the answering pipeline that recognises questions about the story as a whole (its gist, where it comes
 * from, its headline, its statement line) rather than about one of its facts. The cues are a language resource.
 */
final class StoryQuestions {

    /** What a question about the whole story asks for. */
    enum Kind {
        /** The gist: "tl;dr?", "what's this about", "要約して". */
        SUMMARY,
        /** Where the article comes from: outlet, link, original, translation. */
        SOURCE,
        /** Who wrote the article (its byline). */
        AUTHOR,
        /** When the article was published. */
        DATE,
        /** The year the article was published: a day without a year does not say it. */
        YEAR,
        /** The article's headline. */
        HEADLINE,
        /** The article's own statement or disclaimer line. */
        STATEMENT,
        /** The words the article quotes directly ("any direct quotes in here?"). */
        QUOTES,
        /** Who made a picture that goes with the article: its credit line ("who took the photo"). */
        PICTURE
    }

    /** The cue file (see its header for the format). */
    static final String CUES_RESOURCE = "/language/story-questions.txt";

    private static final Pattern SCHEME_OR_WWW = Pattern.compile("^(?:[a-z]+://)?(?:www\\.)?");
    private static final Pattern LEFTOVER = Pattern.compile("[\\s\\p{P}\\p{S}]*");
    /** The cue name of words asking for the source only when the message asks nothing else about the story. */
    static final String SOURCE_ALONE_CUE = "source-alone";

    private static final Map<String, Pattern> CUE_FILE = CueFile.load(CUES_RESOURCE);
    private static final Map<Kind, Pattern> CUES = loadCues();
    private static final Pattern SOURCE_ALONE = CUE_FILE.get(SOURCE_ALONE_CUE);
    /** The order kinds are checked and answered in: the most specific cues first, the gist last. */
    static final List<Kind> ORDER = List.of(
            Kind.PICTURE,
            Kind.STATEMENT,
            Kind.HEADLINE,
            Kind.AUTHOR,
            Kind.YEAR,
            Kind.DATE,
            Kind.SOURCE,
            Kind.QUOTES,
            Kind.SUMMARY);

    /** Words pointing a whole-story question at another piece the conversation named (a language resource). */
    static final String OTHER_PIECE_RESOURCE = "/language/other-piece.txt";

    private static final Pattern POINTER = CueFile.load(OTHER_PIECE_RESOURCE).get("pointer");

    private final GistRequests gist = new GistRequests();
    private final String storyAddress;
    private final Set<String> ownSources = new HashSet<>();

    StoryQuestions(KnowledgeBase knowledge, List<Entity> ownSourceEntities) {
        String url = knowledge.story().url() == null ? "" : knowledge.story().url();
        this.storyAddress = bare(url);
        ownSourceEntities.forEach(entity -> ownSources.add(entity.id()));
    }

    /**
     * What the question asks about the whole story, if it is such a question: it has a cue of one kind and names no
     * entity besides the story's own source (a question naming a company is about that company). A message that is
     * only the story's own address asks for its gist. When it asks for several things, the first of {@link #ORDER}.
     */
    Optional<Kind> classify(String question, List<Entity> named) {
        return classifyAll(question, named).stream().findFirst();
    }

    /**
     * Everything the question asks about the whole story ("who wrote this and when did it come out": the author and
     * the date), in {@link #ORDER}; empty when it is not such a question.
     */
    List<Kind> classifyAll(String question, List<Entity> named) {
        if (!storyAddress.isEmpty()
                && LEFTOVER.matcher(withoutStoryAddress(question)).matches()) {
            return List.of(Kind.SUMMARY);
        }
        if (named.stream().anyMatch(entity -> !ownSources.contains(entity.id()))) {
            return List.of();
        }
        String text = withoutStoryAddress(question);
        List<Kind> matched = ORDER.stream()
                .filter(kind ->
                        CUES.containsKey(kind) && CUES.get(kind).matcher(text).find())
                .toList();
        // "what year is it from" asks the year, which is more than the date's cue (or the source's "is it from")
        // says
        List<Kind> kinds = matched.contains(Kind.YEAR)
                ? matched.stream()
                        .filter(kind -> kind != Kind.DATE && kind != Kind.SOURCE)
                        .toList()
                : matched;
        if (SOURCE_ALONE.matcher(text).find() && !kinds.contains(Kind.SOURCE) && !kinds.contains(Kind.SUMMARY)) {
            // "link?": the bare word asks for the source, alone or beside another ("the headline + link"), but "he
            // sent me this link, gist?" asks for the gist
            List<Kind> withSource = new java.util.ArrayList<>(kinds);
            withSource.add(Kind.SOURCE);
            return ORDER.stream().filter(withSource::contains).toList();
        }
        return kinds.isEmpty() && gist.asksGist(text) ? List.of(Kind.SUMMARY) : kinds;
    }

    /** True when the question says "it" or "that" ("what's the gist of it"), which may mean a piece just named. */
    static boolean pointsAtAPiece(String question) {
        return POINTER.matcher(question).find();
    }

    /** True when {@code entity} is one of the story's own sources rather than something it reports on. */
    boolean ownSource(Entity entity) {
        return ownSources.contains(entity.id());
    }

    /** The question with the story's own address (in any spelling) taken out; it says "this story", nothing more. */
    String withoutStoryAddress(String question) {
        if (storyAddress.isEmpty()) {
            return question;
        }
        String host = storyAddress.contains("/") ? storyAddress.substring(0, storyAddress.indexOf('/')) : storyAddress;
        String full = trimEnd(storyAddress);
        StringBuilder out = new StringBuilder();
        for (String word : question.split("\\s+")) {
            String token = trimEnd(bare(word));
            boolean story = token.startsWith(host) && (full.startsWith(token) || token.startsWith(full));
            if (!story) {
                out.append(word).append(' ');
            }
        }
        return out.toString().strip();
    }

    private static String trimEnd(String text) {
        return text.replaceAll("[/.,!?)>]+$", "");
    }

    private static String bare(String address) {
        return SCHEME_OR_WWW
                .matcher(address.toLowerCase(Locale.ROOT).strip().replaceAll("^[<(]+", ""))
                .replaceFirst("");
    }

    private static Map<Kind, Pattern> loadCues() {
        Map<Kind, Pattern> cues = new EnumMap<>(Kind.class);
        CUE_FILE.forEach((name, pattern) -> {
            if (!name.equals(SOURCE_ALONE_CUE)) {
                cues.put(Kind.valueOf(name.toUpperCase(Locale.ROOT)), pattern);
            }
        });
        return cues;
    }
}
