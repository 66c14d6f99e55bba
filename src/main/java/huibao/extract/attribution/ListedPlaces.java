package huibao.extract.attribution;

import huibao.extract.lexicon.ClauseWords;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place names as lists write them before their figures (****区, 海阳市, 综保区): a masked name with its level,
 * a short name ending in a word of {@code clause-words.tsv} listed_place_end, or a mask alone.
 */
final class ListedPlaces {

    private final Pattern name;

    ListedPlaces(ClauseWords words) {
        this.name = Pattern.compile("^(?:[*Xx×＊]+[\\p{IsHan}]{0,6}?[省市区县镇乡]|[\\p{IsHan}]{1,8}?"
                + words.group("listed_place_end") + "|[*Xx×＊]+)");
    }

    /** The place name {@code text} opens with, or {@code null}. */
    String opening(String text) {
        Matcher m = name.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** Whether {@code text} is a place name and nothing else. */
    boolean isPlaceName(String text) {
        String n = opening(text);
        return n != null && n.length() == text.length();
    }
}
