package huibao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
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
 * doc-values lookup per field, which at 100,000 reports is most of a broad search's time. Each value
 * is numbered once for the whole archive, not per segment, so a search counts into one array per
 * field and names only the values it counted, whatever the number of segments.
 */
final class FacetOrdinals {

    /** The facet fields, in the order their counts are kept. */
    static final String[] FIELDS = {Schema.FACET_REGION, Schema.FACET_YEAR, Schema.FACET_INDICATOR, Schema.FACET_TYPE};

    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();
    private final Values[] values = new Values[FIELDS.length];

    FacetOrdinals() {
        for (int f = 0; f < FIELDS.length; f++) {
            values[f] = new Values();
        }
    }

    /** How many values of field {@code f} are numbered so far; every ordinal of a segment read is below it. */
    int size(int f) {
        return values[f].size();
    }

    /** The value ordinal {@code ord} of field {@code f} stands for. */
    String value(int f, int ord) {
        return values[f].name(ord);
    }

    /** The values of {@code reader}'s segment, read on first use. */
    Segment of(LeafReader reader) {
        IndexReader.CacheHelper cache = reader.getCoreCacheHelper();
        if (cache == null) {
            return Segment.read(reader, values);
        }
        Segment kept = segments.get(cache.getKey());
        if (kept != null) {
            return kept;
        }
        Segment read = Segment.read(reader, values);
        if (segments.putIfAbsent(cache.getKey(), read) == null) {
            cache.addClosedListener(segments::remove);
        }
        return segments.get(cache.getKey());
    }

    /** One field's values, numbered in the order segments first show them; a value keeps its number. */
    private static final class Values {
        private final Map<String, Integer> ids = new HashMap<>();
        private volatile String[] names = new String[16];
        private volatile int size;

        synchronized int id(String value) {
            Integer id = ids.get(value);
            if (id != null) {
                return id;
            }
            int next = size;
            String[] n = names;
            if (next == n.length) {
                n = Arrays.copyOf(n, next * 2);
            }
            n[next] = value;
            names = n;
            ids.put(value, next);
            size = next + 1;
            return next;
        }

        int size() {
            return size;
        }

        String name(int id) {
            return names[id];
        }
    }

    /**
     * One segment's values: for field {@code f} and document {@code d}, the archive-wide ordinals
     * {@code ords[f][starts[f][d]] .. ords[f][starts[f][d + 1] - 1]}.
     */
    static final class Segment {
        final int[][] starts = new int[FIELDS.length][];
        final int[][] ords = new int[FIELDS.length][];

        private static Segment read(LeafReader reader, Values[] values) {
            try {
                Segment s = new Segment();
                int maxDoc = reader.maxDoc();
                for (int f = 0; f < FIELDS.length; f++) {
                    SortedSetDocValues dv = DocValues.getSortedSet(reader, FIELDS[f]);
                    int[] global = new int[(int) dv.getValueCount()];
                    for (int ord = 0; ord < global.length; ord++) {
                        global[ord] = values[f].id(dv.lookupOrd(ord).utf8ToString());
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
                                ords = Arrays.copyOf(ords, n * 2);
                            }
                            ords[n++] = global[(int) dv.nextOrd()];
                        }
                    }
                    while (next <= maxDoc) {
                        starts[next++] = n;
                    }
                    s.starts[f] = starts;
                    s.ords[f] = Arrays.copyOf(ords, n);
                }
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the facet values of a segment", e);
            }
        }
    }
}
