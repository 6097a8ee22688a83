package dev.storybot.llm;

import dev.storybot.core.Paragraph;
import dev.storybot.knowledge.Entity;
import dev.storybot.retrieval.EntityMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejects answers that put the story's people and organisations in a role or relation the article does not give
 * them ("founded by" the wrong person, "CEO of" the wrong company): each role word in an answer sentence, with the
 * entities named nearest before and after it, must appear together in one sentence of the article.
 */
final class RoleCheck {

    /** The English role words, one relation per line (see the file's header). */
    static final String ROLES_RESOURCE = "/language/en/roles.txt";

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|(?<=[。！？；])");
    private static final List<List<String>> DEFAULT_ROLES = loadRoles(ROLES_RESOURCE);

    /** One sentence of the article: the roles it names and the entities in it. */
    private record Sentence(Set<Integer> roles, Set<String> entityIds) {}

    /** A role word found in text, with its relation's index. */
    private record RoleWord(int role, int start, int end) {}

    private final List<Pattern> rolePatterns = new ArrayList<>();
    private final EntityMatcher matcher;
    private final List<Sentence> article = new ArrayList<>();

    RoleCheck(List<Paragraph> paragraphs, List<Entity> entities) {
        this(paragraphs, entities, DEFAULT_ROLES);
    }

    RoleCheck(List<Paragraph> paragraphs, List<Entity> entities, List<List<String>> roles) {
        for (List<String> words : roles) {
            rolePatterns.add(alternation(words));
        }
        this.matcher = new EntityMatcher(entities);
        for (Paragraph paragraph : paragraphs) {
            for (String sentence : SENTENCE_END.split(paragraph.text())) {
                Set<Integer> named = new HashSet<>();
                roleWords(sentence).forEach(word -> named.add(word.role()));
                Set<String> ids = new HashSet<>();
                matcher.mentions(sentence)
                        .forEach(mention -> ids.add(mention.entity().id()));
                article.add(new Sentence(named, ids));
            }
        }
    }

    /** Why {@code answer} misplaces someone, or empty when every role it names is the article's. */
    Optional<String> findMisplaced(String answer) {
        for (String sentence : SENTENCE_END.split(answer)) {
            List<EntityMatcher.Mention> mentions = matcher.mentions(sentence);
            if (mentions.isEmpty()) {
                continue;
            }
            for (RoleWord word : roleWords(sentence)) {
                Set<String> claimed = nearest(mentions, word);
                if (!claimed.isEmpty() && !supported(word.role(), claimed)) {
                    return Optional.of("\"" + sentence.substring(word.start(), word.end()) + "\" ties " + claimed
                            + " together, but no sentence of the article does");
                }
            }
        }
        return Optional.empty();
    }

    /** The ids of the entities named nearest before and nearest after the role word, in its sentence. */
    private static Set<String> nearest(List<EntityMatcher.Mention> mentions, RoleWord word) {
        EntityMatcher.Mention before = null;
        EntityMatcher.Mention after = null;
        for (EntityMatcher.Mention mention : mentions) {
            if (mention.end() <= word.start()) {
                before = mention;
            } else if (mention.start() >= word.end() && after == null) {
                after = mention;
            }
        }
        Set<String> ids = new HashSet<>();
        if (before != null) {
            ids.add(before.entity().id());
        }
        if (after != null) {
            ids.add(after.entity().id());
        }
        return ids;
    }

    private boolean supported(int role, Set<String> entityIds) {
        for (Sentence sentence : article) {
            if (sentence.roles().contains(role) && sentence.entityIds().containsAll(entityIds)) {
                return true;
            }
        }
        return false;
    }

    private List<RoleWord> roleWords(String text) {
        List<RoleWord> words = new ArrayList<>();
        for (int role = 0; role < rolePatterns.size(); role++) {
            Matcher m = rolePatterns.get(role).matcher(text);
            while (m.find()) {
                words.add(new RoleWord(role, m.start(), m.end()));
            }
        }
        return words;
    }

    private static Pattern alternation(List<String> words) {
        List<String> quoted = new ArrayList<>();
        // longest first, so "chief executive officer" wins over "chief executive"
        words.stream().sorted((a, b) -> b.length() - a.length()).forEach(w -> quoted.add(Pattern.quote(w)));
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Reads a roles file: one relation per line, comma-separated words; blank lines and {@code #} comments skipped. */
    static List<List<String>> loadRoles(String resource) {
        InputStream in = RoleCheck.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<List<String>> roles = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (String word : trimmed.split(",")) {
                    if (!word.isBlank()) {
                        words.add(word.strip().toLowerCase(Locale.ROOT));
                    }
                }
                roles.add(List.copyOf(words));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(roles);
    }
}
