package huibao.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching reports by region, year, indicator and type from each segment's facet values
 * as {@link FacetOrdinals} keeps them: small and exact, and it keeps the facet module off the
 * search path.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounts> {

    private static final int FIELDS = FacetOrdinals.FIELDS.length;
    /** Most counted first, then by value; written out, as a broad search sorts thousands of regions. */
    private static final Comparator<FacetCount> SHOWN = (a, b) -> a.count() != b.count()
            ? Integer.compare(b.count(), a.count()) : a.value().compareTo(b.value());

    private final FacetOrdinals ordinals;

    FacetCounter(FacetOrdinals ordinals) {
        this.ordinals = ordinals;
    }

    @Override
    public Counts newCollector() {
        return new Counts(ordinals);
    }

    @Override
    public FacetCounts reduce(Collection<Counts> collectors) {
        List<Map<String, Integer>> merged = new ArrayList<>();
        for (int f = 0; f < FIELDS; f++) {
            int[] sum = new int[0];
            for (Counts c : collectors) {
                int[] counts = c.counts[f];
                if (counts.length > sum.length) {
                    sum = Arrays.copyOf(sum, counts.length);
                }
                for (int ord = 0; ord < counts.length; ord++) {
                    sum[ord] += counts[ord];
                }
            }
            Map<String, Integer> m = new HashMap<>();
            for (int ord = 0; ord < sum.length; ord++) {
                if (sum[ord] > 0) {
                    m.put(ordinals.value(f, ord), sum[ord]);
                }
            }
            merged.add(m);
        }
        return counts(merged);
    }

    /** The counts of each of {@link FacetOrdinals#FIELDS}, in order, by value, as facets sorted for showing. */
    static FacetCounts counts(List<Map<String, Integer>> byField) {
        return new FacetCounts(sorted(byField.get(0), true), sorted(byField.get(1), false), sorted(byField.get(2), false),
                sorted(byField.get(3), false));
    }

    private static List<FacetCount> sorted(Map<String, Integer> counts, boolean regions) {
        List<FacetCount> out = new ArrayList<>();
        counts.forEach((value, n) -> {
            int sep = regions ? value.indexOf(Schema.FACET_SEPARATOR) : -1;
            out.add(sep < 0 ? new FacetCount(value, value, n)
                    : new FacetCount(value.substring(0, sep), value.substring(sep + 1), n));
        });
        out.sort(SHOWN);
        return out;
    }

    /** Per-search counts, by the archive-wide ordinals of {@link FacetOrdinals}. */
    static final class Counts extends SimpleCollector {

        private final FacetOrdinals ordinals;
        private final int[][] counts = new int[FIELDS][];
        private FacetOrdinals.Segment segment;

        Counts(FacetOrdinals ordinals) {
            this.ordinals = ordinals;
            for (int f = 0; f < FIELDS; f++) {
                counts[f] = new int[ordinals.size(f)];
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            segment = ordinals.of(context.reader());
            for (int f = 0; f < FIELDS; f++) {
                // a segment read just now may have numbered values this search has not seen
                if (counts[f].length < ordinals.size(f)) {
                    counts[f] = Arrays.copyOf(counts[f], ordinals.size(f));
                }
            }
        }

        @Override
        public void collect(int doc) {
            for (int f = 0; f < FIELDS; f++) {
                int[] starts = segment.starts[f];
                int[] ords = segment.ords[f];
                int[] c = counts[f];
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                    c[ords[i]]++;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
