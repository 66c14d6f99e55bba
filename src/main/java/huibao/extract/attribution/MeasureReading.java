package huibao.extract.attribution;

import huibao.model.Measure;

/**
 * What {@link MeasureReader} reads for a figure: its measure and what the measure compares with.
 *
 * @param measure the measure
 * @param sign    -1 when the cue tells a decline, else +1
 * @param cueEnd  for shares, where the 占 cue ends within the figure's left words (the whole named
 *                after it: 占全市实际使用外资的), else -1
 * @param versus  what the figure compares with, or {@code null}
 * @param inherit whether, naming no indicator itself, the figure states one of the figure before
 *                it (the target inside 完成…任务数的53.49% is the target of the level just stated)
 * @param period  the earlier period whose level the figure is (比去年同期46.1亿元增加了: 去年同期), added to
 *                its scope so that it is never taken for the report period's level; else {@code null}
 */
record MeasureReading(Measure measure, int sign, int cueEnd, String versus, boolean inherit, String period) {
    MeasureReading(Measure measure, int sign, int cueEnd, String versus) {
        this(measure, sign, cueEnd, versus, false, null);
    }

    MeasureReading(Measure measure, int sign, int cueEnd, String versus, boolean inherit) {
        this(measure, sign, cueEnd, versus, inherit, null);
    }
}
