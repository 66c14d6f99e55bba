package huibao.extract.place;

import huibao.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds masked place names: a run of mask characters (XX, xx, **, ×× …) closed by a division word,
 * with ethnic groups before an autonomy suffix (XX傣族彝族自治县) and spaces between (×× 县).
 * A word that only begins with a division word (XX市场, **区域) is no place.
 */
final class PlaceMaskFinder {

    // two or more latin X (one X is a figure mask as often as a name), or any run of * and ×
    private static final String MASK = "(?:[XxＸｘ]{2,}|[*＊]+|[×╳]+)";

    /** The longest masked name read (mask, ethnic groups and autonomy suffix). */
    static final int MAX_LENGTH = 40;

    private final Pattern pattern;
    private final PlaceVocabulary vocabulary;

    PlaceMaskFinder(RegionNameParts parts, PlaceVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        StringBuilder ethnic = new StringBuilder();
        for (String e : parts.ethnicGroups()) {
            ethnic.append(ethnic.length() == 0 ? "" : "|").append(Pattern.quote(e));
        }
        StringBuilder words = new StringBuilder();
        for (String w : parts.divisionWords()) {
            words.append(words.length() == 0 ? "" : "|").append(Pattern.quote(w));
        }
        StringBuilder autonomous = new StringBuilder();
        for (String a : parts.autonomySuffixes()) {
            autonomous.append(autonomous.length() == 0 ? "" : "|").append(Pattern.quote(a));
        }
        this.pattern = Pattern.compile(MASK + "[ \\u00a0\\u3000]*(?:(?:(?:" + ethnic + ")族?)+(?:" + autonomous
                + ")|(?:" + words + "))");
    }

    /** Masked names in {@code text}, in reading order. */
    List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int i = 0;
        while (i < text.length()) {
            // the regex runs only where a mask begins: most texts have none
            if (!isMask(text.charAt(i)) || i > 0 && isMask(text.charAt(i - 1))) {
                i++;
                continue;
            }
            m.region(i, Math.min(text.length(), i + MAX_LENGTH));
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            i = m.end();
            int suffixStart = m.end();
            while (suffixStart > m.start() && !isMask(text.charAt(suffixStart - 1))
                    && !Character.isWhitespace(text.charAt(suffixStart - 1))) {
                suffixStart--;
            }
            if (vocabulary.startingAt(text, suffixStart, PlaceVocabulary.CueKind.NOT_DIVISION) != null
                    || (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))
                    && text.charAt(m.start() - 1) < 0x2E80)) {
                continue; // XX市场 is a market; 2XX区 is no name
            }
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    private static boolean isMask(char c) {
        return switch (c) {
            case 'X', 'x', 'Ｘ', 'ｘ', '*', '＊', '×', '╳' -> true;
            default -> false;
        };
    }
}
