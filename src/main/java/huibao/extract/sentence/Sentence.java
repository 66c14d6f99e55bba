package huibao.extract.sentence;

import huibao.model.Span;

/**
 * A sentence of a report, with where it lies in the cleaned text.
 *
 * @param text      the sentence, end punctuation included
 * @param span      its offsets in the cleaned text of the file
 * @param paragraph index of the paragraph (line) it belongs to, counted within the report
 */
public record Sentence(String text, Span span, int paragraph) {

    /** Where the sentence starts in the cleaned text. */
    public int start() {
        return span.start();
    }
}
