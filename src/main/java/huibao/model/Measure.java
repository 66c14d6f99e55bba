package huibao.model;

import java.util.Locale;

/** What a figure says about its indicator (see the fact contract's table of measures). */
public enum Measure {
    /** The level of the indicator: 实际使用外资16.7亿美元. */
    VALUE,
    /** Year-on-year change in percent, signed; 增长1.5倍 is +150. */
    YOY,
    /** Year-on-year change in the indicator's own unit: 同比增加42个. */
    YOY_ABS,
    /** Share of a target reached, in percent: 完成市分配任务的168.1%. */
    COMPLETION,
    /** The target itself: 完成3500万美元任务数的 gives 3500万美元. */
    TARGET,
    /** Share of a whole, in percent: 占全市实际使用外资的59.2%. */
    SHARE,
    /** Change in percentage points: 提高13.5个百分点. */
    PP_CHANGE,
    /** A position in a ranking, 1 being first: 居全省第三位. */
    RANK;

    /** The contract's identifier, e.g. {@code pp_change}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a contract identifier such as {@code yoy_abs}. */
    public static Measure of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
