package huibao.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes what a page adds to a text: page-number lines ({@code - 3 -}, {@code 第 3 页 共 10 页})
 * wherever they stand, and in a paged text (form feeds between pages, as PDFs are read) also bare
 * page numbers next to a page break, running headers and footers (lines repeated at the edges of
 * at least half the pages), the blank lines at page edges, and the form feeds themselves.
 */
final class PageFurnitureRemover implements CleaningStep {

    /** How many lines at each edge of a page may be header or footer. */
    private static final int EDGE = 2;

    private final BoilerplateRules rules;
    private final boolean paged;

    PageFurnitureRemover(BoilerplateRules rules, boolean paged) {
        this.rules = rules;
        this.paged = paged;
    }

    @Override
    public void apply(String text, TextEdit edit) {
        TextLines lines = TextLines.of(text);
        int n = lines.count();
        boolean[] drop = new boolean[n];
        for (int i = 0; i < n; i++) {
            int s = lines.contentStart(i);
            int e = lines.contentEnd(i);
            drop[i] = e > s && e - s <= 40 && rules.isPageNumber(text.substring(s, e));
        }
        if (!paged) {
            for (int i = 0; i < n; i++) {
                if (drop[i]) {
                    edit.delete(lines.start(i), lines.next(i));
                }
            }
            return;
        }
        List<List<Integer>> pages = pages(text, lines, drop);
        dropRunningLines(lines, pages, drop);
        boolean[] edgeBlank = new boolean[n];
        dropBareNumbers(lines, pages, drop, edgeBlank);
        int feed = text.indexOf('\f');
        for (int i = 0; i < n; i++) {
            if (drop[i] || edgeBlank[i]) {
                edit.delete(lines.start(i), lines.next(i));
            }
            for (; feed >= 0 && feed < lines.end(i); feed = text.indexOf('\f', feed + 1)) {
                edit.delete(feed, feed + 1);
            }
        }
    }

    /** The lines of each page, in order; a line belongs to the page its first visible character is on. */
    private static List<List<Integer>> pages(String text, TextLines lines, boolean[] drop) {
        List<List<Integer>> pages = new ArrayList<>();
        pages.add(new ArrayList<>());
        int feed = text.indexOf('\f');
        int page = 0;
        for (int i = 0; i < lines.count(); i++) {
            int visible = lines.isBlank(i) ? lines.end(i) : lines.contentStart(i);
            while (feed >= 0 && feed < visible) {
                page++;
                pages.add(new ArrayList<>());
                feed = text.indexOf('\f', feed + 1);
            }
            pages.get(page).add(i);
        }
        return pages;
    }

    /** Drops lines that recur, digits aside, at the same edge of at least half the pages (two at least). */
    private void dropRunningLines(TextLines lines, List<List<Integer>> pages, boolean[] drop) {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> bottom = new HashMap<>();
        int withText = 0;
        for (List<Integer> page : pages) {
            List<Integer> kept = kept(lines, page, drop);
            if (kept.isEmpty()) {
                continue;
            }
            withText++;
            count(top, shapes(lines, kept.subList(0, Math.min(EDGE, kept.size()))));
            count(bottom, shapes(lines, kept.subList(Math.max(0, kept.size() - EDGE), kept.size())));
        }
        if (withText < 2) {
            return;
        }
        for (List<Integer> page : pages) {
            List<Integer> kept = kept(lines, page, drop);
            List<Integer> head = kept.subList(0, Math.min(EDGE, kept.size()));
            List<Integer> foot = kept.subList(Math.max(0, kept.size() - EDGE), kept.size());
            for (int line : head) {
                drop[line] |= isRunning(top.get(shape(lines, line)), withText);
            }
            for (int line : foot) {
                drop[line] |= isRunning(bottom.get(shape(lines, line)), withText);
            }
        }
    }

    /** Drops bare page numbers standing first or last on a page, and marks blank lines at page edges. */
    private void dropBareNumbers(TextLines lines, List<List<Integer>> pages, boolean[] drop, boolean[] edgeBlank) {
        for (List<Integer> page : pages) {
            List<Integer> kept = kept(lines, page, drop);
            if (!kept.isEmpty()) {
                int first = kept.get(0);
                int last = kept.get(kept.size() - 1);
                drop[first] |= rules.isPageNumberAtBreak(lines.content(first));
                drop[last] |= rules.isPageNumberAtBreak(lines.content(last));
            }
            kept = kept(lines, page, drop);
            int first = kept.isEmpty() ? Integer.MAX_VALUE : kept.get(0);
            int last = kept.isEmpty() ? Integer.MIN_VALUE : kept.get(kept.size() - 1);
            for (int line : page) {
                edgeBlank[line] = (line < first || line > last) && lines.isBlank(line);
            }
        }
    }

    private static boolean isRunning(Integer pagesWithIt, int pagesWithText) {
        return pagesWithIt != null && pagesWithIt >= 2 && 2 * pagesWithIt >= pagesWithText;
    }

    private static List<Integer> kept(TextLines lines, List<Integer> page, boolean[] drop) {
        List<Integer> kept = new ArrayList<>(page.size());
        for (int line : page) {
            if (!drop[line] && !lines.isBlank(line)) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static Set<String> shapes(TextLines lines, List<Integer> edge) {
        Set<String> shapes = new HashSet<>();
        for (int line : edge) {
            shapes.add(shape(lines, line));
        }
        return shapes;
    }

    private static void count(Map<String, Integer> counts, Set<String> shapes) {
        for (String s : shapes) {
            counts.merge(s, 1, Integer::sum);
        }
    }

    /** A line with its blanks removed and its digits as '#', so that 第3页 and 第4页 look alike. */
    private static String shape(TextLines lines, int line) {
        String content = lines.content(line);
        StringBuilder sb = new StringBuilder(content.length());
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append('#');
            } else if (!TextLines.isBlank(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
