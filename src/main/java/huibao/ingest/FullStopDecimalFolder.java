package huibao.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the full stop 。 as the decimal point it stands for on a page whose converter printed its
 * decimals so (2。87亿元, 增长12。5%): between two digits and right before a figure's unit or %.
 * A sentence may end after a bare number and the next open with one, so one such 。 proves nothing;
 * only a page that writes the pattern at least {@link #REPEATED} times has its points folded, every
 * one of them. A date unit after the digits (12。3月) never makes the pattern.
 */
final class FullStopDecimalFolder implements CleaningStep {

    /** How many times a page must write digit。digit before a unit for its 。 to be a decimal point. */
    static final int REPEATED = 2;

    private final CleaningRules rules;

    FullStopDecimalFolder(CleaningRules rules) {
        this.rules = rules;
    }

    @Override
    public void apply(String text, TextEdit edit) {
        List<Integer> points = points(text);
        if (points.size() >= REPEATED) {
            for (int at : points) {
                edit.replace(at, '.');
            }
        }
    }

    /** The offsets of every 。 between digits whose digits after it run into a figure's unit or %. */
    private List<Integer> points(String text) {
        List<Integer> points = new ArrayList<>();
        for (int i = text.indexOf('。'); i >= 0; i = text.indexOf('。', i + 1)) {
            if (!FullWidthFolder.digitAt(text, i - 1) || !FullWidthFolder.digitAt(text, i + 1)) {
                continue;
            }
            int j = i + 1;
            while (FullWidthFolder.digitAt(text, j)) {
                j++;
            }
            char unit = j < text.length() ? text.charAt(j) : 0;
            if (unit == '%' || unit != 0 && rules.isFigureUnit(unit) && !rules.isDateUnit(unit)) {
                points.add(i);
            }
        }
        return points;
    }
}
