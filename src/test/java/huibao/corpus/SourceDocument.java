package huibao.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus source read as the blocks a word processor would lay out: titles, centred header lines
 * (issuer, date), paragraphs, blank lines, tables and the entries of a 目录. Every block keeps its
 * source line verbatim, so each format carries the same characters as the source.
 *
 * <p>A single report's source starts with its title, then header lines up to the first blank
 * line, then the body, in which consecutive tab-separated lines form a table. A compilation's
 * source starts with a cover (title and header lines), then a "目录" line followed by
 * {@code title<TAB>page} lines, then the reports, each beginning at the line that repeats its
 * 目录 title.
 */
record SourceDocument(List<Block> blocks) {

    /** A layout unit; each holds the exact source text it stands for. */
    sealed interface Block permits Title, HeaderLine, Paragraph, Blank, Table, TocEntry {
    }

    /** A centred bold title; {@code newPage} starts a compilation's report on a fresh page. */
    record Title(String text, boolean newPage) implements Block {
    }

    /** A centred line under a title: the issuer or the date. */
    record HeaderLine(String text) implements Block {
    }

    /** A body paragraph, indented by two characters. */
    record Paragraph(String text) implements Block {
    }

    /** An empty source line. */
    record Blank() implements Block {
    }

    /** Consecutive tab-separated body lines; the first row is the header. */
    record Table(List<List<String>> rows) implements Block {
    }

    /** One line of a 目录: a report title and the page it starts on. */
    record TocEntry(String title, String page) implements Block {
    }

    static final String TOC_HEADING = "目录";

    /** Reads {@code text}; {@code compilation} selects the 汇编 layout. */
    static SourceDocument parse(String text, boolean compilation, String name) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // the final newline
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IllegalArgumentException(name + ": the first line must be the title");
        }
        List<Block> blocks = new ArrayList<>();
        int i = header(lines, 0, false, blocks);
        if (!compilation) {
            body(lines, i, lines.size(), blocks);
            return new SourceDocument(List.copyOf(blocks));
        }
        Map<String, String> toc = new LinkedHashMap<>();
        i = skipBlanks(lines, i, blocks);
        if (i >= lines.size() || !lines.get(i).equals(TOC_HEADING)) {
            throw new IllegalArgumentException(name + ":" + (i + 1) + ": a compilation needs a 目录 after its cover");
        }
        blocks.add(new Title(TOC_HEADING, false));
        for (i++; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            String[] cells = lines.get(i).split("\t");
            if (cells.length != 2) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": a 目录 line is 'title<TAB>page'");
            }
            toc.put(cells[0], cells[1]);
            blocks.add(new TocEntry(cells[0], cells[1]));
        }
        List<Integer> starts = new ArrayList<>();
        for (int j = i; j < lines.size(); j++) {
            if (toc.containsKey(lines.get(j))) {
                starts.add(j);
            }
        }
        if (starts.size() != toc.size()) {
            throw new IllegalArgumentException(name + ": " + toc.size() + " 目录 entries but " + starts.size()
                    + " reports start with a 目录 title");
        }
        skipBlanks(lines, i, blocks);
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            int bodyStart = header(lines, starts.get(k), true, blocks);
            body(lines, bodyStart, end, blocks);
        }
        return new SourceDocument(List.copyOf(blocks));
    }

    /** Title and header lines from {@code start}; returns the index of the first blank line. */
    private static int header(List<String> lines, int start, boolean newPage, List<Block> out) {
        out.add(new Title(lines.get(start), newPage));
        int i = start + 1;
        for (; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            out.add(new HeaderLine(lines.get(i)));
        }
        return i;
    }

    private static int skipBlanks(List<String> lines, int i, List<Block> out) {
        for (; i < lines.size() && lines.get(i).isEmpty(); i++) {
            out.add(new Blank());
        }
        return i;
    }

    private static void body(List<String> lines, int from, int to, List<Block> out) {
        List<List<String>> table = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') >= 0) {
                table.add(List.of(line.split("\t", -1)));
                continue;
            }
            if (!table.isEmpty()) {
                out.add(new Table(List.copyOf(table)));
                table.clear();
            }
            out.add(line.isEmpty() ? new Blank() : new Paragraph(line));
        }
        if (!table.isEmpty()) {
            out.add(new Table(List.copyOf(table)));
        }
    }
}
