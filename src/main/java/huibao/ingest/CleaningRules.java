package huibao.ingest;

import huibao.config.Dictionaries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text's own conventions that cleaning and splitting rely on, read from
 * {@code dictionaries/cleaning.tsv}: unit characters after figures, sentence-final punctuation,
 * list and heading markers, and the words report titles end with.
 *
 * @param figureUnits  characters that may follow a number as (the start of) its unit
 * @param numerals     Chinese numeral characters
 * @param strayUnits   unit characters a stray character is cut from the number before
 * @param rangeMarks   characters joining the two ends of a range
 * @param figureWords  characters that stand alone between a number and what follows in ordinary text
 * @param masks        characters a report puts for a withheld figure (X亿元, ××个, ＊%)
 * @param dateUnits    units that make a figure opening a line a date, not the rest of the line before
 * @param sentenceEnds characters that end a sentence
 * @param listItems    regexes that match at the start of a line opening a heading or list item
 * @param titleEnds    words a report title ends with
 * @param taiwanKept   Taiwan word forms that are common mainland words too, left as they are (指標)
 */
record CleaningRules(String figureUnits, String numerals, String strayUnits, String rangeMarks, String figureWords,
        String masks, String dateUnits, String sentenceEnds, List<Pattern> listItems, List<String> titleEnds,
        Set<String> taiwanKept) {

    static final String FILE = "cleaning.tsv";

    CleaningRules {
        listItems = List.copyOf(listItems);
        titleEnds = List.copyOf(titleEnds);
        taiwanKept = Set.copyOf(taiwanKept);
    }

    /** Reads the rules; an unknown kind, a unit or punctuation longer than one character, or a bad regex fails. */
    static CleaningRules from(Dictionaries dictionaries) {
        StringBuilder units = new StringBuilder();
        StringBuilder ends = new StringBuilder();
        StringBuilder numerals = new StringBuilder();
        StringBuilder strayUnits = new StringBuilder();
        StringBuilder figureWords = new StringBuilder();
        StringBuilder rangeMarks = new StringBuilder();
        StringBuilder masks = new StringBuilder();
        StringBuilder dateUnits = new StringBuilder();
        List<Pattern> listItems = new ArrayList<>();
        List<String> titleEnds = new ArrayList<>();
        Set<String> taiwanKept = new HashSet<>();
        for (Dictionaries.Table.Row row : dictionaries.table(FILE, "kind", "value").rows()) {
            String value = row.get("value");
            switch (row.get("kind")) {
                case "figure_unit" -> units.append(single(row, value));
                case "sentence_end" -> ends.append(single(row, value));
                case "numeral" -> numerals.append(single(row, value));
                case "stray_unit" -> strayUnits.append(single(row, value));
                case "range_mark" -> rangeMarks.append(single(row, value));
                case "figure_word" -> figureWords.append(single(row, value));
                case "mask" -> masks.append(single(row, value));
                case "date_unit" -> dateUnits.append(single(row, value));
                case "list_item" -> listItems.add(BoilerplateRules.compile(row, value));
                case "title_end" -> {
                    if (value.isEmpty()) {
                        throw row.error("empty title ending");
                    }
                    titleEnds.add(value);
                }
                case "taiwan_kept" -> {
                    if (value.isEmpty()) {
                        throw row.error("empty Taiwan word");
                    }
                    taiwanKept.add(value);
                }
                default -> throw row.error("unknown kind '" + row.get("kind")
                        + "' (known: figure_unit, numeral, stray_unit, range_mark, figure_word, mask, date_unit, sentence_end, list_item, title_end, taiwan_kept)");
            }
        }
        return new CleaningRules(units.toString(), numerals.toString(), strayUnits.toString(), rangeMarks.toString(),
                figureWords.toString(), masks.toString(), dateUnits.toString(), ends.toString(), listItems, titleEnds,
                taiwanKept);
    }

    boolean isFigureUnit(char c) {
        return figureUnits.indexOf(c) >= 0;
    }

    boolean isNumeral(char c) {
        return numerals.indexOf(c) >= 0;
    }

    boolean isStrayUnit(char c) {
        return strayUnits.indexOf(c) >= 0;
    }

    boolean isRangeMark(char c) {
        return rangeMarks.indexOf(c) >= 0;
    }

    boolean isFigureWord(char c) {
        return figureWords.indexOf(c) >= 0;
    }

    boolean isMask(char c) {
        return masks.indexOf(c) >= 0;
    }

    boolean isDateUnit(char c) {
        return dateUnits.indexOf(c) >= 0;
    }

    boolean isSentenceEnd(char c) {
        return sentenceEnds.indexOf(c) >= 0;
    }

    /** Whether {@code text} at {@code from} opens a heading or list item (一、 （二） 3. 一是 ...). */
    boolean startsListItem(CharSequence text, int from, int to) {
        for (Pattern p : listItems) {
            if (p.matcher(text).region(from, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static char single(Dictionaries.Table.Row row, String value) {
        if (value.length() != 1) {
            throw row.error("expected one character, got '" + value + "'");
        }
        return value.charAt(0);
    }
}
