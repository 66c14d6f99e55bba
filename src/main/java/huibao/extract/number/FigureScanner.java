package huibao.extract.number;

import huibao.model.Span;
import huibao.model.UnitKind;
import huibao.text.Clauses;
import huibao.text.HanChars;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the figures of one sentence: numbers in Arabic or Chinese numerals, masks (XX, *, ×)
 * and blanks, with their units, ranges, hedges and shared units ({@code 11、18.2个百分点}).
 * Dates, labels, list markers, selections and articles are left out; size classes are kept but
 * marked as thresholds so attribution can turn them into scope.
 */
public final class FigureScanner {

    /**
     * What a scan found.
     *
     * @param figures    the figures in reading order
     * @param unreadable spans that look like figures but whose number could not be read
     * @param unlisted   those of {@code unreadable} whose number was read but whose unit no unit kind
     *                   of the contract holds (906公里, 27.5分)
     */
    public record Scan(List<Figure> figures, List<Span> unreadable, List<Span> unlisted) {
    }

    private static final String RANGE_SEPARATORS = "-－—~～至到";

    private final FigureRules rules;
    private final NumberReader numbers;
    private final MaskedFigures masks;
    private final FigureForms forms;
    private final FigureEndings endings;
    private final LostPercents lostPercents;
    private final StrippedFigures stripped;

    /** A scanner that reads units from {@code units} and tells figures apart by {@code rules}. */
    public FigureScanner(UnitTable units, FigureRules rules) {
        this.rules = rules;
        FigureUnits unitsAt = new FigureUnits(units, rules);
        this.endings = new FigureEndings(rules, unitsAt);
        this.lostPercents = new LostPercents(rules, units.get("%"));
        this.masks = new MaskedFigures(rules, unitsAt, endings, lostPercents);
        this.numbers = new NumberReader(units, rules, unitsAt, endings, masks);
        this.forms = new FigureForms(units, unitsAt, endings, rules);
        this.stripped = new StrippedFigures(rules, unitsAt, endings);
    }

    /** Scans {@code s}, a sentence that starts at offset {@code base} of the cleaned text of a report that writes % signs. */
    public Scan scan(String s, int base) {
        return scan(s, base, true);
    }

    /**
     * Scans {@code s}, a sentence that starts at offset {@code base} of the cleaned text. A report
     * that writes no % sign anywhere ({@code percentSigns} false) has lost them, so every bare number
     * a rate cue governs (增长42，) is a percent; elsewhere only one with decimals is (增长26.1，), and a
     * whole number there is reported as unreadable rather than guessed.
     */
    public Scan scan(String s, int base, boolean percentSigns) {
        return scan(s, base, percentSigns, false);
    }

    /**
     * Whether {@code text}, a report's cleaned text, lost the digits of its figures and kept their decimal
     * points and units (到位资金.亿元，完成任务的.%): its units alone then stand for masked figures.
     */
    public boolean digitsStripped(String text) {
        return stripped.stripped(text);
    }

    /**
     * Scans {@code s} as {@link #scan(String, int, boolean)} does; in a report whose digits were stripped
     * ({@code digitsStripped}) a unit that ends its clause after a word is a masked figure (签约项目个，).
     */
    public Scan scan(String s, int base, boolean percentSigns, boolean digitsStripped) {
        List<Figure> out = new ArrayList<>();
        List<Span> unreadable = new ArrayList<>();
        List<Span> unlisted = new ArrayList<>();
        List<Figure> pending = new ArrayList<>(); // bare numbers that may share the unit of the next figure
        Figure lastFigure = null;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            ScanToken t = null;
            ScanToken listed = (FigureChars.isDigit(c) || FigureChars.isChineseDigit(c)) ? forms.listedRank(s, i, lastFigure) : null;
            ScanToken rankWord = listed == null ? forms.rankWord(s, i) : null;
            ScanToken half = listed == null && rankWord == null ? forms.half(s, i) : null;
            if (listed != null) {
                t = listed;
            } else if (rankWord != null) {
                t = rankWord;
            } else if (half != null) {
                t = half;
            } else if (c == '第') {
                t = forms.rank(s, i);
                if (t != null && t.figure() == null) {
                    i = t.end();
                    continue;
                }
            } else if (FigureForms.percentWordsAt(s, i)) {
                t = forms.percentWords(s, i);
            } else if (c == '翻') {
                t = forms.doubling(s, i);
            } else if (opensNumber(s, i)) {
                t = FigureChars.isDigit(c) ? forms.structureTerm(s, i) : null; // 比重为5.0:52.0:43.0
                if (t == null) {
                    t = forms.namedListCount(s, i); // 荆门、襄阳、宜昌3市
                }
                if (t == null && FigureChars.isDigit(c) && (i == 0 || !FigureChars.isDigit(s.charAt(i - 1)))) {
                    t = masks.partialMask(s, i);
                }
                if (t == null) {
                    t = forms.fraction(s, i); // 占全市超过1/4
                }
                if (t == null) {
                    t = forms.chineseFraction(s, i); // 三分之二为制造业项目
                }
                if (t == null) {
                    t = numbers.number(s, i, unreadable, unlisted, base);
                }
            } else if (FigureChars.isMask(c) || FigureChars.isSymbolMask(c)) {
                t = FigureChars.isMask(c) ? forms.maskedFraction(s, i) : null; // 占全市超X/X
                if (t == null) {
                    t = masks.mask(s, i);
                }
                Span lost = t == null || t.figure() == null ? masks.unlisted(s, i) : null;
                if (lost != null) {
                    unreadable.add(lost.shift(base)); // 得X分, 重点项目#x: a masked figure the contract cannot hold is not lost
                    pending.clear();
                    i = lost.end();
                    continue;
                }
            } else if (c == '（' || c == '(') {
                t = forms.bracketBlank(s, i); // 完成投资（　）亿元
            } else if (FigureChars.isBlank(c)) {
                t = forms.blank(s, i);
            } else if (c == '.') {
                t = stripped.point(s, i); // 到位资金.亿元: the digits are gone, the point and unit remain
            } else if (digitsStripped) {
                t = stripped.bareUnit(s, i); // 签约项目个，
            }
            if (t == null) {
                if (!FigureChars.isBlank(c) && Clauses.LIST_JOINS.indexOf(c) < 0) {
                    pending.clear();
                }
                i++;
                continue;
            }
            if (t.figure() == null && t.bare() != null && !t.bare().chinese()) {
                Figure bare = t.bare();
                Figure rate = lostPercents.rate(s, bare.start(), bare.end(), bare.value());
                if (rate != null && percentSigns && bare.text().indexOf('.') < 0) {
                    unreadable.add(bare.span().shift(base)); // 增长12，in a report that writes %: a rate whose unit is unknown
                    pending.clear();
                    i = Math.max(t.end(), i + 1);
                    continue;
                }
                if (rate != null) {
                    t = endings.close(s, rate, rate.end());
                }
            }
            if (t.figure() == null) {
                holdBare(s, base, t, pending);
                i = Math.max(t.end(), i + 1);
                continue;
            }
            Figure f = t.figure();
            add(s, base, f, pending, out);
            lastFigure = f;
            i = Math.max(t.end(), i + 1);
        }
        return new Scan(List.copyOf(out), List.copyOf(unreadable), List.copyOf(unlisted));
    }

    /**
     * Whether a numeral may begin at {@code i}: a digit in any form (二, 贰, 5), 十 or 拾, or another
     * unit that a numeral may open with when a digit or unit follows it (百亿, 千三, 佰伍).
     */
    private static boolean opensNumber(String s, int i) {
        char c = s.charAt(i);
        if (FigureChars.isDigit(c) || FigureChars.isAnyChineseDigit(c) || c == '十' || c == '拾') {
            return true;
        }
        if (!FigureChars.isNumeralChar(c) || i + 1 >= s.length()) {
            return false;
        }
        char next = s.charAt(i + 1);
        return FigureChars.isMultiplier(next) || !FigureChars.isBigUnit(c) && FigureChars.isAnyChineseDigit(next);
    }

    /** A bare number is kept aside in case the next figure's unit is shared with it (11、18.2个百分点). */
    private static void holdBare(String s, int base, ScanToken t, List<Figure> pending) {
        if (t.bare() != null && sectionMarker(s, t.bare())) {
            pending.clear(); // 二、5亿元以上项目: the number of a section, sharing no unit
            return;
        }
        if (t.bare() != null && (pending.isEmpty() || chained(s, pending.get(pending.size() - 1).end() - base, t.start()))) {
            pending.add(t.bare().withUnit(null, t.bare().span().shift(base), t.bare().text()));
        } else {
            pending.clear();
            if (t.bare() != null) {
                pending.add(t.bare().withUnit(null, t.bare().span().shift(base), t.bare().text()));
            }
        }
    }

    /** A bare number that opens its sentence or line and is followed by 、: the number of a section or list item. */
    private static boolean sectionMarker(String s, Figure bare) {
        int p = bare.start();
        while (p > 0 && FigureChars.isBlank(s.charAt(p - 1))) {
            p--;
        }
        boolean opens = p == 0 || s.charAt(p - 1) == '\n' || "（(【".indexOf(s.charAt(p - 1)) >= 0;
        return opens && bare.end() < s.length() && s.charAt(bare.end()) == '、';
    }

    /** Adds {@code f} (offsets within the sentence) and the bare numbers before it that share its unit. */
    private void add(String s, int base, Figure f, List<Figure> pending, List<Figure> out) {
        Figure shifted = new Figure(f.span().shift(base), f.text(), f.value(), f.valueMax(), f.unit(), f.approx(),
                f.redacted(), f.kind(), f.threshold(), f.chinese());
        if (!pending.isEmpty() && f.unit() != null && chained(s, pending.get(pending.size() - 1).end() - base, f.start())
                && pending.stream().allMatch(p -> p.chinese() == f.chinese())) { // 二、5亿元: no list mixes scripts
            for (Figure p : pending) {
                out.add(p.withUnit(f.unit(), p.span(), p.text()));
            }
        }
        pending.clear();
        Figure previous = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean listedCount = previous != null && previous.isCount() && f.isCount()
                && Clauses.oneClause(s.substring(Math.max(0, Math.min(previous.end() - base, f.start())), f.start()));
        if (keep(s, f, listedCount)) {
            out.add(shifted);
        }
    }


    // ---- numbers ---------------------------------------------------------------------------









    /** What closes a list of names before the count of them (甲、乙等3个项目). */
    private static final char NAMES_CLOSED = '等';

    /**
     * Rules that drop a figure although it has a unit: articles, phases, periods, labels, back-references.
     * A Chinese-numeral count after 和 or 、 is a new item, no back-reference, when a count stands
     * earlier in its clause ({@code listedCount}: 成立四个工作组、…和七个招商办).
     */
    private boolean keep(String s, Figure f, boolean listedCount) {
        if (f.kind() == Figure.Kind.QUANTITY && rules.wordBefore("capacity_before", s, f.start()) != null) {
            return false; // 年产XX万套汽车线束项目: a capacity in a project's name
        }
        if (f.kind() == Figure.Kind.QUANTITY && f.unit() != null && f.unit().kind() == UnitKind.COUNT && inCapacityName(s, f)) {
            return false; // 年产2000台电梯和18000个立体停车设备项目: the second capacity of the name
        }
        if (f.kind() == Figure.Kind.QUANTITY && rules.wordAt("grade_after", s, f.end()) != null) {
            return false; // 十亿级项目: a grade of size, not a figure
        }
        if (f.kind() == Figure.Kind.QUANTITY && !f.redacted() && rules.wordBefore("reference_before", s, f.start()) != null) {
            return false; // 这4个地方: a set already named
        }
        if (f.kind() != Figure.Kind.QUANTITY || f.redacted()) {
            return true;
        }
        int afterUnit = f.end();
        if (f.unit() != null && f.unit().kind() == UnitKind.COUNT) {
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
                boolean counted = (afterUnit >= s.length() || !HanChars.isHan(s.charAt(afterUnit)))
                        && rules.wordBefore("count_noun", s, f.start()) != null;
                if (rules.words("article").contains(numeral) && !counted) {
                    return false; // 一批项目, 一名科长, 引进一个; but 商贸服务项目一个, 恳谈会一场 count
                }
                if (rules.words("phase_unit").contains(f.unit().written())) {
                    return false; // 国轩二期
                }
            }
            if (f.unit() != null && rules.wordAt("label_after", s, afterUnit - f.unit().written().length()) != null) {
                return false; // 三次产业
            }
            boolean newSet = f.unit() != null && rules.wordAt("level_class_after", s, afterUnit) != null; // 和三个国家级经开区
            if ((f.unit() == null || f.unit().kind() != UnitKind.PERCENT) && !listedCount && !newSet && backReference(s, f.start())) {
                // but ，八成新设项目: a share in tenths refers back to nothing
                return false;
            }
        }
        return !insideQuoteOrTitle(s, f.start(), f.chinese());
    }

    /**
     * Whether a count stands inside a project's name after its capacity word (年产…和18000个…项目): the
     * capacity word opens the count's clause and a project noun closes it after the count.
     */
    private boolean inCapacityName(String s, Figure f) {
        if (f.start() > 0 && s.charAt(f.start() - 1) == NAMES_CLOSED) {
            return false; // 年产2万吨…材料、…利用等4个项目: the count after 等 counts the names listed
        }
        int clause = f.start();
        while (clause > 0 && Clauses.CLAUSE_ENDS.indexOf(s.charAt(clause - 1)) < 0) {
            clause--;
        }
        boolean opened = false;
        for (String w : rules.words("capacity_before")) {
            int at = s.lastIndexOf(w, f.start());
            opened |= at >= clause && at + w.length() < f.start();
        }
        if (!opened) {
            return false;
        }
        int end = f.end();
        while (end < s.length() && Clauses.CLAUSE_ENDS.indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return s.substring(f.end(), end).contains("项目");
    }

    /** 及三支招商队伍在手的信息, 三支队伍累计…: a count that names a set already counted. */
    private boolean backReference(String s, int start) {
        int p = start - 1;
        while (p >= 0 && FigureChars.isBlank(s.charAt(p))) {
            p--;
        }
        if (p < 0) {
            return true;
        }
        String prev = String.valueOf(s.charAt(p));
        if (rules.words("conjunction").contains(prev)) {
            return true;
        }
        if (Clauses.isClauseEnd(s.charAt(p))) {
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

    private static boolean chained(String s, int prevEnd, int nextStart) {
        if (nextStart - prevEnd != 1) {
            return false;
        }
        return Clauses.LIST_JOINS.indexOf(s.charAt(prevEnd)) >= 0;
    }
}
