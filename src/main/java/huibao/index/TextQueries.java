package huibao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns one word or phrase of the analyst's query into a query on the two text fields: the phrase
 * of its bigrams, which finds a name however smartcn splits it (金雷风电 becomes 金/雷/风/电), and
 * the conjunction of its smartcn words, which finds the words apart and ranks by word.
 *
 * <p>smartcn's dictionaries are only loaded when a word has three or more Han characters: a single
 * character segments to itself, and a two-character word is its own single bigram.
 */
final class TextQueries {

    /** The bigram phrase outweighs scattered words, so the report naming the thing ranks first. */
    private static final float PHRASE_BOOST = 2f;

    private final FieldAnalyzers analyzers;

    TextQueries(FieldAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * The query for free text: matched as written when {@code quoted}, else as a phrase or as its
     * words. {@code null} when the text holds nothing searchable (only punctuation).
     */
    Query text(String text, boolean quoted) {
        List<Token> bigrams = analyze(analyzers.bigrams(), Schema.TEXT, text);
        if (bigrams.isEmpty()) {
            return null;
        }
        if (bigrams.size() == 1 && isSingleHan(bigrams.get(0).term())) {
            // a lone character is indexed only inside bigrams; as a word it is its own smartcn token
            return new TermQuery(new Term(Schema.TEXT_WORDS, bigrams.get(0).term()));
        }
        Query phrase = phrase(Schema.TEXT, bigrams);
        Query words = hanCount(text) >= 3 ? words(text) : null;
        if (words == null) {
            return phrase;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new BoostQuery(phrase, PHRASE_BOOST), quoted ? Occur.MUST : Occur.SHOULD);
        b.add(words, Occur.SHOULD);
        return b.build();
    }

    /** The phrase query for a name on a bigram-analysed name field, or {@code null} for punctuation. */
    Query name(String field, String name) {
        List<Token> bigrams = analyze(analyzers.bigrams(), field, name);
        return bigrams.isEmpty() ? null : phrase(field, bigrams);
    }

    /** All smartcn words of the text, or {@code null} when smartcn finds no word of two characters or more. */
    private Query words(String text) {
        List<Token> words = analyze(analyzers.words(), Schema.TEXT_WORDS, text);
        if (words.stream().allMatch(w -> w.term().codePointCount(0, w.term().length()) < 2)) {
            // smartcn knows no word in it, most likely a name: single characters would match anywhere
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Token w : words) {
            b.add(new TermQuery(new Term(Schema.TEXT_WORDS, w.term())), Occur.MUST);
        }
        return b.build();
    }

    private static Query phrase(String field, List<Token> tokens) {
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (Token t : tokens) {
            b.add(new Term(field, t.term()), t.position());
        }
        return b.build();
    }

    private record Token(String term, int position) {
    }

    private static List<Token> analyze(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the query text '" + text + "'", e);
        }
        return tokens;
    }

    private static int hanCount(String s) {
        return (int) s.codePoints().filter(TextQueries::isHan).count();
    }

    private static boolean isSingleHan(String s) {
        return s.codePointCount(0, s.length()) == 1 && isHan(s.codePointAt(0));
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
