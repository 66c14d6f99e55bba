package huibao.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The analyzer of each field: smartcn words for {@link Schema#TEXT_WORDS}, CJK unigrams and bigrams
 * for every other text field. smartcn is created on first use, because loading its dictionaries costs about a third
 * of a second and many searches never need them.
 */
final class FieldAnalyzers extends DelegatingAnalyzerWrapper {

    private final Analyzer grams = new CjkGramAnalyzer();
    private volatile Analyzer words;
    private final AtomicBoolean warming = new AtomicBoolean();

    FieldAnalyzers() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    /** The unigram and bigram analyzer. */
    Analyzer grams() {
        return grams;
    }

    /** The smartcn word analyzer, created when first asked for. */
    Analyzer words() {
        Analyzer w = words;
        if (w == null) {
            synchronized (this) {
                w = words;
                if (w == null) {
                    w = new SmartChineseAnalyzer();
                    words = w;
                }
            }
        }
        return w;
    }

    /**
     * Starts loading smartcn's dictionaries on a daemon thread, once, so that work done meanwhile
     * (opening the index) overlaps it. Whoever uses smartcn next waits for the load to finish.
     */
    void loadWordsInBackground() {
        if (words != null || !warming.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try (TokenStream ts = words().tokenStream(Schema.TEXT_WORDS, "招商引资")) {
                ts.reset();
                while (ts.incrementToken()) {
                    // segmenting once is what loads the dictionaries
                }
                ts.end();
            } catch (IOException | RuntimeException e) {
                // left for the search itself, which loads them again and reports the failure
            }
        }, "huibao-smartcn-load");
        t.setDaemon(true);
        t.start();
    }

    /** Whether smartcn has been created, and so its dictionaries possibly loaded. */
    boolean wordsLoaded() {
        return words != null;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return Schema.TEXT_WORDS.equals(fieldName) ? words() : grams;
    }

    @Override
    public void close() {
        grams.close();
        Analyzer w = words;
        if (w != null) {
            w.close();
        }
        super.close();
    }
}
