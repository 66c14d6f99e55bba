package huibao.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The two analyzers of the index. Every text field is written with CJK unigrams and bigrams
 * ({@link #grams()}), so each text is analysed once. smartcn ({@link #words()}) only reads the
 * analyst's queries into words, which are then looked for as gram phrases; it is created on first
 * use, because loading its dictionaries costs about a third of a second and many searches, and
 * every ingest, never need them.
 */
final class FieldAnalyzers implements Closeable {

    private final Analyzer grams = new CjkGramAnalyzer();
    private volatile Analyzer words;
    private final AtomicBoolean warming = new AtomicBoolean();

    /** The unigram and bigram analyzer of every indexed text field. */
    Analyzer grams() {
        return grams;
    }

    /** The smartcn word analyzer for queries, created when first asked for. */
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
            try (TokenStream ts = words().tokenStream(Schema.TEXT, "招商引资")) {
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
    public void close() {
        grams.close();
        Analyzer w = words;
        if (w != null) {
            w.close();
        }
    }
}
