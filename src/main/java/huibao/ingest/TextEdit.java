package huibao.ingest;

import java.util.Arrays;

/**
 * The edits one cleaning step makes to its input: deletions, one-for-one replacements and
 * replacements of a word by a word of another length, declared in ascending order of offset. Keeps, for every output character, the input offset it came from,
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
        room(1);
        out.append(c);
        from[length++] = at;
        cursor = at + 1;
    }

    /**
     * Replaces {@code [start, end)} of the input by {@code word}, which may be shorter or longer. The
     * word's characters point into the replaced one in order, its last at the replaced one's last, so
     * that a span ending on the word maps back to the whole of what it replaced.
     */
    void replace(int start, int end, String word) {
        if (start < cursor) {
            throw new IllegalStateException("replacement at " + start + " after an edit at " + (cursor - 1));
        }
        if (end <= start || word.isEmpty()) {
            throw new IllegalArgumentException("a word replaces a non-empty span by a non-empty word");
        }
        if (end - start == word.length() && source.startsWith(word, start)) {
            return;
        }
        copyTo(start);
        int last = word.length() - 1;
        room(word.length());
        out.append(word);
        for (int j = 0; j <= last; j++) {
            from[length++] = j == last ? end - 1 : Math.min(start + j, end - 1);
        }
        cursor = end;
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
        room(end - cursor);
        out.append(source, cursor, end);
        for (int i = cursor; i < end; i++) {
            from[length++] = i;
        }
        cursor = end;
    }

    /** Makes room for {@code more} offsets: a longer word may make the output longer than the input. */
    private void room(int more) {
        if (length + more > from.length) {
            from = Arrays.copyOf(from, Math.max(from.length * 2, length + more));
        }
    }
}
