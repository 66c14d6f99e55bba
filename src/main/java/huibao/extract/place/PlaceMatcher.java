package huibao.extract.place;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import huibao.model.Region;
import huibao.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the division names in a text with one Aho-Corasick pass over every full name and short
 * form, then keeps the leftmost longest names that read as places. A full name of three
 * characters or more always does. A short form (and a two-character name) does when it is not an
 * ordinary word and does not straddle a word boundary, or else when a place cue stands next to it
 * (赴X, X籍, a list of places), or when it names the context region or a relative of it.
 */
final class PlaceMatcher {

    private static final String LIST_SEPARATORS = "、-—–－和及与";

    private final PlaceTrie<RegionDictionary.Entry> names;
    private final PlaceTrie<String> exclusions;
    private final PlaceVocabulary vocabulary;
    private final PlaceMaskFinder masks;
    private final int longestExclusion;

    private record Hit(int begin, int end, RegionDictionary.Entry entry) {
        int length() {
            return end - begin;
        }
    }

    PlaceMatcher(RegionDictionary dictionary, PlaceVocabulary vocabulary, PlaceMaskFinder masks) {
        this.vocabulary = vocabulary;
        this.masks = masks;
        names = new PlaceTrie<>(dictionary.forms());
        Map<String, String> ex = new HashMap<>();
        vocabulary.exclusions().forEach(e -> ex.put(e, e));
        exclusions = new PlaceTrie<>(ex);
        longestExclusion = ex.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * Every place named in {@code text}, masked ones included, in reading order.
     *
     * @param related whether a division belongs to the report's own surroundings; its short
     *                forms count as places without further cues
     */
    List<PlaceMention> find(String text, Predicate<Region> related) {
        List<Span> masked = masks.find(text);
        List<Span> excluded = new ArrayList<>();
        exclusions.parse(text, (b, e, v) -> excluded.add(new Span(b, e)));
        excluded.sort(Comparator.comparingInt(Span::end).thenComparingInt(Span::start));
        List<Hit> hits = new ArrayList<>();
        names.parse(text, (b, e, v) -> hits.add(new Hit(b, e, v)));
        hits.sort(Comparator.comparingInt(Hit::begin).thenComparing(Comparator.comparingInt(Hit::length).reversed()));

        List<PlaceMention> out = new ArrayList<>();
        int lastEnd = 0;
        int lastAcceptedEnd = -1;
        for (Hit h : hits) {
            Span span = new Span(h.begin(), h.end());
            if (h.begin() < lastEnd || overlapsAny(span, masked, PlaceMaskFinder.MAX_LENGTH)
                    || insideAny(span, excluded, longestExclusion)) {
                continue;
            }
            if (!readsAsPlace(text, h, lastAcceptedEnd, related)) {
                continue;
            }
            out.add(new PlaceMention(span, text.substring(h.begin(), h.end()), h.entry().form(),
                    h.entry().candidates()));
            lastEnd = h.end();
            lastAcceptedEnd = h.end();
        }
        for (Span m : masked) {
            out.add(new PlaceMention(m, text.substring(m.start(), m.end()), PlaceMention.Form.MASKED, List.of()));
        }
        out.sort(Comparator.comparingInt(p -> p.span().start()));
        return out;
    }

    private boolean readsAsPlace(String text, Hit h, int previousPlaceEnd, Predicate<Region> related) {
        if (h.entry().fullName() && h.length() >= 3) {
            return true;
        }
        if (h.entry().candidates().stream().anyMatch(related)) {
            return true;
        }
        boolean cued = vocabulary.endingAt(text, h.begin(), PlaceVocabulary.CueKind.PLACE_BEFORE) != null
                || vocabulary.startingAt(text, h.end(), PlaceVocabulary.CueKind.PLACE_AFTER) != null
                || (h.begin() > 0 && previousPlaceEnd == h.begin() - 1 && LIST_SEPARATORS.indexOf(text.charAt(h.begin() - 1)) >= 0)
                || previousPlaceEnd == h.begin();
        if (cued) {
            return true;
        }
        if (vocabulary.isCommonWord(h.entry().text())) {
            return false;
        }
        return !straddlesWord(text, h.begin(), h.end());
    }

    /** Whether the name's first or last character forms a common word with its neighbour (召开平台 ≠ 开平). */
    private static boolean straddlesWord(String text, int begin, int end) {
        return begin > 0 && isCommonWord(text.substring(begin - 1, begin + 1))
                || end < text.length() && isCommonWord(text.substring(end - 1, end + 1));
    }

    private static boolean isCommonWord(String bigram) {
        if (!Character.isIdeographic(bigram.charAt(0)) || !Character.isIdeographic(bigram.charAt(1))) {
            return false;
        }
        CoreDictionary.Attribute a = CoreDictionary.get(bigram);
        if (a == null) {
            return false;
        }
        int place = 0;
        for (int i = 0; i < a.nature.length; i++) {
            if (a.nature[i].toString().startsWith("ns")) {
                place += a.frequency[i];
            }
        }
        return a.totalFrequency >= 5 && place * 2 < a.totalFrequency;
    }

    /** Whether {@code s} overlaps a span of {@code byEnd} (sorted by end, none longer than {@code max}). */
    private static boolean overlapsAny(Span s, List<Span> byEnd, int max) {
        for (int i = firstEndingAfter(byEnd, s.start()); i < byEnd.size() && byEnd.get(i).end() < s.end() + max; i++) {
            if (byEnd.get(i).overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} lies inside a span of {@code byEnd} (sorted by end, none longer than {@code max}). */
    private static boolean insideAny(Span s, List<Span> byEnd, int max) {
        for (int i = firstEndingAfter(byEnd, s.start()); i < byEnd.size() && byEnd.get(i).end() <= s.start() + max; i++) {
            if (byEnd.get(i).contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first span ending after {@code offset} in spans sorted by end. */
    private static int firstEndingAfter(List<Span> byEnd, int offset) {
        int lo = 0;
        int hi = byEnd.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byEnd.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
