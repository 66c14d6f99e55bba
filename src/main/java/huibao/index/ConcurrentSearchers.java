package huibao.index;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that run one search over the index's segments on every core at once: at 100,000
 * reports a common word matches some 28,000 of them, and counting their facets and scoring them
 * segment by segment on one thread took most of a search. Lucene cuts the segments into slices and
 * runs each slice as a task, the searching thread taking one of them. The pool's threads are
 * daemons shared by every open archive of the process.
 */
final class ConcurrentSearchers extends SearcherFactory {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), daemons());

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        return new IndexSearcher(reader, POOL);
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "huibao-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
