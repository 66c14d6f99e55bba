package huibao.index;

import huibao.text.HanChars;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns one word or phrase of the analyst's query into a query on the report's gram field: the
 * phrase of its bigrams, which finds a name however smartcn splits it (金雷风电 becomes 金/雷/风/电),
 * and the conjunction of its smartcn words, each as its own gram phrase, which finds the words
 * apart. What matches is decided by the text alone; a report ranks higher when the text is also its
 * heading (title, region), the name of one of its projects or organisations, and when the query's
 * words stand together in one sentence. Passages, which only pick and mark what to show, look for
 * the text or any of its words.
 *
 * <p>smartcn's dictionaries are only loaded when a word has three or more Han characters: below
 * that the grams say all there is (a two-character word is its own bigram).
 */
final class TextQueries {

    /** The bigram phrase outweighs scattered words, so the report naming the thing ranks first. */
    private static final float PHRASE_BOOST = 2f;
    /** The report whose title or region is the text is about it, not one that mentions it in passing. */
    private static final float HEADING_BOOST = 2f;
    /** A report that names a project or organisation so ranks above one that has the words elsewhere. */
    private static final float NAME_BOOST = 1f;
    /** Query words standing this close, in characters, stand in one sentence. */
    static final int NEAR_WIDTH = 60;
    /** What standing together adds to a report's score. */
    private static final float NEAR_BOOST = 1f;

    private final FieldAnalyzers analyzers;

    TextQueries(FieldAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * The query for free text in the reports: matched as written when {@code quoted}, else as a
     * phrase or as its words; a report that also has the text in its heading (title, region) or
     * among the names of its projects and organisations ranks higher. {@code null} when the text
     * holds nothing searchable (only punctuation).
     */
    Query text(String text, boolean quoted) {
        Query phrase = name(Schema.TEXT, text);
        if (phrase == null) {
            return null;
        }
        Query match = phrase;
        List<String> words = needsWords(text) ? words(text) : List.of();
        if (words.size() >= 2) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String w : words) {
                Query q = name(Schema.TEXT, w);
                if (q != null) {
                    all.add(q, Occur.MUST);
                }
            }
            match = new BooleanQuery.Builder()
                    .add(new BoostQuery(phrase, PHRASE_BOOST), quoted ? Occur.MUST : Occur.SHOULD)
                    .add(all.build(), Occur.SHOULD)
                    .build();
        }
        // the boosts only rank: what matches is decided by the text alone
        return new BooleanQuery.Builder()
                .add(match, Occur.MUST)
                .add(new BoostQuery(name(Schema.HEADING, text), HEADING_BOOST), Occur.SHOULD)
                .add(new BoostQuery(name(Schema.PROJECT, text), NAME_BOOST), Occur.SHOULD)
                .add(new BoostQuery(name(Schema.ORG, text), NAME_BOOST), Occur.SHOULD)
                .build();
    }

    /**
     * The query that ranks higher the reports where all of {@code texts} stand within
     * {@value #NEAR_WIDTH} characters of each other, as in one sentence: 恒屹 and 竣工投产 in
     * 恒屹结构件项目一期于6月中旬竣工投产 rather than in two paragraphs. {@code null} when fewer than two
     * of the texts hold something searchable.
     */
    Query near(List<String> texts) {
        List<IntervalsSource> parts = new ArrayList<>();
        for (String t : texts) {
            List<Token> grams = phraseGrams(analyze(analyzers.grams(), Schema.TEXT, t));
            if (!grams.isEmpty()) {
                parts.add(intervals(grams));
            }
        }
        if (parts.size() < 2) {
            return null;
        }
        IntervalsSource together = Intervals.maxwidth(NEAR_WIDTH,
                Intervals.unordered(parts.toArray(IntervalsSource[]::new)));
        return new BoostQuery(new ConstantScoreQuery(new IntervalQuery(Schema.TEXT, together)), NEAR_BOOST);
    }

    /** The grams as one phrase of intervals; a gram whose next one starts two positions on covers the gap. */
    private static IntervalsSource intervals(List<Token> grams) {
        IntervalsSource[] sources = new IntervalsSource[grams.size()];
        for (int i = 0; i < grams.size(); i++) {
            IntervalsSource term = Intervals.term(grams.get(i).term());
            int gap = i + 1 < grams.size() ? grams.get(i + 1).position() - grams.get(i).position() - 1 : 0;
            sources[i] = gap > 0 ? Intervals.extend(term, 0, gap) : term;
        }
        return sources.length == 1 ? sources[0] : Intervals.phrase(sources);
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
     * The fewest grams that still check every character, at their positions: a bigram for each
     * character not yet covered (招商引资 keeps 招商 and 引资, the phrase skipping 商引), and where a
     * run of characters ends on one left over, the bigram before it rather than its unigram, which
     * far more reports hold (实际使用外资 keeps 实际, 使用, 外资; 开发区 keeps 开发, 发区). A character
     * standing alone keeps its unigram: 世 世界 界 500 强 keeps 世界, 500 and 强, so the text may join
     * 强 to what follows. A phrase of fewer terms reads fewer postings (a tenth off the median search
     * at 100,000 reports). The bigram left out was also what kept the phrase within one run of
     * characters: 招商引资 now finds 招商，引资 too, as a phrase of words looks past punctuation.
     */
    private static List<Token> phraseGrams(List<Token> tokens) {
        Map<Integer, Token> bigrams = new HashMap<>();
        for (Token t : tokens) {
            if (t.length() == 2) {
                bigrams.put(t.position(), t);
            }
        }
        List<Token> out = new ArrayList<>();
        int coveredTo = -1;
        for (Token t : tokens) {
            int p = t.position();
            if (p <= coveredTo) {
                continue;
            }
            // the bigram the character starts, else the one it ends, else the character itself
            Token gram = bigrams.getOrDefault(p, bigrams.getOrDefault(p - 1, t));
            out.add(gram);
            coveredTo = gram.position() + gram.length() - 1;
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
        return text.codePoints().filter(HanChars::isHan).count() >= 3;
    }
}
