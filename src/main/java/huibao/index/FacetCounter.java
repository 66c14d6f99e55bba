package huibao.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the matching reports by region, year, indicator and type from each segment's facet values
 * as {@link FacetOrdinals} keeps them: small and exact, and it keeps the facet module off the
 * search path.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounts> {

    private static final int FIELDS = FacetOrdinals.FIELDS.length;
    /** Values counted alike: by value, then by label (a region code written with two names). */
    static final Comparator<FacetCount> TIES = Comparator.comparing(FacetCount::value).thenComparing(FacetCount::label);
    /** Most counted first, then {@link #TIES}. */
    private static final Comparator<FacetCount> SHOWN = Comparator.comparingInt((FacetCount c) -> -c.count())
            .thenComparing(TIES);

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
        List<List<FacetCount>> shown = new ArrayList<>(FIELDS);
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
            shown.add(ordinals.shown(f, sum));
        }
        return new FacetCounts(shown.get(0), shown.get(1), shown.get(2), shown.get(3));
    }

    /** The counts of each of {@link FacetOrdinals#FIELDS}, in order, by value, as facets sorted for showing. */
    static FacetCounts counts(List<Map<String, Integer>> byField) {
        return new FacetCounts(sorted(byField.get(0), true), sorted(byField.get(1), false), sorted(byField.get(2), false),
                sorted(byField.get(3), false));
    }

    private static List<FacetCount> sorted(Map<String, Integer> counts, boolean regions) {
        List<FacetCount> out = new ArrayList<>();
        counts.forEach((value, n) -> out.add(count(value, n, regions)));
        out.sort(SHOWN);
        return out;
    }

    /** The facet of {@code value} as the index holds it, counted {@code n} times; a region's value is its code and name. */
    static FacetCount count(String value, int n, boolean regions) {
        int sep = regions ? value.indexOf(Schema.FACET_SEPARATOR) : -1;
        return sep < 0 ? new FacetCount(value, value, n) : new FacetCount(value.substring(0, sep), value.substring(sep + 1), n);
    }

    /**
     * Per-search counts, by the archive-wide ordinals of {@link FacetOrdinals}. The matches of a
     * segment are marked as they come and counted when it is done: from the matches themselves, or,
     * when they are most of the segment (a common word matches nearly every report), from the
     * segment's totals less the documents not matched, so that the facets of the fewer are read.
     */
    static final class Counts extends SimpleCollector {

        private final FacetOrdinals ordinals;
        private final int[][] counts = new int[FIELDS][];
        private FacetOrdinals.Segment segment;
        private FixedBitSet matched = new FixedBitSet(0);
        private int maxDoc;

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
            maxDoc = context.reader().maxDoc();
            if (matched.length() < maxDoc) {
                matched = new FixedBitSet(maxDoc);
            } else {
                matched.clear(0, matched.length());
            }
        }

        @Override
        public void collect(int doc) {
            matched.set(doc);
        }

        @Override
        public void finish() {
            long[] words = matched.getBits();
            int wordCount = (maxDoc + 63) >>> 6;
            // the records of files have no values: what is read is the reports matched or not matched
            boolean most = matched.cardinality() > segment.valued / 2;
            int delta = most ? -1 : 1;
            if (most) {
                for (int f = 0; f < FIELDS; f++) {
                    int[] totals = segment.totals[f];
                    int[] c = counts[f];
                    for (int ord = 0; ord < totals.length; ord++) {
                        c[ord] += totals[ord];
                    }
                }
            }
            for (int w = 0; w < wordCount; w++) {
                long word = most ? ~words[w] : words[w];
                if (most && w == wordCount - 1 && (maxDoc & 63) != 0) {
                    word &= (1L << (maxDoc & 63)) - 1; // past the last document
                }
                while (word != 0) {
                    int doc = w << 6 | Long.numberOfTrailingZeros(word);
                    tally(doc, delta);
                    word &= word - 1;
                }
            }
        }

        /** Adds {@code delta} to the count of each facet value of {@code doc}. */
        private void tally(int doc, int delta) {
            for (int f = 0; f < FIELDS; f++) {
                int[] single = segment.single[f];
                if (single != null) {
                    int ord = single[doc];
                    if (ord >= 0) {
                        counts[f][ord] += delta;
                    }
                    continue;
                }
                int[] starts = segment.starts[f];
                int[] ords = segment.ords[f];
                int[] c = counts[f];
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                    c[ords[i]] += delta;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
