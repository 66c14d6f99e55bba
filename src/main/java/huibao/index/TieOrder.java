package huibao.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Settles the order of hits whose ranking keys are equal, the same way in every archive: reports
 * of one day (sorted by date) whose scores are equal within {@link #TOLERANCE}, relative, count as
 * a tie and are ordered by their doc id. Without it the local index orders a tie by where the
 * reports lie in the index, which a multi-threaded ingest does not fix, and Solr, summing a score's
 * parts on two shards in another order, returns equal scores differing in their last bits, so two
 * reports came back in either order from one run to the next (issue 13).
 */
final class TieOrder {

    /** Scores this close, relative to the larger, are equal: float sums differ in their last bits. */
    static final double TOLERANCE = 1e-5;
    /**
     * Hits fetched past the page, so that a tie straddling the page's end is settled over all of its
     * members, not only over those that happened to come first.
     */
    static final int SLACK = 5;

    private TieOrder() {
    }

    /**
     * A hit with what it is ranked by.
     *
     * @param hit   the hit itself
     * @param day   the day it is sorted at when sorted by date ({@link Long#MIN_VALUE} when undated); any
     *              constant when sorted by relevance
     * @param score its relevance
     */
    record Ranked<T>(T hit, long day, float score) {
    }

    /**
     * The hits of {@code ranked}, given best first (by day, newest first, then by score), with each
     * tie put in the order of its reports' doc ids, which {@code doc} tells; at most {@code limit} of
     * them. {@code doc} is asked only about the hits of a tie that reaches into the page, so that a
     * search without ties reads no more than it shows.
     */
    static <T> List<Ranked<T>> settle(List<Ranked<T>> ranked, int limit, Function<T, String> doc) {
        List<Ranked<T>> out = new ArrayList<>(Math.min(limit, ranked.size()));
        int start = 0;
        while (start < ranked.size() && out.size() < limit) {
            Ranked<T> first = ranked.get(start);
            int end = start + 1;
            while (end < ranked.size() && tied(first, ranked.get(end))) {
                end++;
            }
            List<Ranked<T>> tie = new ArrayList<>(ranked.subList(start, end));
            if (tie.size() > 1) {
                // each hit's doc id read once, not at every comparison
                Map<Ranked<T>, String> ids = new IdentityHashMap<>();
                tie.forEach(r -> ids.put(r, doc.apply(r.hit())));
                tie.sort(Comparator.comparing(ids::get));
            }
            out.addAll(tie);
            start = end;
        }
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static boolean tied(Ranked<?> a, Ranked<?> b) {
        if (a.day() != b.day()) {
            return false;
        }
        double larger = Math.max(Math.abs(a.score()), Math.abs(b.score()));
        return Math.abs(a.score() - b.score()) <= TOLERANCE * larger;
    }
}
