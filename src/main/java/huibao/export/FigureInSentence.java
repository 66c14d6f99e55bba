package huibao.export;

import huibao.model.Fact;
import huibao.model.Report;

/**
 * A fact's sentence cut around its figure, for outputs that highlight the figure. The figure is
 * placed by its span within the report's text, so a sentence that writes the same figure twice
 * (新签约项目8个，其中外资项目8个) marks the right one.
 *
 * @param before  the sentence up to the figure
 * @param figure  the figure as written
 * @param after   the rest of the sentence
 * @param located whether the figure was found in the sentence; when not, {@code before} holds the
 *                whole sentence and {@code after} is empty
 */
record FigureInSentence(String before, String figure, String after, boolean located) {

    /** What stands for a figure left blank, where a blank could not be seen. */
    static final String BLANK = "［空白］";

    /** Cuts {@code fact}'s sentence; {@code report} is the fact's report, or {@code null} when unknown. */
    static FigureInSentence of(Fact fact, Report report) {
        String sentence = fact.sentence() == null ? "" : fact.sentence();
        int at = report == null ? -1 : inReport(fact, sentence, report);
        if (at < 0 || !sentence.startsWith(fact.text(), at)) {
            at = sentence.indexOf(fact.text());
        }
        if (at < 0 || fact.text().isEmpty()) {
            return new FigureInSentence(sentence, fact.text(), "", false);
        }
        int end = at + fact.text().length();
        return new FigureInSentence(sentence.substring(0, at), fact.text(), sentence.substring(end), true);
    }

    /** Where the figure starts within the sentence, found at the sentence's place in the report. */
    private static int inReport(Fact fact, String sentence, Report report) {
        int start = sentence.isEmpty() ? -1 : report.sentenceStart(fact);
        return start < 0 ? -1 : fact.span().start() - start;
    }

    /** The figure as it should be shown: a blank left in the text becomes {@link #BLANK}. */
    String shownFigure() {
        return figure.isBlank() ? BLANK : figure;
    }
}
