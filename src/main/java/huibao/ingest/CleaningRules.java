package huibao.ingest;

import huibao.config.Dictionaries;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text's own conventions that cleaning and splitting rely on, read from
 * {@code dictionaries/cleaning.tsv}: unit characters after figures, sentence-final punctuation,
 * list and heading markers, and the words report titles end with.
 *
 * @param figureUnits  characters that may follow a number as (the start of) its unit
 * @param sentenceEnds characters that end a sentence
 * @param listItems    regexes that match at the start of a line opening a heading or list item
 * @param titleEnds    words a report title ends with
 */
record CleaningRules(String figureUnits, String sentenceEnds, List<Pattern> listItems, List<String> titleEnds) {

    static final String FILE = "cleaning.tsv";

    CleaningRules {
        listItems = List.copyOf(listItems);
        titleEnds = List.copyOf(titleEnds);
    }

    /** Reads the rules; an unknown kind, a unit or punctuation longer than one character, or a bad regex fails. */
    static CleaningRules from(Dictionaries dictionaries) {
        StringBuilder units = new StringBuilder();
        StringBuilder ends = new StringBuilder();
        List<Pattern> listItems = new ArrayList<>();
        List<String> titleEnds = new ArrayList<>();
        for (Dictionaries.Table.Row row : dictionaries.table(FILE, "kind", "value").rows()) {
            String value = row.get("value");
            switch (row.get("kind")) {
                case "figure_unit" -> units.append(single(row, value));
                case "sentence_end" -> ends.append(single(row, value));
                case "list_item" -> listItems.add(BoilerplateRules.compile(row, value));
                case "title_end" -> {
                    if (value.isEmpty()) {
                        throw row.error("empty title ending");
                    }
                    titleEnds.add(value);
                }
                default -> throw row.error("unknown kind '" + row.get("kind")
                        + "' (known: figure_unit, sentence_end, list_item, title_end)");
            }
        }
        return new CleaningRules(units.toString(), ends.toString(), listItems, titleEnds);
    }

    boolean isFigureUnit(char c) {
        return figureUnits.indexOf(c) >= 0;
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
