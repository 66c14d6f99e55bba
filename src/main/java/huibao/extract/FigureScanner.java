package huibao.extract;

import huibao.model.BaseUnit;
import huibao.model.Span;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the figures of one sentence: numbers in Arabic or Chinese numerals, masks (XX, *, ×)
 * and blanks, with their units, ranges, hedges and shared units ({@code 11、18.2个百分点}).
 * Dates, labels, list markers, selections and articles are left out; size classes are kept but
 * marked as thresholds so attribution can turn them into scope.
 */
final class FigureScanner {

    /**
     * What a scan found.
     *
     * @param figures    the figures in reading order
     * @param unreadable spans that look like figures but whose number could not be read
     */
    record Scan(List<Figure> figures, List<Span> unreadable) {
    }

    private static final String RANGE_SEPARATORS = "-－—~～至到";
    private static final String CHAIN_SEPARATORS = "、和及与";
    private static final String CLAUSE_ENDS = "，,；;。：:！!？?\n";
    private static final Unit RANK_POSITION = new Unit("位", BaseUnit.RANK, BigDecimal.ONE, Unit.Kind.RANK);
    private static final Unit RANK_PLACE = new Unit("名", BaseUnit.RANK, BigDecimal.ONE, Unit.Kind.RANK);

    private final UnitTable units;
    private final FigureRules rules;

    FigureScanner(UnitTable units, FigureRules rules) {
        this.units = units;
        this.rules = rules;
    }

    /** Scans {@code s}, a sentence that starts at offset {@code base} of the cleaned text. */
    Scan scan(String s, int base) {
        List<Figure> out = new ArrayList<>();
        List<Span> unreadable = new ArrayList<>();
        List<Figure> pending = new ArrayList<>(); // bare numbers that may share the unit of the next figure
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            Token t = null;
            if (c == '第') {
                t = rank(s, i);
                if (t != null && t.figure == null) {
                    i = t.end;
                    continue;
                }
            } else if (FigureRules.startsWith(s, i, "百分之")) {
                t = percentWords(s, i);
            } else if (c == '翻') {
                t = doubling(s, i);
            } else if (isDigit(c) || isChineseDigit(c) || c == '十' || (isMultiplier(c) && i + 1 < n && isMultiplier(s.charAt(i + 1)))) {
                t = number(s, i, unreadable, base);
            } else if (isMask(c)) {
                t = mask(s, i);
            } else if (isBlank(c)) {
                t = blank(s, i);
            }
            if (t == null) {
                if (!isBlank(c) && CHAIN_SEPARATORS.indexOf(c) < 0) {
                    pending.clear();
                }
                i++;
                continue;
            }
            if (t.figure == null) {
                // a bare number: kept aside in case the next figure's unit is shared with it
                if (t.bare != null && (pending.isEmpty() || chained(s, pending.get(pending.size() - 1).end() - base, t.start))) {
                    pending.add(t.bare.withUnit(null, t.bare.span().shift(base), t.bare.text()));
                } else {
                    pending.clear();
                    if (t.bare != null) {
                        pending.add(t.bare.withUnit(null, t.bare.span().shift(base), t.bare.text()));
                    }
                }
                i = Math.max(t.end, i + 1);
                continue;
            }
            Figure f = t.figure;
            Figure shifted = new Figure(f.span().shift(base), f.text(), f.value(), f.valueMax(), f.unit(), f.approx(),
                    f.redacted(), f.kind(), f.threshold(), f.chinese());
            if (!pending.isEmpty() && f.unit() != null && chained(s, pending.get(pending.size() - 1).end() - base, f.start())) {
                for (Figure p : pending) {
                    out.add(p.withUnit(f.unit(), p.span(), p.text()));
                }
            }
            pending.clear();
            if (keep(s, f)) {
                out.add(shifted);
            }
            i = Math.max(t.end, i + 1);
        }
        return new Scan(List.copyOf(out), List.copyOf(unreadable));
    }

    /** A scanned token: a figure, or a bare number (no unit) that may take a shared unit. */
    private record Token(Figure figure, Figure bare, int start, int end) {
    }

    // ---- numbers ---------------------------------------------------------------------------

    private Token number(String s, int i, List<Span> unreadable, int base) {
        int runEnd = numeralEnd(s, i);
        if (runEnd == i) {
            return null;
        }
        String run = s.substring(i, runEnd);
        boolean chinese = !containsDigit(run);
        if (chinese && run.length() == 1 && isMultiplier(run.charAt(0)) && run.charAt(0) != '十') {
            return null; // 千方百计, 万众一心
        }
        int start = i;
        if (i > 0 && (s.charAt(i - 1) == '-' || s.charAt(i - 1) == '－') && (i < 2 || !isDigit(s.charAt(i - 2)))) {
            start = i - 1; // 增长-8.92%
        }
        // a unit may begin inside the run's trailing multipliers: 1740万美元, 5450亿元, 百亿元
        int numEnd = runEnd;
        Unit unit = null;
        for (int k = firstTrailingMultiplier(run) + i; k < runEnd && k > i; k++) {
            Unit u = unitAt(s, k);
            if (u != null && k + u.written().length() >= runEnd) {
                unit = u;
                numEnd = k;
                break;
            }
        }
        int pos = numEnd;
        if (unit != null) {
            pos = numEnd + unit.written().length();
        }
        BigDecimal value = read(s.substring(i, numEnd), start != i);
        if (value == null) {
            int end = unit != null ? pos : runEnd;
            Unit after = unit != null ? unit : unitAt(s, skipSpaces(s, runEnd));
            if (after != null) {
                unreadable.add(new Span(base + start, base + (unit != null ? end : skipSpaces(s, runEnd) + after.written().length())));
            }
            return new Token(null, null, start, runEnd);
        }
        boolean approx = false;
        if (unit == null) {
            int p = pos;
            String infix = rules.wordAt("approx_infix", s, p);
            int q = skipSpaces(s, infix == null ? p : p + infix.length());
            Unit u = unitAt(s, q);
            if (u != null) {
                unit = u;
                approx = infix != null;
                pos = q + u.written().length();
            }
        }
        // a range: 6至8亿元, 2-3个, 5000万～1亿元, *亿元（含）至*亿元
        int sepAt = pos;
        if (unit != null && FigureRules.startsWith(s, pos, "（含）")) {
            sepAt = pos + 3;
        }
        if (sepAt < s.length() && RANGE_SEPARATORS.indexOf(s.charAt(sepAt)) >= 0 && (unit == null || sepAt > pos || s.charAt(sepAt) != '到')) {
            Token upper = rangeUpper(s, sepAt + 1);
            if (upper != null && (unit == null || upper.figure.unit() == null || upper.figure.unit().base() == unit.base())) {
                Figure u = upper.figure;
                Unit ru = u.unit() != null ? u.unit() : unit;
                BigDecimal low = value;
                if (unit == null && numEnd < runEnd) {
                    low = null;
                }
                if (unit == null && ru != null) {
                    low = scaleToUnit(s.substring(i, numEnd), start != i, ru);
                }
                boolean redacted = u.redacted() || low == null;
                Figure f = new Figure(new Span(start, upper.end), s.substring(start, upper.end),
                        redacted ? null : low, redacted ? null : u.value(), ru, approx || u.approx(), redacted,
                        Figure.Kind.QUANTITY, false, chinese);
                return finish(s, f, upper.end);
            }
            if (unit == null) {
                // 1-6月: a period, not a figure; skip both numbers
                int e = sepAt + 1;
                while (e < s.length() && (isDigit(s.charAt(e)) || isChineseDigit(s.charAt(e)))) {
                    e++;
                }
                return new Token(null, null, start, e);
            }
        }
        if (unit == null) {
            Figure bare = new Figure(new Span(start, runEnd), s.substring(start, runEnd), value, null, null, false, false,
                    Figure.Kind.QUANTITY, false, chinese);
            if (isZero(value) && zeroFigure(s, start, runEnd)) {
                return new Token(new Figure(bare.span(), bare.text(), value, null, null, false, false, Figure.Kind.ZERO,
                        false, chinese), null, start, runEnd);
            }
            if (rules.wordAt("not_before", s, runEnd) != null) {
                return new Token(null, null, start, runEnd);
            }
            return new Token(null, bare, start, runEnd);
        }
        Figure f = new Figure(new Span(start, pos), s.substring(start, pos), value, null, unit, approx, false,
                Figure.Kind.QUANTITY, false, chinese);
        return finish(s, f, pos);
    }

    private Token rangeUpper(String s, int at) {
        if (at >= s.length()) {
            return null;
        }
        char c = s.charAt(at);
        Token t;
        if (isMask(c)) {
            t = mask(s, at);
        } else if (isDigit(c) || isChineseDigit(c) || c == '十') {
            int runEnd = numeralEnd(s, at);
            String run = s.substring(at, runEnd);
            int numEnd = runEnd;
            Unit unit = null;
            for (int k = firstTrailingMultiplier(run) + at; k < runEnd && k > at; k++) {
                Unit u = unitAt(s, k);
                if (u != null && k + u.written().length() >= runEnd) {
                    unit = u;
                    numEnd = k;
                    break;
                }
            }
            if (unit == null) {
                unit = unitAt(s, skipSpaces(s, runEnd));
                numEnd = runEnd;
            }
            if (unit == null) {
                return null;
            }
            BigDecimal v = read(s.substring(at, numEnd), false);
            if (v == null) {
                return null;
            }
            int end = unit.written().length() + (numEnd == runEnd ? skipSpaces(s, runEnd) : numEnd);
            t = new Token(new Figure(new Span(at, end), s.substring(at, end), v, null, unit, false, false,
                    Figure.Kind.QUANTITY, false, !containsDigit(run)), null, at, end);
        } else {
            return null;
        }
        return t == null || t.figure == null ? null : t;
    }

    /** Hedges and size-class words after the unit; decides threshold and approx. */
    private Token finish(String s, Figure f, int pos) {
        int end = pos;
        if (f.unit() != null && f.unit().kind() == Unit.Kind.RANK) {
            // 3位客商: 位 without 第 counts people
            f = f.withUnit(new Unit(f.unit().written(), BaseUnit.COUNT, BigDecimal.ONE, Unit.Kind.COUNT), f.span(), f.text());
        }
        if (threshold(s, f, pos)) {
            return new Token(f.asThreshold(), null, f.start(), end);
        }
        String after = rules.wordAt("approx_after", s, pos);
        if (after != null) {
            f = f.withApprox();
        }
        String before = approxBefore(s, f.start());
        if (before != null) {
            f = f.withApprox();
        }
        return new Token(f, null, f.start(), end);
    }

    private String approxBefore(String s, int start) {
        return rules.wordBefore("approx_before", s, start);
    }

    /** Whether a money figure only bounds a size class: 10亿元以上项目, 过百亿元, 5000万元以上62个. */
    private boolean threshold(String s, Figure f, int pos) {
        if (!f.isMoney()) {
            return false;
        }
        String before = rules.wordBefore("threshold_before", s, f.start());
        String after = rules.wordAt("threshold_after", s, pos);
        int p = after == null ? pos : pos + after.length();
        while (after != null) { // （含）以上
            String more = rules.wordAt("threshold_after", s, p);
            if (more == null) {
                break;
            }
            p += more.length();
            after = more;
        }
        if (FigureRules.startsWith(s, p, "的") && after != null) {
            p++;
        }
        boolean nounFollows = projectNounAt(s, p, after != null || before != null);
        boolean countFollows = p < s.length() && (isDigit(s.charAt(p)) || isMask(s.charAt(p)) || isChineseDigit(s.charAt(p)));
        if (before != null && !"在".equals(before)) {
            return after != null || nounFollows || "不足".equals(before) || "低于".equals(before) || "不到".equals(before)
                    || "过".equals(before);
        }
        if ("在".equals(before)) {
            return after != null;
        }
        if (after != null) {
            return nounFollows || countFollows || nounAhead(s, p);
        }
        return nounFollows || (f.valueMax() != null || f.redacted()) && countFollows;
    }

    /** A project noun at {@code p}, allowing a short qualifier (重大, 工业, 制造业大) when {@code loose}. */
    private boolean projectNounAt(String s, int p, boolean loose) {
        if (rules.wordAt("project_noun", s, p) != null) {
            return true;
        }
        if (!loose) {
            return false;
        }
        for (int k = p + 1; k <= Math.min(s.length(), p + 5); k++) {
            if (CLAUSE_ENDS.indexOf(s.charAt(k - 1)) >= 0) {
                return false;
            }
            if (rules.wordAt("project_noun", s, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** 过5亿元、过30亿元的制造业大项目: the size class runs on to a later project noun. */
    private boolean nounAhead(String s, int p) {
        for (int k = p; k < Math.min(s.length(), p + 16); k++) {
            char c = s.charAt(k);
            if ("，,；;。！？\n".indexOf(c) >= 0) {
                return false;
            }
            if (rules.wordAt("project_noun", s, k) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean zeroFigure(String s, int start, int end) {
        if (rules.wordBefore("zero_before", s, start) == null) {
            return false;
        }
        return end >= s.length() || CLAUSE_ENDS.indexOf(s.charAt(end)) >= 0 || s.charAt(end) == '.';
    }

    /** Rules that drop a figure although it has a unit: articles, phases, periods, labels, back-references. */
    private boolean keep(String s, Figure f) {
        if (f.kind() != Figure.Kind.QUANTITY || f.redacted()) {
            return true;
        }
        int afterUnit = f.end();
        if (f.unit() != null && f.unit().kind() == Unit.Kind.COUNT) {
            String tail = s.substring(afterUnit, Math.min(s.length(), afterUnit + 4));
            if (rules.wordAt("period_unit", tail, 0) != null || tail.startsWith("多月") || tail.startsWith("半月")) {
                return false; // 六个月, 两个季度
            }
        }
        if (rules.wordBefore("selection", s, f.start()) != null && f.unit() != null
                && (f.unit().written().equals("位") || f.unit().written().equals("名"))) {
            return false; // 前三位, 后3位
        }
        if (f.chinese()) {
            String number = f.text();
            if (f.unit() != null && f.unit().multiplier().compareTo(BigDecimal.ONE) == 0) {
                String numeral = number.substring(0, number.length() - f.unit().written().length());
                if (rules.words("article").contains(numeral)) {
                    return false; // 一批, 一名
                }
                if (rules.words("phase_unit").contains(f.unit().written())) {
                    return false; // 国轩二期
                }
            }
            if (f.unit() != null && rules.wordAt("label_after", s, afterUnit - f.unit().written().length()) != null) {
                return false; // 三次产业
            }
            if (backReference(s, f.start())) {
                return false;
            }
        }
        return !insideQuoteOrTitle(s, f.start(), f.chinese());
    }

    /** 及三支招商队伍在手的信息, 三支队伍累计…: a count that names a set already counted. */
    private boolean backReference(String s, int start) {
        int p = start - 1;
        while (p >= 0 && isBlank(s.charAt(p))) {
            p--;
        }
        if (p < 0) {
            return true;
        }
        String prev = String.valueOf(s.charAt(p));
        if (rules.words("conjunction").contains(prev)) {
            return true;
        }
        if (CLAUSE_ENDS.indexOf(s.charAt(p)) >= 0) {
            return true;
        }
        return false;
    }

    /** Figures inside 《document titles》 are never facts; Chinese numerals inside short “quotes” are labels. */
    private static boolean insideQuoteOrTitle(String s, int at, boolean chinese) {
        int open = s.lastIndexOf('《', at);
        if (open >= 0 && s.lastIndexOf('》', at) < open) {
            return true;
        }
        int q = s.lastIndexOf('“', at);
        if (q >= 0 && s.lastIndexOf('”', at) < q) {
            int close = s.indexOf('”', at);
            return close > 0 && close - q <= 16 && (chinese || close - q <= 8);
        }
        return false;
    }

    // ---- masks, blanks, ranks and other forms ---------------------------------------------

    private Token mask(String s, int i) {
        int j = i;
        while (j < s.length() && isMask(s.charAt(j))) {
            j++;
        }
        char c = s.charAt(i);
        if (j - i == 1 && (c == 'x' || c == 'X')) {
            return null;
        }
        if (i > 0 && isDigit(s.charAt(i - 1))) {
            return null; // 20XX年
        }
        String infix = rules.wordAt("approx_infix", s, j);
        int q = skipSpaces(s, infix == null ? j : j + infix.length());
        Unit u = unitAt(s, q);
        if (u == null || u.kind() == Unit.Kind.RANK) {
            return new Token(null, null, i, j);
        }
        int end = q + u.written().length();
        Figure f = new Figure(new Span(i, end), s.substring(i, end), null, null, u, infix != null, true,
                Figure.Kind.QUANTITY, false, false);
        int sepAt = end;
        if (FigureRules.startsWith(s, end, "（含）")) {
            sepAt = end + 3;
        }
        if (sepAt < s.length() && RANGE_SEPARATORS.indexOf(s.charAt(sepAt)) >= 0 && s.charAt(sepAt) != '到') {
            Token upper = rangeUpper(s, sepAt + 1);
            if (upper != null) {
                f = new Figure(new Span(i, upper.end), s.substring(i, upper.end), null, null, upper.figure.unit(),
                        f.approx(), true, Figure.Kind.QUANTITY, false, false);
                return finish(s, f, upper.end);
            }
        }
        return finish(s, f, end);
    }

    private Token blank(String s, int i) {
        int j = i;
        while (j < s.length() && isBlank(s.charAt(j))) {
            j++;
        }
        boolean boxes = s.charAt(i) == '_' || s.charAt(i) == '□';
        if (j - i < 2 && !boxes) {
            return null;
        }
        if (i == 0 || !isHan(s.charAt(i - 1))) {
            return null;
        }
        Unit u = unitAt(s, j);
        if (u == null || (u.kind() != Unit.Kind.MONEY && u.kind() != Unit.Kind.COUNT && u.kind() != Unit.Kind.PERCENT)) {
            return null;
        }
        int end = j + u.written().length();
        Figure f = new Figure(new Span(i, end), s.substring(i, end), null, null, u, false, true, Figure.Kind.QUANTITY,
                false, false);
        return finish(s, f, end);
    }

    private Token rank(String s, int i) {
        int runStart = i + 1;
        int runEnd = numeralEnd(s, runStart);
        if (runEnd == runStart) {
            return null;
        }
        BigDecimal v = read(s.substring(runStart, runEnd), false);
        if (v == null) {
            return new Token(null, null, i, runEnd);
        }
        Unit unit = null;
        int end = runEnd;
        if (FigureRules.startsWith(s, runEnd, "位")) {
            unit = RANK_POSITION;
            end++;
        } else if (FigureRules.startsWith(s, runEnd, "名")) {
            unit = RANK_PLACE;
            end++;
        } else if (runEnd < s.length() && (isHan(s.charAt(runEnd)) || isDigit(s.charAt(runEnd)))) {
            return new Token(null, null, i, runEnd); // 第二产业, 第十四届, 第一批
        }
        Figure f = new Figure(new Span(i, end), s.substring(i, end), v, null, unit, false, false, Figure.Kind.RANK,
                false, !containsDigit(s.substring(runStart, runEnd)));
        return new Token(f, null, i, end);
    }

    private Token percentWords(String s, int i) {
        int runStart = i + 3;
        int runEnd = numeralEnd(s, runStart);
        if (runEnd == runStart) {
            return null;
        }
        BigDecimal v = read(s.substring(runStart, runEnd), false);
        if (v == null) {
            return null;
        }
        Unit pct = units.get("%");
        Figure f = new Figure(new Span(i, runEnd), s.substring(i, runEnd), v, null,
                new Unit("百分之", pct.base(), pct.multiplier(), pct.kind()), false, false, Figure.Kind.QUANTITY, false, true);
        return finish(s, f, runEnd);
    }

    private Token doubling(String s, int i) {
        int p = i + 1;
        if (FigureRules.startsWith(s, p, "了")) {
            p++;
        }
        int runEnd = numeralEnd(s, p);
        if (runEnd == p || !FigureRules.startsWith(s, runEnd, "番")) {
            return null;
        }
        BigDecimal n = read(s.substring(p, runEnd), false);
        if (n == null || n.signum() <= 0 || n.compareTo(BigDecimal.TEN) > 0) {
            return null;
        }
        BigDecimal growth = BigDecimal.valueOf(2).pow(n.intValue()).subtract(BigDecimal.ONE);
        Unit u = new Unit("番", BaseUnit.PERCENT, BigDecimal.valueOf(100).multiply(growth).divide(n, MathContext.DECIMAL64),
                Unit.Kind.MULTIPLE);
        Figure f = new Figure(new Span(i, runEnd + 1), s.substring(i, runEnd + 1), n, null, u, false, false,
                Figure.Kind.DOUBLING, false, true);
        return new Token(f, null, i, runEnd + 1);
    }

    /**
     * The longest unit at {@code at} that does not run into a noun (百亿项目: 项 belongs to 项目, so
     * the unit there is 亿, not 亿项).
     */
    private Unit unitAt(String s, int at) {
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

    // ---- characters and numerals ----------------------------------------------------------

    /** End of the numeral starting at {@code i}: digits with separators, or Chinese numerals. */
    static int numeralEnd(String s, int i) {
        int j = i;
        int n = s.length();
        while (j < n) {
            char c = s.charAt(j);
            if (isDigit(c) || isChineseDigit(c) || isMultiplier(c)) {
                j++;
            } else if (c == '.' && j > i && isDigit(s.charAt(j - 1)) && j + 1 < n && isDigit(s.charAt(j + 1))) {
                j++;
            } else if (c == ',' && j > i && isDigit(s.charAt(j - 1)) && j + 3 < n && isDigit(s.charAt(j + 1))
                    && isDigit(s.charAt(j + 2)) && isDigit(s.charAt(j + 3)) && (j + 4 >= n || !isDigit(s.charAt(j + 4)))) {
                j++;
            } else if (c == '点' && j > i && !isDigit(s.charAt(j - 1)) && j + 1 < n && isChineseDigit(s.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static int firstTrailingMultiplier(String run) {
        int k = run.length();
        while (k > 0 && "万亿千百".indexOf(run.charAt(k - 1)) >= 0) {
            k--;
        }
        return k;
    }

    private BigDecimal scaleToUnit(String numeral, boolean negative, Unit unit) {
        BigDecimal v = read(numeral, negative);
        if (v == null) {
            return null;
        }
        int k = firstTrailingMultiplier(numeral);
        if (k == numeral.length() || k == 0) {
            return v;
        }
        // 5000万～1亿元: the lower bound written in 万 becomes 0.5 in the upper bound's 亿元
        BigDecimal unitScale = unit.multiplier();
        Unit plain = units.get(unit.base() == BaseUnit.CNY ? "元" : unit.base() == BaseUnit.USD ? "美元" : "个");
        BigDecimal plainScale = plain == null ? BigDecimal.ONE : plain.multiplier();
        return v.multiply(plainScale).divide(unitScale, MathContext.DECIMAL64).stripTrailingZeros();
    }

    private static BigDecimal read(String numeral, boolean negative) {
        try {
            BigDecimal v = ChineseNumerals.parse(numeral);
            return negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean chained(String s, int prevEnd, int nextStart) {
        if (nextStart - prevEnd != 1) {
            return false;
        }
        return CHAIN_SEPARATORS.indexOf(s.charAt(prevEnd)) >= 0;
    }

    private static int skipSpaces(String s, int p) {
        int q = p;
        while (q < s.length() && q - p < 2 && (s.charAt(q) == ' ' || s.charAt(q) == '\u00a0')) {
            q++;
        }
        return q;
    }

    private static boolean isZero(BigDecimal v) {
        return v != null && v.signum() == 0;
    }

    private static boolean containsDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isChineseDigit(char c) {
        return "零〇一二两三四五六七八九".indexOf(c) >= 0;
    }

    static boolean isMultiplier(char c) {
        return "十百千万亿".indexOf(c) >= 0;
    }

    static boolean isMask(char c) {
        return c == 'X' || c == 'x' || c == '×' || c == '*' || c == '＊' || c == 'Ｘ' || c == 'ｘ';
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u3000' || c == '_' || c == '□' || c == '\t';
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
