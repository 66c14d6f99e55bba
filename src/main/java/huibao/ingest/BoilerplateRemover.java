package huibao.ingest;

import java.util.Arrays;
import java.util.List;
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

    BoilerplateRemover(BoilerplateRules rules) {
        this.rules = rules;
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
        List<String> words = rules.adverts();
        int[] score = new int[lines.count()];
        int[] lastWord = new int[lines.count()];
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                int line = lines.lineAt(at);
                if (lastWord[line] != w + 1) {
                    lastWord[line] = w + 1;
                    score[line]++;
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
