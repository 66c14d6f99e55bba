package huibao.ingest;

import huibao.model.Problem;
import huibao.model.ReportSection;
import huibao.model.Span;
import huibao.text.Clauses;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the reports in a cleaned text. A compilation (汇编) opens with a table of contents:
 * entries of title, leader and page number, usually under 目录. Each entry's title is looked for
 * again, in order, as a line after the table, and the report runs from that title line to the
 * next report's title line. Entries that repeat the compilation's cover title are not reports,
 * and identical titles are matched in turn. A text without a table of contents is one report.
 */
final class CompilationSplitter {

    /** A table of contents stands among the first lines; prose before it means it is something else. */
    private static final int TOC_SEARCH_LINES = 80;

    private final CleaningRules rules;

    CompilationSplitter(CleaningRules rules) {
        this.rules = rules;
    }

    /** Splits the cleaned {@code text} of {@code file}; problems name {@code file}. */
    ReportLayout split(String file, String text) {
        TextLines lines = TextLines.of(text);
        int tocStart = findToc(text, lines);
        if (tocStart < 0) {
            return new ReportLayout(List.of(single(text, lines)), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        List<TitleLine> titles = locateTitles(file, text, lines, tocStart, problems);
        if (titles.isEmpty()) {
            return new ReportLayout(List.of(single(text, lines)), problems);
        }
        List<ReportSection> sections = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            int first = titles.get(k).line();
            int last = k + 1 < titles.size() ? titles.get(k + 1).line() - 1 : lines.count() - 1;
            while (last > first && lines.isBlank(last)) {
                last--;
            }
            sections.add(new ReportSection(k + 1, titles.get(k).title(),
                    new Span(lines.contentStart(first), lines.contentEnd(last))));
        }
        return new ReportLayout(sections, problems);
    }

    /** A report's title line in the text, and the title as written there. */
    private record TitleLine(int line, String title) {
    }

    /**
     * Finds, in order, the line after the table of contents that carries each entry's title. An
     * entry naming the cover title is skipped; an entry whose title never follows is a problem.
     */
    private static List<TitleLine> locateTitles(String file, String text, TextLines lines, int tocStart,
            List<Problem> problems) {
        List<Integer> entryLines = new ArrayList<>();
        for (int i = tocStart; i < lines.count(); i++) {
            if (entry(text, lines, i) != null) {
                entryLines.add(i);
            } else if (!lines.isBlank(i)) {
                break;
            }
        }
        String cover = normalized(coverTitle(lines, tocStart));
        List<TitleLine> titles = new ArrayList<>();
        int from = entryLines.get(entryLines.size() - 1) + 1;
        for (int line : entryLines) {
            TocEntry entry = entry(text, lines, line);
            String wanted = normalized(entry.title());
            if (wanted.equals(cover)) {
                continue;
            }
            int found = find(lines, wanted, from);
            if (found < 0) {
                problems.add(new Problem(file, new Span(lines.contentStart(line), lines.contentEnd(line)),
                        Problem.Kind.UNREADABLE, "the table of contents lists '" + entry.title() + "' (page "
                        + entry.page() + ") but no line after it carries that title; its text stays with the"
                        + " report before it"));
                continue;
            }
            boolean wrapped = !normalized(lines.content(found)).equals(wanted);
            titles.add(new TitleLine(found,
                    wrapped ? lines.content(found) + lines.content(found + 1) : lines.content(found)));
            from = found + (wrapped ? 2 : 1);
        }
        return titles;
    }

    /** The whole text as one report, titled when its first line is a title. */
    private ReportSection single(String text, TextLines lines) {
        int first = 0;
        while (first < lines.count() && lines.isBlank(first)) {
            first++;
        }
        if (first == lines.count()) {
            return new ReportSection(0, null, new Span(0, text.length()));
        }
        int last = lines.count() - 1;
        while (lines.isBlank(last)) {
            last--;
        }
        String head = lines.content(first);
        return new ReportSection(0, isTitle(head) ? head : null,
                new Span(lines.contentStart(first), lines.contentEnd(last)));
    }

    /**
     * Whether a line reads as a report title: short, without sentence punctuation, not a heading
     * or list item, and ending (brackets aside) like a title: 汇报, 情况, 总结, 通报, 报告 ...
     */
    boolean isTitle(String line) {
        if (line.length() < 4 || line.length() > 60 || rules.startsListItem(line, 0, line.length())) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (Clauses.CLAUSE_MARKS_BUT_ASCII_COLON.indexOf(line.charAt(i)) >= 0) {
                return false;
            }
        }
        String core = line;
        if (core.endsWith("）") || core.endsWith(")")) {
            int open = Math.max(core.lastIndexOf('（'), core.lastIndexOf('('));
            core = open > 0 ? core.substring(0, open) : core;
        }
        for (String end : rules.titleEnds()) {
            if (core.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first line of a table of contents: an entry under a 目录 heading, or the first of two
     * entries in a row, met before any prose.
     */
    private static int findToc(String text, TextLines lines) {
        boolean heading = false;
        int limit = Math.min(lines.count(), TOC_SEARCH_LINES);
        for (int i = 0; i < limit; i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            if (entry(text, lines, i) != null) {
                int next = i + 1;
                while (next < lines.count() && lines.isBlank(next)) {
                    next++;
                }
                if (heading || next < lines.count() && entry(text, lines, next) != null) {
                    return i;
                }
                continue;
            }
            String content = normalized(lines.content(i));
            if (content.equals("目录") || content.equals("目次")) {
                heading = true;
            } else if (content.length() > 60 || content.indexOf('。') >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** The compilation's own title: the first line before the table of contents that is not 目录. */
    private static String coverTitle(TextLines lines, int tocStart) {
        for (int i = 0; i < tocStart; i++) {
            String content = lines.content(i);
            String n = normalized(content);
            if (!n.isEmpty() && !n.equals("目录") && !n.equals("目次")) {
                return content;
            }
        }
        return "";
    }

    /** The line at or after {@code from} that carries {@code title}, alone or wrapped over two lines. */
    private static int find(TextLines lines, String title, int from) {
        for (int i = from; i < lines.count(); i++) {
            String line = normalized(lines.content(i));
            if (line.equals(title)) {
                return i;
            }
            if (!line.isEmpty() && title.startsWith(line) && i + 1 < lines.count()
                    && normalized(lines.content(i) + lines.content(i + 1)).equals(title)) {
                return i;
            }
        }
        return -1;
    }

    private static TocEntry entry(String text, TextLines lines, int line) {
        return TocEntry.parse(text, lines.start(line), lines.end(line));
    }

    /** The text without blanks, for comparing titles however they were spaced. */
    private static String normalized(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!TextLines.isBlank(c) && c != '\u00A0') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
