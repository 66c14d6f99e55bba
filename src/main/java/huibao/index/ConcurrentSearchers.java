package huibao.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that run one search over the index's segments on every core at once: at 100,000
 * reports a common word matches some 28,000 of them, and counting their facets and scoring them
 * segment by segment on one thread took most of a search. The segments are dealt into one slice per
 * core ({@link #evenSlices}), each run as a task, the searching thread taking one of them. The pool's
 * threads are daemons shared by every open archive of the process.
 */
final class ConcurrentSearchers extends SearcherFactory {

    /** The slices a search runs on, one per core. */
    static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ExecutorService POOL = Executors.newFixedThreadPool(CORES, daemons());

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        return new IndexSearcher(reader, POOL) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return evenSlices(leaves, CORES);
            }
        };
    }

    /**
     * The segments dealt into {@code cores} slices of about as many documents each, the largest
     * segment first, each to the slice with the fewest so far. Lucene's own slicing groups segments
     * up to 250,000 documents, which at 100,000 reports put nearly the whole archive in one slice and
     * left the other cores idle.
     */
    static IndexSearcher.LeafSlice[] evenSlices(List<LeafReaderContext> leaves, int cores) {
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed()
                .thenComparingInt(l -> l.ord));
        int n = Math.min(cores, bySize.size());
        List<List<LeafReaderContext>> slices = new ArrayList<>();
        long[] docs = new long[n];
        for (int i = 0; i < n; i++) {
            slices.add(new ArrayList<>());
        }
        for (LeafReaderContext leaf : bySize) {
            int least = 0;
            for (int i = 1; i < n; i++) {
                if (docs[i] < docs[least]) {
                    least = i;
                }
            }
            slices.get(least).add(leaf);
            docs[least] += leaf.reader().maxDoc();
        }
        return slices.stream().map(IndexSearcher.LeafSlice::new).toArray(IndexSearcher.LeafSlice[]::new);
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
