package huibao.ingest;

import huibao.config.Dictionaries;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What belongs to no report, read from {@code dictionaries/boilerplate.tsv}: markers deleted
 * wherever they stand, advertising words, and page-number lines.
 *
 * @param markers             literal markers ({@code ##paidbegin##})
 * @param markerPatterns      marker regexes ({@code [bookmark: _GoBack]})
 * @param adverts             advertising words; a line needs two different ones to count as advertising
 * @param pageNumbers         whole-line page numbers deleted anywhere ({@code - 3 -})
 * @param pageNumbersAtBreaks whole-line page numbers deleted only next to a page break ({@code 3})
 */
record BoilerplateRules(
        List<String> markers,
        List<Pattern> markerPatterns,
        List<String> adverts,
        List<Pattern> pageNumbers,
        List<Pattern> pageNumbersAtBreaks) {

    static final String FILE = "boilerplate.tsv";

    BoilerplateRules {
        markers = List.copyOf(markers);
        markerPatterns = List.copyOf(markerPatterns);
        adverts = List.copyOf(adverts);
        pageNumbers = List.copyOf(pageNumbers);
        pageNumbersAtBreaks = List.copyOf(pageNumbersAtBreaks);
    }

    /** Reads the rules; an unknown kind or a bad regex fails naming the file and line. */
    static BoilerplateRules from(Dictionaries dictionaries) {
        List<String> markers = new ArrayList<>();
        List<Pattern> markerPatterns = new ArrayList<>();
        List<String> adverts = new ArrayList<>();
        List<Pattern> pageNumbers = new ArrayList<>();
        List<Pattern> atBreaks = new ArrayList<>();
        for (Dictionaries.Table.Row row : dictionaries.table(FILE, "kind", "pattern").rows()) {
            String pattern = row.get("pattern");
            if (pattern.isEmpty()) {
                throw row.error("empty pattern");
            }
            switch (row.get("kind")) {
                case "marker" -> markers.add(pattern);
                case "marker_regex" -> markerPatterns.add(compile(row, pattern));
                case "advert" -> adverts.add(pattern);
                case "page_number" -> pageNumbers.add(compile(row, pattern));
                case "page_number_at_break" -> atBreaks.add(compile(row, pattern));
                default -> throw row.error("unknown kind '" + row.get("kind")
                        + "' (known: marker, marker_regex, advert, page_number, page_number_at_break)");
            }
        }
        return new BoilerplateRules(markers, markerPatterns, adverts, pageNumbers, atBreaks);
    }

    /** Whether the trimmed line {@code content} is a page number wherever it stands. */
    boolean isPageNumber(String content) {
        return matchesAny(pageNumbers, content);
    }

    /** Whether the trimmed line {@code content} is a page number when it stands next to a page break. */
    boolean isPageNumberAtBreak(String content) {
        return matchesAny(pageNumbersAtBreaks, content) || isPageNumber(content);
    }

    private static boolean matchesAny(List<Pattern> patterns, String content) {
        if (content.isEmpty() || content.length() > 40) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(content).matches()) {
                return true;
            }
        }
        return false;
    }

    static Pattern compile(Dictionaries.Table.Row row, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw row.error("bad regex '" + regex + "': " + e.getDescription());
        }
    }
}
