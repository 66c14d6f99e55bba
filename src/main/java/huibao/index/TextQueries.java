package huibao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns one word or phrase of the analyst's query into a query on the report's gram field: the
 * phrase of its bigrams, which finds a name however smartcn splits it (金雷风电 becomes 金/雷/风/电),
 * and the conjunction of its smartcn words, each as its own gram phrase, which finds the words
 * apart. Passages, which only pick and mark what to show, look for the text or any of its words.
 *
 * <p>smartcn's dictionaries are only loaded when a word has three or more Han characters: below
 * that the grams say all there is (a two-character word is its own bigram).
 */
final class TextQueries {

    /** The bigram phrase outweighs scattered words, so the report naming the thing ranks first. */
    private static final float PHRASE_BOOST = 2f;

    private final FieldAnalyzers analyzers;

    TextQueries(FieldAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * The query for free text in the reports: matched as written when {@code quoted}, else as a
     * phrase or as its words. {@code null} when the text holds nothing searchable (only punctuation).
     */
    Query text(String text, boolean quoted) {
        Query phrase = name(Schema.TEXT, text);
        if (phrase == null) {
            return null;
        }
        List<String> words = needsWords(text) ? words(text) : List.of();
        if (words.size() < 2) {
            // a single word is the phrase itself
            return phrase;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            Query q = name(Schema.TEXT, w);
            if (q != null) {
                all.add(q, Occur.MUST);
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new BoostQuery(phrase, PHRASE_BOOST), quoted ? Occur.MUST : Occur.SHOULD);
        b.add(all.build(), Occur.SHOULD);
        return b.build();
    }

    /**
     * The query for the passages showing free text: the text as written and, unless {@code quoted},
     * each of its smartcn words, all as gram phrases on the text field, any of which may match.
     * {@code null} when the text holds nothing searchable.
     */
    Query passage(String text, boolean quoted) {
        Query phrase = name(Schema.TEXT, text);
        if (phrase == null) {
            return null;
        }
        List<String> words = quoted || !needsWords(text) ? List.of() : words(text);
        if (words.size() < 2) {
            return phrase;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD);
        for (String w : words) {
            Query q = name(Schema.TEXT, w);
            if (q != null) {
                b.add(q, Occur.SHOULD);
            }
        }
        return b.build();
    }

    /**
     * The phrase query for text on a gram-analysed field, or {@code null} for punctuation. Each
     * character is matched through the bigram it starts, or, at the end of a run, through itself.
     */
    Query name(String field, String text) {
        List<Token> grams = phraseGrams(analyze(analyzers.grams(), field, text));
        if (grams.isEmpty()) {
            return null;
        }
        if (grams.size() == 1) {
            return new TermQuery(new Term(field, grams.get(0).term()));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (Token t : grams) {
            b.add(new Term(field, t.term()), t.position());
        }
        return b.build();
    }

    /** The smartcn words of the text; none when smartcn finds no word of two characters or more. */
    private List<String> words(String text) {
        List<Token> words = analyze(analyzers.words(), Schema.TEXT, text);
        if (words.stream().allMatch(w -> w.term().codePointCount(0, w.term().length()) < 2)) {
            // smartcn knows no word in it, most likely a name: single characters would match anywhere
            return List.of();
        }
        return words.stream().map(Token::term).toList();
    }

    /**
     * Drops the unigrams a bigram already covers: 世 世界 界 500 强 keeps 世界, 500 and 强, at their
     * positions, so the phrase checks every character once and the text may join 强 to what follows.
     */
    private static List<Token> phraseGrams(List<Token> tokens) {
        Set<Integer> covered = new HashSet<>();
        for (Token t : tokens) {
            if (t.length() == 2) {
                covered.add(t.position());
                covered.add(t.position() + 1);
            }
        }
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.length() == 2 || !covered.contains(t.position())) {
                out.add(t);
            }
        }
        return out;
    }

    private record Token(String term, int position, int length) {
    }

    private static List<Token> analyze(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, length.getPositionLength()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the query text '" + text + "'", e);
        }
        return tokens;
    }

    /** Whether smartcn must read {@code text}: three or more Han characters. */
    static boolean needsWords(String text) {
        return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 3;
    }
}
