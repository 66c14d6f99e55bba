package huibao.ingest;

import java.util.Arrays;

/**
 * The edits one cleaning step makes to its input: deletions and one-for-one replacements, declared
 * in ascending order of offset. Keeps, for every output character, the input offset it came from,
 * which is what lets the chain map cleaned offsets back to the raw text. Costs nothing when a step
 * edits nothing.
 */
final class TextEdit {

    private final String source;
    private StringBuilder out;
    private int[] from;
    private int length;
    private int cursor;
    private int deletedUpTo = -1;

    TextEdit(String source) {
        this.source = source;
    }

    /**
     * Deletes {@code [start, end)} of the input. Deletions come in ascending order of {@code start};
     * one that overlaps the deletion just before it is merged with it.
     */
    void delete(int start, int end) {
        if (end <= start) {
            return;
        }
        if (start < cursor) {
            if (cursor != deletedUpTo) {
                throw new IllegalStateException("deletion at " + start + " after an edit at " + (cursor - 1));
            }
            if (end <= cursor) {
                return;
            }
            start = cursor;
        }
        copyTo(start);
        cursor = end;
        deletedUpTo = end;
    }

    /** Replaces the input character at {@code at} by {@code c}. */
    void replace(int at, char c) {
        if (at < cursor) {
            throw new IllegalStateException("replacement at " + at + " after an edit at " + (cursor - 1));
        }
        if (source.charAt(at) == c) {
            return;
        }
        copyTo(at);
        out.append(c);
        from[length++] = at;
        cursor = at + 1;
    }

    /** Whether any edit was made. */
    boolean changed() {
        return out != null;
    }

    /** The edited text; the input itself when nothing was edited. */
    String text() {
        if (out == null) {
            return source;
        }
        copyTo(source.length());
        return out.toString();
    }

    /** For each character of {@link #text()}, its offset in the input; only when {@link #changed()}. */
    int[] sources() {
        text();
        return length == from.length ? from : Arrays.copyOf(from, length);
    }

    private void copyTo(int end) {
        if (out == null) {
            out = new StringBuilder(source.length());
            from = new int[source.length()];
        }
        out.append(source, cursor, end);
        for (int i = cursor; i < end; i++) {
            from[length++] = i;
        }
        cursor = end;
    }
}
