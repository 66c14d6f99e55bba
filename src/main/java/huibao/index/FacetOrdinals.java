package huibao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

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
            values[f] = new Values(FIELDS[f].equals(Schema.FACET_REGION));
        }
    }

    /** How many values of field {@code f} are numbered so far; every ordinal of a segment read is below it. */
    int size(int f) {
        return values[f].size();
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

    /**
     * The values of field {@code f} counted in {@code counts} (by ordinal; those counted 0 left out) as
     * facets to show: most counted first, ties in the order of value, then label.
     */
    List<FacetCount> shown(int f, int[] counts) {
        return values[f].shown(counts);
    }

    /**
     * One field's values, numbered in the order segments first show them; a value keeps its number.
     * Each is kept as shown, a region's split into its code and name.
     */
    private static final class Values {
        private final boolean regions;
        private final Map<String, Integer> ids = new HashMap<>();
        private volatile FacetCount[] shown = new FacetCount[16];
        private volatile int size;
        private volatile Order order = new Order(new int[0], new int[0]);

        Values(boolean regions) {
            this.regions = regions;
        }

        /**
         * The first {@code rankOf.length} ordinals sorted by value then label ({@code byRank}), and the
         * rank of each: a search sorts what it counted by count and rank as primitive keys, without
         * comparing strings.
         */
        private record Order(int[] byRank, int[] rankOf) {
        }

        synchronized int id(String value) {
            Integer id = ids.get(value);
            if (id != null) {
                return id;
            }
            int next = size;
            FacetCount[] s = shown;
            if (next == s.length) {
                s = Arrays.copyOf(s, next * 2);
            }
            s[next] = FacetCounter.count(value, 0, regions);
            shown = s;
            ids.put(value, next);
            size = next + 1;
            return next;
        }

        int size() {
            return size;
        }

        List<FacetCount> shown(int[] counts) {
            Order o = order(counts.length);
            FacetCount[] s = shown;
            long[] keys = new long[counts.length];
            int n = 0;
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    keys[n++] = (long) (Integer.MAX_VALUE - counts[ord]) << 32 | o.rankOf[ord];
                }
            }
            Arrays.sort(keys, 0, n);
            List<FacetCount> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                FacetCount value = s[o.byRank[(int) keys[i]]];
                out.add(new FacetCount(value.value(), value.label(), Integer.MAX_VALUE - (int) (keys[i] >>> 32)));
            }
            return out;
        }

        /** An order of at least the first {@code ordinals} values; sorted again only once values were added. */
        private Order order(int ordinals) {
            Order o = order;
            if (o.rankOf.length >= ordinals) {
                return o;
            }
            synchronized (this) {
                o = order;
                if (o.rankOf.length < ordinals) {
                    FacetCount[] s = shown;
                    Integer[] byRank = new Integer[size];
                    Arrays.setAll(byRank, i -> i);
                    Arrays.sort(byRank, Comparator.comparing((Integer i) -> s[i], FacetCounter.TIES));
                    int[] ranked = new int[byRank.length];
                    int[] rankOf = new int[byRank.length];
                    for (int r = 0; r < byRank.length; r++) {
                        ranked[r] = byRank[r];
                        rankOf[byRank[r]] = r;
                    }
                    o = new Order(ranked, rankOf);
                    order = o;
                }
            }
            return o;
        }
    }

    /**
     * One segment's values: for field {@code f} and document {@code d}, the archive-wide ordinals
     * {@code ords[f][starts[f][d]] .. ords[f][starts[f][d + 1] - 1]}; or, where no document of the
     * segment has two values of the field (a report's region, most often its year), {@code single[f][d]},
     * -1 for none, which a search counts with one read instead of three (and the others are null).
     */
    static final class Segment {
        final int[][] starts = new int[FIELDS.length][];
        final int[][] ords = new int[FIELDS.length][];
        final int[][] single = new int[FIELDS.length][];
        /**
         * Each field's counts over every document of the segment, deleted ones included: a search that
         * matches most of the segment takes these less the documents it did not match.
         */
        final int[][] totals = new int[FIELDS.length][];
        /** Documents with a value of some facet field: reports, not the records of files. */
        int valued;

        private static Segment read(LeafReader reader, Values[] values) {
            try {
                Segment s = new Segment();
                int maxDoc = reader.maxDoc();
                FixedBitSet valued = new FixedBitSet(maxDoc);
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
                        valued.set(doc);
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
                    s.single[f] = single(starts, ords);
                    if (s.single[f] == null) {
                        s.starts[f] = starts;
                        s.ords[f] = Arrays.copyOf(ords, n);
                    }
                    s.totals[f] = totals(ords, n);
                }
                s.valued = valued.cardinality();
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the facet values of a segment", e);
            }
        }

        /** How often each ordinal occurs among the first {@code n} of {@code ords}. */
        private static int[] totals(int[] ords, int n) {
            int most = -1;
            for (int i = 0; i < n; i++) {
                most = Math.max(most, ords[i]);
            }
            int[] totals = new int[most + 1];
            for (int i = 0; i < n; i++) {
                totals[ords[i]]++;
            }
            return totals;
        }

        /** The ordinal of each document, -1 for none, when none has two; else {@code null}. */
        private static int[] single(int[] starts, int[] ords) {
            int[] one = new int[starts.length - 1];
            for (int doc = 0; doc < one.length; doc++) {
                int values = starts[doc + 1] - starts[doc];
                if (values > 1) {
                    return null;
                }
                one[doc] = values == 0 ? -1 : ords[starts[doc]];
            }
            return one;
        }
    }
}
