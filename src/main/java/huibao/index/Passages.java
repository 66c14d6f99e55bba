package huibao.index;

import huibao.model.Report;
import huibao.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * Cuts a report into passages, the sentences and short paragraphs that search hits show, and
 * writes their documents. A passage ends at 。！？；, at a line break, or, when a sentence runs
 * long, at a comma near {@link #MAX_LENGTH} characters.
 */
final class Passages {

    /** Longest passage; longer sentences are cut at a comma. */
    static final int MAX_LENGTH = 200;
    /** A cut at a comma leaves at least this much before it. */
    private static final int MIN_CUT = 40;

    private Passages() {
    }

    /** The passages of {@code report}, as spans of the file's cleaned text, in reading order. */
    static List<Span> of(Report report) {
        return split(report.text(), report.range().start());
    }

    /** The passages of {@code text}, whose first character lies at {@code offset} in the file. */
    static List<Span> split(String text, int offset) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\n' || c == '\r') {
                addTrimmed(text, start, i - 1, offset, out);
                start = i;
            } else if (isTerminator(c)) {
                while (i < text.length() && (isCloser(text.charAt(i)) || isTerminator(text.charAt(i)))) {
                    i++;
                }
                addTrimmed(text, start, i, offset, out);
                start = i;
            }
        }
        addTrimmed(text, start, text.length(), offset, out);
        return out;
    }

    /** The passage's document; the text is the report's text within {@code span}. */
    static Document write(Report report, Span span) {
        String text = report.slice(span);
        Document d = new Document();
        d.add(new StringField(Schema.TYPE, Schema.TYPE_PASSAGE, Field.Store.NO));
        d.add(new StringField(Schema.FILE, report.file(), Field.Store.YES));
        d.add(new StringField(Schema.DOC, report.doc(), Field.Store.YES));
        d.add(new SortedDocValuesField(Schema.PASSAGE_DOC, new BytesRef(report.doc())));
        d.add(new StoredField(Schema.PASSAGE_START, span.start()));
        d.add(new NumericDocValuesField(Schema.PASSAGE_START, span.start()));
        d.add(new StoredField(Schema.PASSAGE_END, span.end()));
        d.add(new Field(Schema.PASSAGE_TEXT, text, Schema.PASSAGE_STORED));
        return d;
    }

    private static void addTrimmed(String text, int from, int to, int offset, List<Span> out) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        while (to - from > MAX_LENGTH) {
            int cut = cutPoint(text, from);
            addTrimmed(text, from, cut, offset, out);
            from = cut;
            while (from < to && isSpace(text.charAt(from))) {
                from++;
            }
        }
        if (to > from) {
            out.add(new Span(offset + from, offset + to));
        }
    }

    /** After the last comma within reach, else at the limit, never inside a surrogate pair. */
    private static int cutPoint(String text, int from) {
        for (int j = from + MAX_LENGTH - 1; j >= from + MIN_CUT; j--) {
            char c = text.charAt(j);
            if (c == '，' || c == ',' || c == '、') {
                return j + 1;
            }
        }
        int cut = from + MAX_LENGTH;
        return Character.isLowSurrogate(text.charAt(cut)) ? cut - 1 : cut;
    }

    private static boolean isTerminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }
}
