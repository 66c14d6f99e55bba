package huibao.extract.number;

import huibao.model.BaseUnit;
import huibao.model.Span;
import huibao.model.UnitKind;
import huibao.text.Clauses;
import huibao.text.HanChars;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Reads the figures that are not a plain number and unit: a blank left where the number should
 * be (总投资额   亿元), a position (第三位, 第二), a percent in words (百分之十二) and growth told in
 * doublings (翻一番).
 */
final class FigureForms {

    /** The words that join the last name of a list to the others (、 joins the rest). */
    private static final Pattern LAST_JOIN = Pattern.compile("[" + Clauses.LIST_JOINS.replace("、", "") + "]");
    private static final Unit RANK_POSITION = new Unit("位", BaseUnit.RANK, BigDecimal.ONE, UnitKind.RANK);
    private static final Unit RANK_PLACE = new Unit("名", BaseUnit.RANK, BigDecimal.ONE, UnitKind.RANK);

    private final UnitTable units;
    private final FigureUnits unitsAt;
    private final FigureEndings endings;
    private final FigureRules rules;
    /** Asked at every position of a sentence. */
    private final FigureRules.Words rankWords;
    private final FigureRules.Words halfWords;

    FigureForms(UnitTable units, FigureUnits unitsAt, FigureEndings endings, FigureRules rules) {
        this.units = units;
        this.unitsAt = unitsAt;
        this.endings = endings;
        this.rules = rules;
        this.rankWords = rules.kind("rank_word");
        this.halfWords = rules.kind("half_word");
    }

    /**
     * The first place written as a word (居全省首位, 位居全市之首: rank_word of figure-rules.tsv), or
     * {@code null}; 首位 keeps its 位 as unit, 之首 has none, like 第一.
     */
    ScanToken rankWord(String s, int i) {
        String word = rankWords.at(s, i);
        if (word == null) {
            return null;
        }
        int end = i + word.length();
        Unit unit = word.endsWith("位") ? RANK_POSITION : word.endsWith("名") ? RANK_PLACE : null;
        Figure f = new Figure(new Span(i, end), word, BigDecimal.ONE, null, unit, false, false, Figure.Kind.RANK, false, true);
        return new ScanToken(f, null, i, end);
    }

    /**
     * A half written with no numeral before it: 半成 (a half of a tenth, 5%), or a word for more
     * than half (half_word of figure-rules.tsv: 过半) after a share word of its clause (占到位资金过半),
     * read as 一半 is, hedged; {@code null} elsewhere (双过半 is a slogan, 半成品 a noun).
     */
    ScanToken half(String s, int i) {
        if (i > 0 && FigureChars.isNumeralChar(s.charAt(i - 1))) {
            return null; // 一半, 三成半: the numeral before reads them
        }
        if (s.charAt(i) == '半') {
            String tenths = rules.wordAt("tenths_unit", s, i + 1);
            Unit u = tenths == null ? null : units.get(tenths);
            if (u == null || rules.wordAt("unit_word", s, i + 1) != null || FigureRules.startsWith(s, i + 1 + tenths.length(), "品")) {
                return null;
            }
            int end = i + 1 + tenths.length();
            Figure f = new Figure(new Span(i, end), s.substring(i, end), new BigDecimal("0.5"), null, u, false, false,
                    Figure.Kind.QUANTITY, false, true);
            return endings.close(s, f, end);
        }
        String word = halfWords.at(s, i);
        Unit half = units.get("半");
        if (word == null || half == null || i > 0 && s.charAt(i - 1) == '双'
                || rules.wordIn("share_before", s.substring(Clauses.clauseStart(s, i), i)) == null) {
            return null;
        }
        int end = i + word.length();
        Figure f = new Figure(new Span(i, end), word, BigDecimal.ONE, null, half, true, false,
                Figure.Kind.QUANTITY, false, true);
        return new ScanToken(f, null, i, end);
    }

    ScanToken blank(String s, int i) {
        int j = i;
        while (j < s.length() && FigureChars.isBlank(s.charAt(j))) {
            j++;
        }
        boolean boxes = s.charAt(i) == '_' || s.charAt(i) == '＿' || s.charAt(i) == '□' || s.charAt(i) == '\u3000';
        if (j - i < 2 && !boxes && !(j - i == 1 && s.charAt(i) == ' ')) {
            return null;
        }
        if (i == 0 || !HanChars.isHan(s.charAt(i - 1)) || FigureChars.isNumeralChar(s.charAt(i - 1))) {
            return null; // 一百五十    个百分点: blanks after a numeral are no figure left out
        }
        if (j - i == 1 && i >= 2 && FigureChars.isBlank(s.charAt(i - 2))) {
            return null; // 同 期 增 长, 103万 鼠 美元: a lone character between blanks is letter-spacing or a stray mark
        }
        Unit u = unitsAt.at(s, j);
        if (u != null && rules.wordAt("proportion_unit", u.written(), 0) != null) {
            return null; // 完 成 地 方: a letter-spaced 成 is no blank left for a share in tenths
        }
        if (u == null || (u.kind() != UnitKind.MONEY && u.kind() != UnitKind.COUNT && u.kind() != UnitKind.PERCENT
                && u.kind() != UnitKind.PP)) {
            return null;
        }
        int end = j + u.written().length();
        Figure f = new Figure(new Span(i, end), s.substring(i, end), null, null, u, false, true, Figure.Kind.QUANTITY,
                false, false);
        return endings.close(s, f, end);
    }

    /**
     * Brackets a template left empty for a figure (完成投资（　）亿元, 增长( )%): a masked figure when a money,
     * count, percent or points unit follows and a word, not a numeral, stands before.
     */
    ScanToken bracketBlank(String s, int i) {
        int j = i + 1;
        while (j < s.length() && FigureChars.isBlank(s.charAt(j))) {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != '）' && s.charAt(j) != ')') {
            return null;
        }
        if (i == 0 || !HanChars.isHan(s.charAt(i - 1)) || FigureChars.isNumeralChar(s.charAt(i - 1))) {
            return null;
        }
        int q = FigureChars.skipSpaces(s, j + 1);
        Unit u = unitsAt.at(s, q);
        if (u == null || (u.kind() != UnitKind.MONEY && u.kind() != UnitKind.COUNT && u.kind() != UnitKind.PERCENT
                && u.kind() != UnitKind.PP)) {
            return null;
        }
        int end = q + u.written().length();
        Figure f = new Figure(new Span(i, end), s.substring(i, end), null, null, u, false, true, Figure.Kind.QUANTITY,
                false, false);
        return endings.close(s, f, end);
    }

    ScanToken rank(String s, int i) {
        int runStart = i + 1;
        int runEnd = FigureChars.numeralEnd(s, runStart);
        boolean masked = false;
        if (runEnd == runStart) {
            while (runEnd < s.length() && FigureChars.isMask(s.charAt(runEnd))) {
                runEnd++; // 居全市第×位: a masked position
            }
            if (runEnd == runStart || !FigureRules.startsWith(s, runEnd, "位") && !FigureRules.startsWith(s, runEnd, "名")) {
                return null;
            }
            masked = true;
        }
        BigDecimal v = masked ? null : FigureChars.numeralValue(s.substring(runStart, runEnd), false);
        if (v == null && !masked) {
            return new ScanToken(null, null, i, runEnd);
        }
        Unit unit = listUnit(s, runEnd);
        int end = runEnd;
        if (unit != null) {
            // 分列第2、3、4位: the first position of a list takes the unit its last one writes
            Figure f = new Figure(new Span(i, end), s.substring(i, end), v, null, unit, false, false, Figure.Kind.RANK,
                    false, !FigureChars.containsDigit(s.substring(runStart, runEnd)));
            return new ScanToken(f, null, i, end);
        }
        if (FigureRules.startsWith(s, runEnd, "位")) {
            unit = RANK_POSITION;
            end++;
        } else if (FigureRules.startsWith(s, runEnd, "名")) {
            unit = RANK_PLACE;
            end++;
        } else if (runEnd < s.length() && (HanChars.isHan(s.charAt(runEnd)) || FigureChars.isDigit(s.charAt(runEnd)))) {
            return new ScanToken(null, null, i, runEnd); // 第二产业, 第十四届, 第一批
        }
        Figure f = new Figure(new Span(i, end), s.substring(i, end), v, null, unit, false, masked, Figure.Kind.RANK,
                false, !FigureChars.containsDigit(s.substring(runStart, runEnd)));
        return new ScanToken(f, null, i, end);
    }

    /**
     * 分列第2、3、4位: the rank unit written at the end of a list of positions that starts at
     * {@code at} (right after the first number), or {@code null} when no such list stands there.
     */
    private static Unit listUnit(String s, int at) {
        int p = at;
        boolean listed = false;
        while (p < s.length() && s.charAt(p) == '、') {
            int q = FigureChars.numeralEnd(s, p + 1);
            if (q == p + 1) {
                return null;
            }
            p = q;
            listed = true;
        }
        if (!listed) {
            return null;
        }
        return FigureRules.startsWith(s, p, "位") ? RANK_POSITION : FigureRules.startsWith(s, p, "名") ? RANK_PLACE : null;
    }

    /** A later position of a list of positions (the 3 and 4位 of 第2、3、4位), or {@code null}. */
    ScanToken listedRank(String s, int i, Figure previous) {
        if (previous == null || previous.kind() != Figure.Kind.RANK || i == 0 || s.charAt(i - 1) != '、') {
            return null;
        }
        int runEnd = FigureChars.numeralEnd(s, i);
        BigDecimal v = runEnd > i ? FigureChars.numeralValue(s.substring(i, runEnd), false) : null;
        if (v == null) {
            return null;
        }
        int end = runEnd;
        Unit unit = previous.unit();
        if (FigureRules.startsWith(s, runEnd, "位") || FigureRules.startsWith(s, runEnd, "名")) {
            end++;
        }
        Figure f = new Figure(new Span(i, end), s.substring(i, end), v, null, unit, false, false, Figure.Kind.RANK,
                false, !FigureChars.containsDigit(s.substring(i, runEnd)));
        return new ScanToken(f, null, i, end);
    }

    /**
     * A percent in words at {@code i}: 百分之十二, 千分之五 (0.5%), 万分之三, 百万分之五, letter-spaced
     * too (百 分 之 2.4); the number after 之 is read like any numeral. {@code null} when none stands there.
     */
    ScanToken percentWords(String s, int i) {
        int n = s.length();
        int p = i;
        int power = 0;
        StringBuilder written = new StringBuilder();
        while (p < n) {
            char c = s.charAt(p);
            int pw = ratioPower(c);
            if (pw > 0) {
                power += pw;
                written.append(c);
                p++;
            } else if (p > i && (c == ' ' || c == '\u00a0')) {
                p++;
            } else {
                break;
            }
        }
        if (power == 0 || p >= n || s.charAt(p) != '分') {
            return null;
        }
        int zhi = FigureChars.skipSpaces(s, p + 1);
        if (zhi >= n || s.charAt(zhi) != '之') {
            return null;
        }
        int runStart = FigureChars.skipSpaces(s, zhi + 1);
        int runEnd = FigureChars.numeralEnd(s, runStart);
        if (runEnd == runStart) {
            return null;
        }
        BigDecimal v = FigureChars.numeralValue(s.substring(runStart, runEnd), false);
        if (v == null) {
            return null;
        }
        Unit pct = units.get("%");
        Unit unit = new Unit(written + "分之", pct.base(), pct.multiplier().scaleByPowerOfTen(2 - power), pct.kind());
        Figure f = new Figure(new Span(i, runEnd), s.substring(i, runEnd), v, null, unit, false, false,
                Figure.Kind.QUANTITY, false, !FigureChars.containsDigit(s.substring(runStart, runEnd)));
        return endings.close(s, f, runEnd);
    }

    /**
     * A fraction of a whole after a share word in its clause (占全市超过1/4, 占比已超过1/ 3): the
     * numerator with the unit "/4", a percent of 100/4 each, rounded to hundredths when it does not
     * end. {@code null} elsewhere, so dates and numbers written 2023/6 stay no figure.
     */
    ScanToken fraction(String s, int i) {
        int numEnd = i;
        while (numEnd < s.length() && Character.isDigit(s.charAt(numEnd)) && s.charAt(numEnd) < 128) {
            numEnd++;
        }
        int slash = FigureChars.skipSpaces(s, numEnd);
        if (numEnd == i || slash >= s.length() || s.charAt(slash) != '/' || i > 0 && FigureChars.isDigit(s.charAt(i - 1))) {
            return null;
        }
        int denStart = FigureChars.skipSpaces(s, slash + 1);
        int denEnd = denStart;
        while (denEnd < s.length() && Character.isDigit(s.charAt(denEnd)) && s.charAt(denEnd) < 128) {
            denEnd++;
        }
        if (denEnd == denStart || denEnd < s.length() && (FigureChars.isDigit(s.charAt(denEnd)) || s.charAt(denEnd) == '/')) {
            return null;
        }
        BigDecimal numerator = new BigDecimal(s.substring(i, numEnd));
        BigDecimal denominator = new BigDecimal(s.substring(denStart, denEnd));
        int clause = Clauses.clauseStart(s, i);
        if (denominator.compareTo(BigDecimal.TEN) > 0 || numerator.signum() <= 0 || numerator.compareTo(denominator) >= 0
                || rules.wordIn("share_before", s.substring(clause, i)) == null) {
            return null;
        }
        BigDecimal each = percentEach(denominator);
        Unit unit = new Unit("/" + s.substring(denStart, denEnd), BaseUnit.PERCENT, each, UnitKind.PERCENT);
        Figure f = new Figure(new Span(i, denEnd), s.substring(i, denEnd), numerator, null, unit, false, false,
                Figure.Kind.QUANTITY, false, false);
        return endings.close(s, f, denEnd);
    }

    /** What one part of {@code denominator} is in percent: exact where it ends (1/4 = 25), else to two places (1/3). */
    private static BigDecimal percentEach(BigDecimal denominator) {
        try {
            return BigDecimal.valueOf(100).divide(denominator);
        } catch (ArithmeticException endless) {
            return BigDecimal.valueOf(100).divide(denominator, 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * A fraction written in Chinese (三分之二, 十分之一, 4分之3) at {@code i}: a share, the numerator with the unit
     * 三分之, a percent of 100/3 each as {@link #fraction} reads 2/3; {@code null} when the run at {@code i} is no
     * proper fraction (3又一千分之23, 五分之七) or a unit follows it (三分之二个).
     */
    ScanToken chineseFraction(String s, int i) {
        int runEnd = FigureChars.numeralEnd(s, i);
        String run = s.substring(i, runEnd);
        int fen = run.indexOf("分");
        if (fen <= 0 || run.indexOf('又') >= 0) {
            return null;
        }
        if (unitsAt.at(s, FigureChars.skipSpaces(s, runEnd)) != null) {
            return null; // 三分之二个: a fraction of a unit, read with it as any numeral
        }
        int zhi = run.indexOf('之', fen);
        BigDecimal denominator = FigureChars.numeralValue(run.substring(0, fen).strip(), false);
        BigDecimal numerator = zhi < 0 ? null : FigureChars.numeralValue(run.substring(zhi + 1).strip(), false);
        if (denominator == null || numerator == null || numerator.signum() <= 0 || numerator.compareTo(denominator) >= 0
                || denominator.stripTrailingZeros().scale() > 0 || numerator.stripTrailingZeros().scale() > 0) {
            return null;
        }
        BigDecimal each = percentEach(denominator);
        Unit unit = new Unit(run.substring(0, zhi + 1), BaseUnit.PERCENT, each, UnitKind.PERCENT);
        Figure f = new Figure(new Span(i, runEnd), run, numerator, null, unit, false, false,
                Figure.Kind.QUANTITY, false, !FigureChars.containsDigit(run));
        return endings.close(s, f, runEnd);
    }

    /**
     * A fraction whose digits are masked (占全市超X/X, 近X/3) at {@code i}: a masked share where a share word
     * (share_before of figure-rules.tsv) stands earlier in the clause, as for {@link #fraction}; else {@code null}.
     */
    ScanToken maskedFraction(String s, int i) {
        int slash = i;
        while (slash < s.length() && FigureChars.isMask(s.charAt(slash))) {
            slash++;
        }
        if (slash >= s.length() || s.charAt(slash) != '/' || i > 0 && (FigureChars.isDigit(s.charAt(i - 1))
                || FigureChars.isMask(s.charAt(i - 1)))) {
            return null;
        }
        int denEnd = slash + 1;
        while (denEnd < s.length() && (FigureChars.isMask(s.charAt(denEnd)) || Character.isDigit(s.charAt(denEnd)) && s.charAt(denEnd) < 128)) {
            denEnd++;
        }
        if (denEnd == slash + 1 || denEnd < s.length() && s.charAt(denEnd) == '/'
                || rules.wordIn("share_before", s.substring(Clauses.clauseStart(s, i), i)) == null) {
            return null;
        }
        Unit unit = new Unit(s.substring(slash, denEnd), BaseUnit.PERCENT, BigDecimal.ONE, UnitKind.PERCENT);
        Figure f = new Figure(new Span(i, denEnd), s.substring(i, denEnd), null, null, unit, false, true,
                Figure.Kind.QUANTITY, false, false);
        return endings.close(s, f, denEnd);
    }

    /**
     * A term of a structure written as a ratio (三次产业比重为5.0:52.0:43.0) at {@code i}: a percent
     * each, where a structure word (structure_before of figure-rules.tsv) stands earlier in the clause
     * and the run's terms add up to 100 within their rounding; {@code null} elsewhere (1:2, 10:30).
     */
    ScanToken structureTerm(String s, int i) {
        if (i > 0 && (FigureChars.isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.')) {
            return null;
        }
        int start = i;
        while (start > 1 && isRatioMark(s.charAt(start - 1)) && FigureChars.isDigit(s.charAt(start - 2))) {
            start = start - 2;
            while (start > 0 && (FigureChars.isDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
                start--;
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        int terms = 0;
        int decimals = 0;
        int p = start;
        int termEnd = -1;
        while (true) {
            int q = p;
            boolean point = false;
            while (q < s.length() && (FigureChars.isDigit(s.charAt(q)) || !point && s.charAt(q) == '.'
                    && q + 1 < s.length() && FigureChars.isDigit(s.charAt(q + 1)))) {
                point |= s.charAt(q) == '.';
                q++;
            }
            if (q == p || q + 1 < s.length() && s.charAt(q) == '.' && FigureChars.isDigit(s.charAt(q + 1))) {
                return null; // no term, or digits with a second point (3.50.5): no structure
            }
            BigDecimal v = new BigDecimal(s.substring(p, q));
            sum = sum.add(v);
            decimals = Math.max(decimals, v.scale());
            terms++;
            if (p == i) {
                termEnd = q;
            }
            if (q + 1 < s.length() && isRatioMark(s.charAt(q)) && FigureChars.isDigit(s.charAt(q + 1))) {
                p = q + 1;
            } else {
                break;
            }
        }
        // each term is rounded by at most half its last digit
        BigDecimal slack = new BigDecimal("0.5").movePointLeft(decimals).multiply(BigDecimal.valueOf(terms));
        if (terms < 2 || termEnd < 0 || sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(slack) > 0
                || rules.wordIn("structure_before", s.substring(ratioClauseStart(s, start), start)) == null) {
            return null;
        }
        Unit pct = units.get("%");
        Figure f = new Figure(new Span(i, termEnd), s.substring(i, termEnd), new BigDecimal(s.substring(i, termEnd)), null,
                pct, false, false, Figure.Kind.QUANTITY, false, false);
        return new ScanToken(f, null, i, termEnd);
    }

    /** Start of the clause before {@code at}, where a ratio's colons between digits end no clause (由5:95调整为8:92). */
    private static int ratioClauseStart(String s, int at) {
        int p = at;
        while (p > 0 && (!Clauses.isClauseEnd(s.charAt(p - 1))
                || isRatioMark(s.charAt(p - 1)) && p > 1 && FigureChars.isDigit(s.charAt(p - 2)) && FigureChars.isDigit(s.charAt(p)))) {
            p--;
        }
        return p;
    }

    private static boolean isRatioMark(char c) {
        return c == ':' || c == '：' || c == '∶';
    }

    /**
     * A count of the places just listed, written with the place's own word as its unit (荆门、襄阳、宜昌3市,
     * 甲、乙、丙三县: list_count_unit of figure-rules.tsv) at {@code i}: a count only when it equals the
     * number of names its clause lists before it, so that 3市 elsewhere stays no figure.
     */
    ScanToken namedListCount(String s, int i) {
        if (i == 0 || !HanChars.isHan(s.charAt(i - 1)) || FigureChars.isNumeralChar(s.charAt(i - 1))) {
            return null;
        }
        int runEnd = FigureChars.numeralEnd(s, i);
        String word = runEnd > i ? rules.wordAt("list_count_unit", s, runEnd) : null;
        if (word == null) {
            return null;
        }
        BigDecimal v = FigureChars.numeralValue(s.substring(i, runEnd), false);
        int clause = Clauses.clauseStart(s, i);
        int names = 1;
        int lastComma = -1;
        for (int k = clause; k < i; k++) {
            if (s.charAt(k) == '、') {
                names++;
                lastComma = k;
            }
        }
        if (lastComma >= 0 && LAST_JOIN.matcher(s.substring(lastComma + 1, i)).find()) {
            names++; // 合肥、芜湖和亳州3市: the last name joined by 和
        }
        if (v == null || names < 2 || v.compareTo(BigDecimal.valueOf(names)) != 0) {
            return null;
        }
        int end = runEnd + word.length();
        Unit unit = new Unit(word, BaseUnit.COUNT, BigDecimal.ONE, UnitKind.COUNT);
        Figure f = new Figure(new Span(i, end), s.substring(i, end), v, null, unit, false, false, Figure.Kind.QUANTITY,
                false, !FigureChars.containsDigit(s.substring(i, runEnd)));
        return new ScanToken(f, null, i, end);
    }

    /** Whether a percent in words (百分之, 千分之, 百 分 之) begins at {@code i}. */
    static boolean percentWordsAt(String s, int i) {
        int p = i;
        while (p < s.length() && (ratioPower(s.charAt(p)) > 0 || p > i && s.charAt(p) == ' ')) {
            p++;
        }
        if (p == i || p >= s.length() || s.charAt(p) != '分') {
            return false;
        }
        int zhi = FigureChars.skipSpaces(s, p + 1);
        return zhi < s.length() && s.charAt(zhi) == '之';
    }

    /** The power of ten of a unit that may head a ratio (百 = 2, 千 = 3, 万 = 4, 亿 = 8), else 0. */
    private static int ratioPower(char c) {
        return switch (c) {
            case '百', '佰' -> 2;
            case '千', '仟' -> 3;
            case '万', '萬' -> 4;
            case '亿', '億' -> 8;
            default -> 0;
        };
    }

    ScanToken doubling(String s, int i) {
        int p = i + 1;
        if (FigureRules.startsWith(s, p, "了")) {
            p++;
        }
        int runEnd = FigureChars.numeralEnd(s, p);
        if (runEnd == p || !FigureRules.startsWith(s, runEnd, "番")) {
            return null;
        }
        BigDecimal n = FigureChars.numeralValue(s.substring(p, runEnd), false);
        if (n == null || n.signum() <= 0 || n.compareTo(BigDecimal.TEN) > 0) {
            return null;
        }
        // n doublings are growth of (2^n - 1) × 100%, exactly: 100 per doubling and the rest as an offset
        // (翻三番 = 3 × 100 + 400 = +700%), since (2^n - 1) / n has no finite decimal for n = 3
        BigDecimal growth = BigDecimal.valueOf(100).multiply(BigDecimal.valueOf(2).pow(n.intValue()).subtract(BigDecimal.ONE));
        BigDecimal perDoubling = BigDecimal.valueOf(100);
        Unit u = new Unit("番", BaseUnit.PERCENT, perDoubling, UnitKind.MULTIPLE, growth.subtract(perDoubling.multiply(n)));
        Figure f = new Figure(new Span(i, runEnd + 1), s.substring(i, runEnd + 1), n, null, u, false, false,
                Figure.Kind.DOUBLING, false, true);
        return new ScanToken(f, null, i, runEnd + 1);
    }
}
