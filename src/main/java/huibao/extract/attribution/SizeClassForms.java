package huibao.extract.attribution;

import huibao.text.ChineseNumerals;

import java.util.regex.Pattern;

/**
 * How a size class of projects is written before a figure (亿元以上, 5000万美元（含）及以上的, 过亿元项目), defined
 * once for the two readers that set it apart: {@link IndicatorTerms} reads indicator words around any class,
 * {@link ScopeReader} takes a class written without a number as scope (with a number it is a threshold figure).
 */
final class SizeClassForms {

    /** The multipliers a class is counted in, the longer first so that 千万 is not read as 万. */
    private static final String MULTIPLIER = "(?:亿|千万|百万|万)";
    /** What the number of a class is written with (5000, 五, XX). */
    private static final String NUMERAL = "0-9.Xx*×" + ChineseNumerals.DIGITS + "十百千";

    /** What every class of {@link #ANY} ends with. */
    static final String ABOVE = "以上";

    /**
     * A class with its number or without, in yuan or dollars (引进省外5000万元以上项目资金, 亿元以上项目到位资金):
     * it says which projects are counted, so the words around it are read as if it were not there.
     */
    static final Pattern ANY = Pattern.compile("[" + NUMERAL + "０-９]*" + MULTIPLIER
            + "(?:元|美元)?(?:（含）|\\(含\\))?及?" + ABOVE + "(?:的)?");

    /**
     * A class written without a number (亿元以上, 千万元及以上; 上亿元的项目, 过亿元项目, 超千万元的项目, where
     * the projects follow).
     */
    static final Pattern WITHOUT_NUMBER = Pattern.compile("(?<![" + NUMERAL + "])(?:" + MULTIPLIER
            + "元(?:（含）)?(?:及)?以上|[上过超](?:百亿|十亿|亿|千万|百万)元?(?![美港欧日])(?=的?\\p{IsHan}{0,3}项目))");

    private SizeClassForms() {
    }
}
