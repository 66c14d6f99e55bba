package huibao.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Every CJK character as a unigram with the bigram it starts stacked on it (海, 海洋, 洋, 洋城, 城),
 * and lower-cased Latin words and numbers, with no stop words. A name that word segmentation splits
 * apart still matches as a phrase of its bigrams; the unigrams let a phrase end on a character that
 * the text joins to the next one (世界500强 in 世界500强项目) and let a single character match.
 */
final class CjkGramAnalyzer extends Analyzer {

    /** Keeps phrases from running across the values of a multi-valued field (two project names). */
    private static final int VALUE_GAP = 100;
    private static final int SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
            | CJKBigramFilter.HANGUL;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        result = new CJKBigramFilter(result, SCRIPTS, true);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
