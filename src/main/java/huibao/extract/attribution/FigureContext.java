package huibao.extract.attribution;

import huibao.extract.number.Figure;
import huibao.extract.place.PlaceMention;
import huibao.model.Fact;
import huibao.text.Clauses;
import huibao.text.HanChars;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a figure stands: its sentence, its clause, the words before it and the figures around it,
 * as the attribution readers look at it.
 *
 * @param sentence    the sentence text
 * @param base        offset of the sentence in the cleaned text
 * @param figure      the figure
 * @param at          figure start within the sentence
 * @param end         figure end within the sentence
 * @param clauseStart start of the figure's clause within the sentence
 * @param left        the words between the previous figure (or clause start) and this one
 * @param next        the next real figure of the sentence, or {@code null}
 * @param all         every figure of the sentence, thresholds included
 * @param topic       the paragraph's topic
 * @param places      places named in the sentence other than the reporting region, offsets absolute
 */
record FigureContext(String sentence, int base, Figure figure, int at, int end, int clauseStart, String left,
                     Figure next, List<Figure> all, Topic topic, List<PlaceMention> places) {

    /** How far before a figure a place may stand and still be its subject (**区实际使用日韩资为0). */
    private static final int PLACE_REACH = 8;

    /** Places named in the figure's left words (其中，**市为3次; 山东省1898.7亿元), in reading order. */
    List<String> placesInLeft() {
        List<String> out = new ArrayList<>();
        int from = base + at - left.length();
        for (PlaceMention p : places) {
            int gap = base + at - p.span().end();
            if (p.span().start() >= from && gap >= 0 && gap <= PLACE_REACH && !insideName(p)) {
                out.add(p.text());
            }
        }
        return out;
    }

    /** A place named right before the figure (增速苏州第4), or {@code null}. */
    String placeRightBefore() {
        for (PlaceMention p : places) {
            if (p.span().end() == base + at && !insideName(p)) {
                return p.text();
            }
        }
        return null;
    }

    /** 济南环投到资120万美元: a short place name running on into more letters names a firm, not a place. */
    private boolean insideName(PlaceMention p) {
        int end = p.span().end() - base;
        if (p.form() != PlaceMention.Form.SHORT_NAME || end >= sentence.length()) {
            return false;
        }
        char next = sentence.charAt(end);
        return HanChars.isHan(next) && "为均和与及的在共全实累".indexOf(next) < 0;
    }

    /** The text of the figure's clause before it. */
    String clauseBefore() {
        return sentence.substring(clauseStart, at);
    }

    /** The text after the figure up to the end of its clause. */
    String clauseAfter() {
        return sentence.substring(end, Clauses.clauseEnd(sentence, end));
    }

    /** The text after the figure up to the next real figure or the clause end. */
    String right() {
        int stop = Clauses.clauseEnd(sentence, end);
        if (next != null) {
            stop = Math.min(stop, next.start() - base);
        }
        return sentence.substring(end, Math.max(end, stop));
    }

    /** The sentence before the figure. */
    String sentenceBefore() {
        return sentence.substring(0, at);
    }

    /**
     * Size classes (亿元以上) written in the figure's clause before it; those after the figure before
     * it alone when there are any: in 3000万美元以上项目12个、5000万美元以上项目7个 each count has its
     * own class, while 亿元以上项目70个、总投资XX亿元 keeps the class of the count.
     */
    List<Figure> thresholdsBefore() {
        List<Figure> out = new ArrayList<>();
        int own = Math.max(clauseStart, at - left.length());
        boolean fresh = all.stream().anyMatch(t -> t.threshold() && t.start() - base >= own && t.end() - base <= at);
        int from = fresh ? own : clauseStart;
        for (Figure t : all) {
            if (t.threshold() && t.start() - base >= from && t.end() - base <= at) {
                out.add(t);
            }
        }
        return out;
    }

    boolean isOther(String indicator) {
        return Fact.OTHER.equals(indicator);
    }
}
