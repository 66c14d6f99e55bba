package huibao.extract.number;

import huibao.model.UnitKind;
import huibao.text.ChineseNumerals;
import huibao.text.Clauses;
import huibao.text.HanChars;

import java.math.BigDecimal;

/** Finds the unit written at a position, never one that runs into a noun (百亿项目: 项 belongs to 项目). */
final class FigureUnits {

    private final UnitTable units;
    private final FigureRules rules;

    FigureUnits(UnitTable units, FigureRules rules) {
        this.units = units;
        this.rules = rules;
    }

    /**
     * The longest unit at {@code at} that does not run into a noun (百亿项目: 项 belongs to 项目, so
     * the unit there is 亿, not 亿项). A unit may be written in traditional characters (個百分點) or
     * letter-spaced (个 百 分点); it then comes back as written, with the table's conversion.
     */
    Unit at(String s, int at) {
        if (at >= s.length() || FigureChars.isBlank(s.charAt(at)) || !units.opensWith(HanChars.simplified(s.charAt(at)))) {
            return null;
        }
        StringBuilder folded = new StringBuilder();
        int[] ends = new int[units.longest() + 1];
        int p = at;
        while (folded.length() < units.longest() && p < s.length()) {
            int q = p;
            while (q < s.length() && q - p < 2 && isSpace(s.charAt(q)) && folded.length() > 0) {
                q++;
            }
            if (q >= s.length() || isSpace(s.charAt(q))) {
                break;
            }
            folded.append(HanChars.simplified(s.charAt(q)));
            ends[folded.length()] = q + 1;
            p = q + 1;
        }
        if (folded.length() == 0) {
            return null;
        }
        for (Unit u : units.startingWith(folded.charAt(0))) {
            int len = u.written().length();
            if (len > folded.length() || !FigureRules.startsWith(folded, 0, u.written())) {
                continue;
            }
            if (!runsIntoNoun(s, at, ends[len]) && !countsAClass(u, s, ends[len])) {
                String written = s.substring(at, ends[len]);
                return written.equals(u.written()) ? u : new Unit(written, u.base(), u.multiplier(), u.kind());
            }
        }
        return null;
    }

    /**
     * 15个亿元以上项目, 两个亿元项目: the spoken 个亿 (100个亿 = 100亿元) before a size-class word that runs on to a
     * project noun, or before the noun itself, counts projects of that class; 个 is then the unit.
     */
    private boolean countsAClass(Unit u, String s, int end) {
        if (u.kind() != UnitKind.MONEY || HanChars.simplified(u.written().charAt(0)) != '个') {
            return false;
        }
        if (end < s.length() && s.charAt(end) == '元') {
            end++; // 个亿 before 元以上: the class is written in full
        }
        if (rules.wordAt("project_noun", s, end) != null) {
            return true;
        }
        String above = rules.wordAt("threshold_after", s, end);
        if (above == null) {
            return false;
        }
        for (int k = end + above.length(); k < Math.min(s.length(), end + above.length() + 12); k++) {
            if (Clauses.isClauseEnd(s.charAt(k))) {
                return false;
            }
            if (rules.wordAt("project_noun", s, k) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0';
    }

    private boolean runsIntoNoun(String s, int at, int end) {
        for (int k = at; k < end; k++) {
            String word = rules.wordAt("unit_word", s, k);
            if (word != null && k + word.length() > end) {
                return true;
            }
        }
        return false;
    }

    static int firstTrailingMultiplier(String run) {
        int k = run.length();
        while (k > 0 && ChineseNumerals.UNIT_MULTIPLIERS.indexOf(run.charAt(k - 1)) >= 0) {
            k--;
        }
        return k;
    }

    /**
     * Where a unit begins inside the trailing multipliers of the numeral run {@code s[i, runEnd)}
     * (1740万美元, 4千万元, 3千5百万元), or {@code null} when none does. A multiplier is a unit's prefix
     * only when it stands after a complete number and multiplies all of it: the number before it,
     * times the prefix, is what the whole run reads. So 一百零一万一千个 is 1011000个, never
     * 一百零一万一 千个, and 四十五亿四千零四万个 keeps its 万. Stacked big units (万亿) are one multiplier.
     */
    Prefix prefix(String s, int i, int runEnd) {
        String run = s.substring(i, runEnd);
        BigDecimal whole = null;
        boolean wholeRead = false;
        for (int k = firstTrailingMultiplier(run) + i; k < runEnd && k > i; k++) {
            if (FigureChars.isBigUnit(s.charAt(k - 1)) && FigureChars.isBigUnit(s.charAt(k))) {
                continue;
            }
            Unit u = at(s, k);
            if (u == null || k + u.written().length() < runEnd) {
                continue;
            }
            Unit after = at(s, runEnd);
            if (after != null && runEnd + after.written().length() > k + u.written().length()) {
                continue; // 七十五万个百分点: the unit after the run is 个百分点, not 万个
            }
            BigDecimal number = FigureChars.numeralValue(s.substring(i, k), false);
            if (number == null) {
                continue;
            }
            if (!wholeRead) {
                whole = FigureChars.numeralValue(run, false);
                wholeRead = true;
            }
            if (whole == null || number.scaleByPowerOfTen(powerOfTen(s, k, runEnd)).compareTo(whole) == 0) {
                return new Prefix(k, u);
            }
        }
        return null;
    }

    /** The power of ten the multipliers {@code s[from, to)} make together (千万 = 7). */
    private static int powerOfTen(String s, int from, int to) {
        int power = 0;
        for (int k = from; k < to; k++) {
            power += switch (s.charAt(k)) {
                case '百' -> 2;
                case '千' -> 3;
                case '万' -> 4;
                case '亿' -> 8;
                default -> 0;
            };
        }
        return power;
    }

    /**
     * A unit that begins inside a numeral run.
     *
     * @param at   where the unit begins, so where the number ends
     * @param unit the unit
     */
    record Prefix(int at, Unit unit) {
    }
}
