package huibao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The facet fields' values of each segment, read once into arrays and kept while the segment
 * lives: counting a search's facets is then a few array reads per matching report instead of a
 * doc-values lookup per field, which at 100,000 reports is most of a broad search's time.
 */
final class FacetOrdinals {

    /** The facet fields, in the order their counts are kept. */
    static final String[] FIELDS = {Schema.FACET_REGION, Schema.FACET_YEAR, Schema.FACET_INDICATOR, Schema.FACET_TYPE};

    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    /** The values of {@code reader}'s segment, read on first use. */
    Segment of(LeafReader reader) {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        if (cache == null) {
            return Segment.read(reader);
        }
        Segment kept = segments.get(cache.getKey());
        if (kept != null) {
            return kept;
        }
        Segment read = Segment.read(reader);
        if (segments.putIfAbsent(cache.getKey(), read) == null) {
            cache.addClosedListener(segments::remove);
        }
        return segments.get(cache.getKey());
    }

    /**
     * One segment's values: for field {@code f} and document {@code d}, the ordinals
     * {@code ords[f][starts[f][d]] .. ords[f][starts[f][d + 1] - 1]}, each naming {@code values[f][ord]}.
     */
    static final class Segment {
        final int[][] starts = new int[FIELDS.length][];
        final int[][] ords = new int[FIELDS.length][];
        final String[][] values = new String[FIELDS.length][];

        private static Segment read(LeafReader reader) {
            try {
                Segment s = new Segment();
                int maxDoc = reader.maxDoc();
                for (int f = 0; f < FIELDS.length; f++) {
                    SortedSetDocValues dv = DocValues.getSortedSet(reader, FIELDS[f]);
                    String[] names = new String[(int) dv.getValueCount()];
                    for (int ord = 0; ord < names.length; ord++) {
                        names[ord] = dv.lookupOrd(ord).utf8ToString();
                    }
                    int[] starts = new int[maxDoc + 1];
                    int[] ords = new int[16];
                    int n = 0;
                    int next = 0;
                    for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                        while (next <= doc) {
                            starts[next++] = n;
                        }
                        for (int i = 0, count = dv.docValueCount(); i < count; i++) {
                            if (n == ords.length) {
                                ords = java.util.Arrays.copyOf(ords, n * 2);
                            }
                            ords[n++] = (int) dv.nextOrd();
                        }
                    }
                    while (next <= maxDoc) {
                        starts[next++] = n;
                    }
                    s.starts[f] = starts;
                    s.ords[f] = java.util.Arrays.copyOf(ords, n);
                    s.values[f] = names;
                }
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the facet values of a segment", e);
            }
        }
    }
}
