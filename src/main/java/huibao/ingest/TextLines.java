package huibao.ingest;

import java.util.Arrays;

/**
 * The lines of a text as offsets: line {@code i} runs from {@link #start(int)} to {@link #end(int)},
 * its line feed (if any) excluded. Read-only; computed in one pass.
 */
final class TextLines {

    private final String text;
    private final int[] starts;
    private final int count;

    private TextLines(String text, int[] starts, int count) {
        this.text = text;
        this.starts = starts;
        this.count = count;
    }

    /** Splits {@code text} at line feeds; a text ending in a line feed has an empty last line. */
    static TextLines of(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return new TextLines(text, starts, n);
    }

    int count() {
        return count;
    }

    int start(int line) {
        return starts[line];
    }

    /** Offset of the line feed that ends the line, or the text's length for the last line. */
    int end(int line) {
        return line + 1 < count ? starts[line + 1] - 1 : text.length();
    }

    /** Offset just past the line feed, so that deleting [start, next) removes the whole line. */
    int next(int line) {
        return line + 1 < count ? starts[line + 1] : text.length();
    }

    /** First offset of the line that is not white space, or {@link #end(int)} when there is none. */
    int contentStart(int line) {
        int i = start(line);
        int end = end(line);
        while (i < end && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Offset just past the last character of the line that is not white space. */
    int contentEnd(int line) {
        int start = start(line);
        int i = end(line);
        while (i > start && isBlank(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    boolean isBlank(int line) {
        return contentStart(line) == end(line);
    }

    /** The line without its leading and trailing white space. */
    String content(int line) {
        int s = contentStart(line);
        return s == end(line) ? "" : text.substring(s, contentEnd(line));
    }

    /** The line that holds {@code offset}. */
    int lineAt(int offset) {
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * White space as report layout uses it: ASCII blanks, ideographic space (U+3000), form feed and
     * the like, but not the no-break space, which stands for a blanked-out figure in some reports.
     */
    static boolean isBlank(char c) {
        return c != '\u00A0' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
