package huibao.ingest;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deletes what belongs to no report: markers such as {@code ##paidbegin##} and
 * {@code [bookmark: _GoBack]} wherever they stand (with the line, when that leaves it empty), and
 * advertising blocks. A short line is advertising when it holds two different advert phrases of
 * {@code boilerplate.tsv} (素材库 and 会员群, 代笔 and 持续接单); the lines next to it that hold one
 * go with it. One phrase alone may be ordinary prose.
 */
final class BoilerplateRemover implements CleaningStep {

    /** Advertising comes in short lines; a paragraph this long is prose, whatever words it uses. */
    private static final int MAX_ADVERT_LINE = 300;

    private final BoilerplateRules rules;
    private final List<String> adverts;
    /** Advert phrases by their first character, so that one pass over the text finds them all. */
    private final BitSet advertFirstChars = new BitSet(Character.MAX_VALUE + 1);
    private final Map<Character, int[]> advertsByFirstChar = new HashMap<>();

    BoilerplateRemover(BoilerplateRules rules) {
        this.rules = rules;
        this.adverts = rules.adverts();
        for (int w = 0; w < adverts.size(); w++) {
            char first = adverts.get(w).charAt(0);
            advertFirstChars.set(first);
            int[] known = advertsByFirstChar.getOrDefault(first, new int[0]);
            int[] more = Arrays.copyOf(known, known.length + 1);
            more[known.length] = w;
            advertsByFirstChar.put(first, more);
        }
    }

    @Override
    public void apply(String text, TextEdit edit) {
        TextLines lines = TextLines.of(text);
        boolean[] advert = advertLines(text, lines);
        long[] markers = markerSpans(text);
        int m = 0;
        for (int i = 0; i < lines.count(); i++) {
            int start = lines.start(i);
            int end = lines.end(i);
            int first = m;
            while (m < markers.length && (int) (markers[m] >>> 32) < end) {
                m++;
            }
            if (advert[i] || m > first && !lines.isBlank(i) && onlyMarkers(text, start, end, markers, first, m)) {
                edit.delete(start, lines.next(i));
            } else {
                for (int k = first; k < m; k++) {
                    edit.delete((int) (markers[k] >>> 32), (int) markers[k]);
                }
            }
        }
    }

    /** Spans of all markers, as start << 32 | end, sorted by start. */
    private long[] markerSpans(String text) {
        long[] spans = new long[8];
        int n = 0;
        for (String marker : rules.markers()) {
            for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length())) {
                spans = grow(spans, n);
                spans[n++] = (long) at << 32 | (at + marker.length());
            }
        }
        for (Pattern p : rules.markerPatterns()) {
            Matcher matcher = p.matcher(text);
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    spans = grow(spans, n);
                    spans[n++] = (long) matcher.start() << 32 | matcher.end();
                }
            }
        }
        long[] sorted = Arrays.copyOf(spans, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Whether the line [start, end) holds nothing but the markers {@code from..to-1} and blanks. */
    private static boolean onlyMarkers(String text, int start, int end, long[] markers, int from, int to) {
        int k = from;
        for (int i = start; i < end; ) {
            if (k < to && i >= (int) (markers[k] >>> 32)) {
                i = Math.max(i, (int) markers[k]);
                k++;
            } else if (!TextLines.isBlank(text.charAt(i))) {
                return false;
            } else {
                i++;
            }
        }
        return true;
    }

    private boolean[] advertLines(String text, TextLines lines) {
        int[] score = new int[lines.count()];
        long[] seen = new long[lines.count()];
        for (int at = 0, n = text.length(); at < n; at++) {
            char c = text.charAt(at);
            if (!advertFirstChars.get(c)) {
                continue;
            }
            for (int w : advertsByFirstChar.get(c)) {
                if (text.startsWith(adverts.get(w), at)) {
                    int line = lines.lineAt(at);
                    // one point per different phrase; phrases past the 64th share a bit, which only undercounts
                    long bit = 1L << Math.min(w, 63);
                    if ((seen[line] & bit) == 0) {
                        seen[line] |= bit;
                        score[line]++;
                    }
                }
            }
        }
        for (int i = 0; i < score.length; i++) {
            if (lines.end(i) - lines.start(i) > MAX_ADVERT_LINE) {
                score[i] = 0;
            }
        }
        boolean[] advert = new boolean[lines.count()];
        for (int i = 0; i < score.length; i++) {
            if (score[i] >= 2) {
                advert[i] = true;
                for (int j = i - 1; j >= 0 && score[j] == 1 && !advert[j]; j--) {
                    advert[j] = true;
                }
                for (int j = i + 1; j < score.length && score[j] == 1; j++) {
                    advert[j] = true;
                }
            }
        }
        return advert;
    }

    private static long[] grow(long[] spans, int n) {
        return n < spans.length ? spans : Arrays.copyOf(spans, n * 2);
    }
}
