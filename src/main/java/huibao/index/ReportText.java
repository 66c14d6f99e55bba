package huibao.index;

import huibao.model.Span;

/**
 * The report a fact or entity is packed with: its doc id and its text, which starts at {@code offset}
 * in the file's cleaned text. A value that is the report's own doc id, or a piece of its text at the
 * offsets the record gives, is packed as a mark instead of written out again.
 */
record ReportText(String doc, String text, int offset) {

    /** Whether {@code value} is the text of the report within {@code span} (offsets in the file). */
    boolean holds(String value, Span span) {
        int start = span.start() - offset;
        return value != null && start >= 0 && span.end() - offset <= text.length()
                && value.length() == span.length() && text.regionMatches(start, value, 0, value.length());
    }

    /**
     * A fact's or entity's id written short: its offset when it is of this report ("001.txt#2@120"
     * of report 001.txt#2), so that links and references cost a number, not a path.
     */
    void writeId(PackedFields.Writer w, String id) {
        int at = ownOffset(id);
        w.flag(at >= 0);
        if (at >= 0) {
            w.integer(at);
        } else {
            w.string(id);
        }
    }

    /** An id written by {@link #writeId}. */
    String readId(PackedFields.Reader r) {
        return r.flag() ? doc + "@" + r.integer() : r.string();
    }

    private int ownOffset(String id) {
        if (id == null || id.length() <= doc.length() + 1 || !id.startsWith(doc) || id.charAt(doc.length()) != '@') {
            return -1;
        }
        int at = 0;
        for (int i = doc.length() + 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9' || at > (Integer.MAX_VALUE - 9) / 10 || i == doc.length() + 1 && c == '0' && i + 1 < id.length()) {
                return -1;
            }
            at = at * 10 + (c - '0');
        }
        return at;
    }

    /**
     * Where {@code sentence}, which holds {@code span}, starts in the file, when it is this report's
     * text there; else -1.
     */
    int sentenceStart(String sentence, Span span) {
        if (sentence == null) {
            return -1;
        }
        int from = text.lastIndexOf(sentence, span.start() - offset);
        if (from < 0) {
            return -1;
        }
        Span found = new Span(from + offset, from + offset + sentence.length());
        return found.end() >= span.end() ? found.start() : -1;
    }

    /** The text of the report within {@code span} (offsets in the file). */
    String at(Span span) {
        return text.substring(span.start() - offset, span.end() - offset);
    }
}
