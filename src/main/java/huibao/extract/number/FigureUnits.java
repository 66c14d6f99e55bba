package huibao.extract.number;

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
     * the unit there is 亿, not 亿项).
     */
    Unit at(String s, int at) {
        for (int len = Math.min(units.longest(), s.length() - at); len >= 1; len--) {
            Unit u = units.get(s.substring(at, at + len));
            if (u != null && !runsIntoNoun(s, at, at + len)) {
                return u;
            }
        }
        return null;
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
        while (k > 0 && "万亿千百".indexOf(run.charAt(k - 1)) >= 0) {
            k--;
        }
        return k;
    }
}
