package dev.storybot.retrieval;

import dev.storybot.knowledge.Entity;
import dev.storybot.knowledge.Fact;
import dev.storybot.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BM25 over each fact's English text (stemmed, stop words removed) and its Chinese and Korean text (CJK bigrams),
 * in an in-memory Lucene index built once at start-up.
 */
public final class LexicalRanker implements FactRanker {

    private static final String ID = "id";
    private static final String ENGLISH = "en";
    private static final String CJK = "cjk";
    /** The facts' words as written (lower case, not stemmed), to spell a question's words as the story does. */
    private static final String WORDS = "words";

    private static final int FUZZY_MIN_TERM_LENGTH = 5;
    private static final float FUZZY_BOOST = 0.5f;
    /**
     * A stem at least this long may differ by two edits: a slip in a long word often changes its suffix too, and
     * then its stem ("maintenence" stems to "maintenen", "maintenance" to "mainten").
     */
    static final int TWO_EDITS_MIN_TERM_LENGTH = 8;
    /** Words a question may use for the story's words, a group per line: a language resource. */
    static final String SYNONYMS_RESOURCE = "/language/en/synonyms.txt";
    /** A word of the question's synonym group counts half: it may mean a little else in this story. */
    private static final float SYNONYM_BOOST = 0.5f;
    /**
     * Most distinct terms one field contributes to a query: a long CJK question yields a bigram per character, and
     * Lucene refuses queries of more than 1,024 clauses in all; a question needs far fewer to find its facts.
     */
    static final int MAX_TERMS_PER_FIELD = 256;
    /** Most misspelt words fuzzed per query: each fuzzy term expands to many index terms. */
    static final int MAX_FUZZY_TERMS = 16;

    private static final Logger LOG = LoggerFactory.getLogger(LexicalRanker.class);

    private final Map<String, Fact> factsById;
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    /** Each document's fact, by document number, read once rather than from stored fields on every search. */
    private final Fact[] factsByDoc;
    /** The terms each field indexes, so that asking whether a word is known needs no index lookup. */
    private final Map<String, Set<String>> indexedTerms = new java.util.HashMap<>();
    /** Spell checkers over the facts' words for a short word (one edit) and a long one (two edits). */
    private final DirectSpellChecker oneEdit = spellChecker(1);

    private final DirectSpellChecker twoEdits = spellChecker(2);
    /** Each stemmed word's synonym group, stemmed. */
    private final Map<String, List<String>> synonyms = new java.util.HashMap<>();

    public LexicalRanker(KnowledgeBase knowledge) {
        this.factsById = new java.util.HashMap<>();
        knowledge.facts().forEach(f -> factsById.put(f.id(), f));
        this.analyzer = new PerFieldAnalyzerWrapper(
                new EnglishStemming(),
                Map.of(CJK, new CJKAnalyzer(), WORDS, new StandardAnalyzer(CharArraySet.EMPTY_SET)));
        this.searcher = new IndexSearcher(buildIndex(knowledge));
        this.factsByDoc = factsByDoc(searcher, factsById);
        for (String field : List.of(ENGLISH, CJK, WORDS)) {
            indexedTerms.put(field, termsOf(searcher.getIndexReader(), field));
        }
        for (String line : dev.storybot.core.WordList.lines(SYNONYMS_RESOURCE)) {
            List<String> group = new ArrayList<>(new LinkedHashSet<>(terms(ENGLISH, line)));
            group.forEach(term -> synonyms.merge(term, group, (a, b) -> {
                List<String> both = new ArrayList<>(a);
                b.stream().filter(t -> !both.contains(t)).forEach(both::add);
                return both;
            }));
        }
    }

    private DirectoryReader buildIndex(KnowledgeBase knowledge) {
        var directory = new ByteBuffersDirectory();
        Map<String, Entity> entities = knowledge.entitiesById();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Fact fact : knowledge.facts()) {
                Document doc = new Document();
                doc.add(new StoredField(ID, fact.id()));
                String english = englishText(fact, entities);
                doc.add(new TextField(ENGLISH, english, Field.Store.NO));
                doc.add(new TextField(CJK, cjkText(fact, entities), Field.Store.NO));
                doc.add(new TextField(WORDS, english, Field.Store.NO));
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
        try {
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory index failed", e);
        }
    }

    private static Fact[] factsByDoc(IndexSearcher searcher, Map<String, Fact> factsById) {
        try {
            Fact[] facts = new Fact[searcher.getIndexReader().maxDoc()];
            var stored = searcher.storedFields();
            for (int doc = 0; doc < facts.length; doc++) {
                facts[doc] = factsById.get(stored.document(doc).get(ID));
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory index failed", e);
        }
    }

    private static Set<String> termsOf(IndexReader reader, String field) {
        Set<String> terms = new java.util.HashSet<>();
        try {
            org.apache.lucene.index.Terms indexed = org.apache.lucene.index.MultiTerms.getTerms(reader, field);
            if (indexed != null) {
                org.apache.lucene.index.TermsEnum each = indexed.iterator();
                for (var term = each.next(); term != null; term = each.next()) {
                    terms.add(term.utf8ToString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory index failed", e);
        }
        return Set.copyOf(terms);
    }

    private static String englishText(Fact fact, Map<String, Entity> entities) {
        List<String> parts = new ArrayList<>();
        parts.add(fact.answer());
        parts.add(fact.quote());
        parts.addAll(fact.keywords());
        parts.addAll(fact.paraphrases());
        for (String id : fact.entities()) {
            Entity entity = entities.get(id);
            parts.add(entity.name());
            parts.addAll(entity.aliases());
        }
        return String.join("\n", parts);
    }

    private static String cjkText(Fact fact, Map<String, Entity> entities) {
        List<String> parts = new ArrayList<>();
        parts.add(fact.zh().answer());
        parts.addAll(fact.zh().keywords());
        parts.add(fact.ko().answer());
        parts.addAll(fact.ko().keywords());
        for (String id : fact.entities()) {
            Entity entity = entities.get(id);
            parts.addAll(entity.zh());
            parts.addAll(entity.ko());
        }
        return String.join(
                "\n", parts.stream().filter(java.util.Objects::nonNull).toList());
    }

    /** Every fact's BM25 score for {@code query}, by fact id; facts sharing none of its terms are absent. */
    public java.util.Map<String, Double> scoresById(String query) {
        java.util.Map<String, Double> scores = new java.util.HashMap<>();
        for (Hit hit : rank(query, factsById.size())) {
            scores.put(hit.fact().id(), hit.score());
        }
        return scores;
    }

    @Override
    public List<Hit> rank(String query, int limit) {
        Query parsed = parse(query);
        if (parsed == null) {
            return List.of();
        }
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(parsed, limit).scoreDocs) {
                hits.add(new Hit(factsByDoc[doc.doc], doc.score));
            }
            return hits;
        } catch (IndexSearcher.TooManyClauses e) {
            // the caps in parse() should prevent this; if not, this signal is silent rather than the answer failing
            LOG.warn(
                    "Lexical search skipped: the query had too many clauses ({})",
                    e.getClass().getSimpleName());
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }

    private Query parse(String query) {
        BooleanQuery.Builder both = new BooleanQuery.Builder();
        boolean any = false;
        boolean cjk = query.codePoints().anyMatch(EntityMatcher::isCjk);
        for (String field : cjk ? List.of(ENGLISH, CJK) : List.of(ENGLISH)) {
            Query q = termsQuery(field, query);
            if (q != null) {
                both.add(q, BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        // "the forecast" for a story saying what someone "expects": a word no fact uses searches for its synonyms the
        // story does use, at a discount
        Set<String> added = new java.util.HashSet<>();
        for (String term : new LinkedHashSet<>(terms(ENGLISH, query))) {
            if (indexed(ENGLISH, term)) {
                continue;
            }
            for (String synonym : synonyms.getOrDefault(term, List.of())) {
                if (!synonym.equals(term) && added.add(synonym) && indexed(ENGLISH, synonym)) {
                    both.add(
                            new BoostQuery(new TermQuery(new Term(ENGLISH, synonym)), SYNONYM_BOOST),
                            BooleanClause.Occur.SHOULD);
                    any = true;
                }
            }
        }
        // typos ("downlods", "valutaion") still match, at a discount; words the index knows need no fuzzing
        int fuzzed = 0;
        for (String term : new LinkedHashSet<>(terms(ENGLISH, query))) {
            if (fuzzed < MAX_FUZZY_TERMS
                    && term.length() >= FUZZY_MIN_TERM_LENGTH
                    && term.chars().allMatch(Character::isLetter)
                    && !indexed(ENGLISH, term)) {
                both.add(
                        new BoostQuery(
                                new FuzzyQuery(
                                        new Term(ENGLISH, term), term.length() >= TWO_EDITS_MIN_TERM_LENGTH ? 2 : 1),
                                FUZZY_BOOST),
                        BooleanClause.Occur.SHOULD);
                fuzzed++;
                any = true;
            }
        }
        return any ? both.build() : null;
    }

    /**
     * One clause per distinct term of {@code field} that the index holds, boosted by how often the question repeats
     * it (the score of a term repeated n times, as a plain disjunction of every token would give). Terms the index
     * lacks cannot score and are left out, so that input length does not decide the query's size.
     */
    private Query termsQuery(String field, String query) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String term : terms(field, query)) {
            counts.merge(term, 1, Integer::sum);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (clauses == MAX_TERMS_PER_FIELD) {
                break;
            }
            if (!indexed(field, entry.getKey())) {
                continue;
            }
            Query term = new TermQuery(new Term(field, entry.getKey()));
            builder.add(
                    entry.getValue() == 1 ? term : new BoostQuery(term, entry.getValue()), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : builder.build();
    }

    private boolean indexed(String field, String term) {
        return indexedTerms.get(field).contains(term);
    }

    /**
     * The story's word {@code word} (lower case) was meant as: the one its facts use that is one edit from it, or two
     * for a word of {@link #TWO_EDITS_MIN_TERM_LENGTH} letters or more, starting with the same letter; empty for a
     * word the story uses or one no story word is near.
     */
    public java.util.Optional<String> storySpelling(String word) {
        try {
            IndexReader reader = searcher.getIndexReader();
            if (indexed(WORDS, word) || formOfStoryWord(word)) {
                return java.util.Optional.empty();
            }
            DirectSpellChecker checker = word.length() >= TWO_EDITS_MIN_TERM_LENGTH ? twoEdits : oneEdit;
            SuggestWord[] near =
                    checker.suggestSimilar(new Term(WORDS, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return near.length == 0 ? java.util.Optional.empty() : java.util.Optional.of(near[0].string);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory index failed", e);
        }
    }

    /**
     * True when the word would stem as a story word does but for the last consonant English doubles before an ending
     * ("kidnappers" stems to "kidnapp", "kidnapped" to "kidnap"): another form of that word, not a slip.
     */
    private boolean formOfStoryWord(String word) {
        List<String> stems = terms(ENGLISH, word);
        if (stems.size() != 1) {
            return false;
        }
        String stem = stems.get(0);
        int n = stem.length();
        boolean doubled = n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0;
        return doubled && indexed(ENGLISH, stem.substring(0, n - 1));
    }

    private static DirectSpellChecker spellChecker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        return checker;
    }

    /** A word of letters (and apostrophes), as a question's words are looked up one by one. */
    private static final java.util.regex.Pattern LETTER_WORD = java.util.regex.Pattern.compile("[\\p{L}']+");

    /**
     * The English terms of {@code text} that no fact uses, nor a word of their synonym group, nor a story word a slip
     * away from it ("why did his wife get sick" in a story naming no wife: ["wife"]).
     */
    public List<String> termsTheStoryLacks(String text) {
        List<String> lacking = new ArrayList<>();
        java.util.regex.Matcher words = LETTER_WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            List<String> stems = terms(ENGLISH, word);
            if (stems.isEmpty() || stems.stream().anyMatch(this::knownTerm)) {
                continue;
            }
            if (storySpelling(word).isPresent()) {
                continue; // a slip for a story word
            }
            lacking.add(stems.get(0));
        }
        return lacking;
    }

    /**
     * True when another word of the synonym group of a word of {@code text} is one the facts use ("snatched" in a
     * story saying "grabbed").
     */
    public boolean usesSynonymOf(String text) {
        return terms(ENGLISH, text).stream()
                .anyMatch(stem -> synonyms.getOrDefault(stem, List.of()).stream()
                        .anyMatch(s -> !s.equals(stem) && indexed(ENGLISH, s)));
    }

    private boolean knownTerm(String stem) {
        return indexed(ENGLISH, stem)
                || synonyms.getOrDefault(stem, List.of()).stream().anyMatch(s -> indexed(ENGLISH, s));
    }

    /** The English search terms of {@code text}: stemmed, stop words left out ("What GPUs?" → ["gpu"]). */
    public List<String> englishTerms(String text) {
        return terms(ENGLISH, text);
    }

    private List<String> terms(String field, String query) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, query)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query failed", e);
        }
        return terms;
    }
}
