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

    /** The text of the report within {@code span} (offsets in the file). */
    String at(Span span) {
        return text.substring(span.start() - offset, span.end() - offset);
    }
}
