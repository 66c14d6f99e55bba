package huibao.extract.number;

import huibao.model.BaseUnit;
import huibao.model.Span;
import huibao.model.UnitKind;
import huibao.text.Clauses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what stands around a figure once its unit is known: size-class words that make it a
 * threshold (亿元以上项目, 过百亿元) and hedges on the figure itself (近, 约, 以上, 左右).
 */
final class FigureEndings {


    private final FigureRules rules;
    private final FigureUnits unitsAt;

    FigureEndings(FigureRules rules, FigureUnits unitsAt) {
        this.rules = rules;
        this.unitsAt = unitsAt;
    }

    /** Hedges and size-class words after the unit {@code pos}; decides threshold and approx. */
    ScanToken close(String s, Figure f, int pos) {
        if (f.unit() != null && f.value() != null && rules.wordAt("tenths_unit", f.unit().written(), 0) != null) {
            pos = hundredths(s, pos);
            f = f.end() == pos ? f : withHundredths(s, f, pos);
        }
        int end = pos;
        if (f.unit() != null && f.unit().kind() == UnitKind.RANK) {
            // 3位客商: 位 without 第 counts people
            f = f.withUnit(new Unit(f.unit().written(), BaseUnit.COUNT, BigDecimal.ONE, UnitKind.COUNT), f.span(), f.text());
        }
        if (threshold(s, f, pos)) {
            return new ScanToken(f.asThreshold(), null, f.start(), end);
        }
        String after = rules.wordAt("approx_after", s, pos);
        if (after != null) {
            f = f.withApprox();
        }
        String before = approxBefore(s, f.start());
        if (before != null || after == null && hedgedShareOfWhole(s, f)) {
            f = f.withApprox();
        }
        if (f.unit() != null && f.unit().kind() == UnitKind.MULTIPLE && f.kind() == Figure.Kind.QUANTITY
                && rules.wordBefore("ratio_before", s, f.start() - (before == null ? 0 : before.length())) != null) {
            f = f.asRatio(); // 是去年同期的6倍: six times last year's level
        }
        return new ScanToken(f, null, f.start(), end);
    }

    /** Where a tenths figure ends: after a digit of hundredths (七成六 = 76%) or a half (三成半 = 35%) that follows it. */
    private int hundredths(String s, int pos) {
        int p = FigureChars.skipSpaces(s, pos);
        if (p >= s.length()) {
            return pos;
        }
        char c = s.charAt(p);
        boolean nextIsNumeral = p + 1 < s.length() && FigureChars.isNumeralChar(s.charAt(p + 1));
        if (c == '半') {
            return rules.wordAt("unit_word", s, p) == null && !nextIsNumeral ? p + 1 : pos; // 三成半, not 三成半年
        }
        boolean digit = FigureChars.isChineseDigit(c) && "零〇两".indexOf(c) < 0;
        return digit && !nextIsNumeral && rules.wordAt("unit_word", s, p) == null ? p + 1 : pos;
    }

    private static Figure withHundredths(String s, Figure f, int end) {
        char c = s.charAt(end - 1);
        BigDecimal more = c == '半' ? new BigDecimal("0.5")
                : FigureChars.numeralValue(String.valueOf(c), false).movePointLeft(1);
        return new Figure(new Span(f.start(), end), s.substring(f.start(), end), f.value().add(more), null, f.unit(),
                f.approx(), f.redacted(), f.kind(), f.threshold(), f.chinese());
    }

    /**
     * 接近总投资额的一半, 超过全县总量的三分之一: a share right after 的 is hedged by a word earlier in its clause
     * (approx_of_whole of figure-rules.tsv; more_than_whole for a share in words, 超过全省的一半, since 超过目标的19%
     * exceeds the target by 19%) that opens the whole it is a share of; not where a number follows the word
     * (超过1000万元的项目占全部的一半: that hedge bounds a size class).
     */
    private boolean hedgedShareOfWhole(String s, Figure f) {
        if (!f.isPercent() || f.start() == 0 || s.charAt(f.start() - 1) != '的') {
            return false;
        }
        int clause = Clauses.clauseStart(s, f.start());
        List<String> hedges = new ArrayList<>(rules.words("approx_of_whole"));
        if (!f.unit().written().endsWith("%") && !f.unit().written().endsWith("％")) {
            hedges.addAll(rules.words("more_than_whole")); // 超过全省的一半; but 超过目标的19% exceeds it by 19%
        }
        for (String w : hedges) {
            for (int at = s.indexOf(w, clause); at >= 0 && at < f.start(); at = s.indexOf(w, at + 1)) {
                int next = at + w.length();
                if (next < f.start() && !FigureChars.isNumeralChar(s.charAt(next)) && !FigureChars.isMask(s.charAt(next))) {
                    return true;
                }
            }
        }
        return false;
    }

    private String approxBefore(String s, int start) {
        String hedge = rules.wordBefore("approx_before", s, start);
        // 签约29个: the 约 of 签约 is part of the word, not a hedge on the figure
        return hedge == null || rules.wordBefore("not_approx", s, start) != null ? null : hedge;
    }

    /** Whether a money figure only bounds a size class: 10亿元以上项目, 过百亿元, 5000万元以上62个. */
    private boolean threshold(String s, Figure f, int pos) {
        if (f.isPercent()) {
            return percentThreshold(s, f);
        }
        if (!f.isMoney()) {
            return false;
        }
        String before = rules.wordBefore("threshold_before", s, f.start());
        if (before != null && f.start() - before.length() > 0 && s.charAt(f.start() - before.length() - 1) == '不') {
            before = null; // 不低于1500万美元 is a floor on the figure itself, not a size class
        }
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
        boolean relative = FigureRules.startsWith(s, p, "的");
        if (relative && (after != null || f.valueMax() != null)) {
            p++;
        }
        int aside = pastAside(s, p);
        aside = aside > p && FigureRules.startsWith(s, aside, "的") ? aside + 1 : aside;
        boolean nounFollows = projectNounAt(s, p, after != null || before != null)
                || aside > p && projectNounAt(s, aside, after != null || before != null);
        boolean countFollows = countAt(s, p);
        if (before != null && before.startsWith("超")) {
            // 到资超5000万美元的项目, 超千万美元的生产型外资项目 and 仅2个项目投资超过10亿元 bound a class;
            // 实际引资超过300亿元 is a result
            return after != null || nounFollows || relative && nounAhead(s, p) || countedBefore(s, f.start() - before.length());
        }
        if (before != null && !"在".equals(before)) {
            return after != null || nounFollows || "不足".equals(before) || "低于".equals(before) || "不到".equals(before)
                    || "过".equals(before);
        }
        if ("在".equals(before)) {
            return after != null;
        }
        if (after != null) {
            // 注册资本100万美元以下的占71.9%: "X以下的" always names a class
            return relative || nounFollows || countFollows || nounAhead(s, p);
        }
        // 80亿元项目1个 is one project's size; a range or a masked amount (XX亿元项目1个) stays a class of a list;
        // 5663亿元项目落户: a bound of a class is a round amount, three or more significant digits state a total
        return nounFollows && (f.valueMax() != null || f.redacted() || !oneProjectAt(s, p) && !stated(f))
                || (f.valueMax() != null || f.redacted()) && countFollows;
    }

    /** Whether an amount is written with three or more significant digits (5663亿元, 12.75亿元): no class bound is. */
    private static boolean stated(Figure f) {
        return f.value() != null && f.value().stripTrailingZeros().precision() >= 3;
    }

    /** 80亿元项目1个: a project noun at {@code p} counted as one (figure-rules.tsv: one_count) names that one project's size. */
    private boolean oneProjectAt(String s, int p) {
        String noun = rules.wordAt("project_noun", s, p);
        return noun != null && rules.wordAt("one_count", s, p + noun.length()) != null;
    }

    /**
     * Whether a number or mask that is no amount of money stands at {@code p} (5000万元以上62个):
     * X亿XX亿, two amounts a text layer ran together, is no size class and its count.
     */
    private boolean countAt(String s, int p) {
        if (p >= s.length() || !(FigureChars.isDigit(s.charAt(p)) || FigureChars.isMask(s.charAt(p))
                || FigureChars.isChineseDigit(s.charAt(p)))) {
            return false;
        }
        int q = p;
        while (q < s.length() && (FigureChars.isDigit(s.charAt(q)) || FigureChars.isMask(s.charAt(q)) || s.charAt(q) == '.')) {
            q++;
        }
        Unit u = q > p ? unitsAt.at(s, q) : null;
        return u == null || u.kind() != UnitKind.MONEY;
    }

    /**
     * 全市有4个县（区）实际使用外资增速超过20%: a percent after 超过/低于 that only says which of the
     * places counted before it qualify is a criterion, not a figure.
     */
    private boolean percentThreshold(String s, Figure f) {
        String before = rules.wordBefore("percent_threshold_before", s, f.start());
        if (before == null) {
            return false;
        }
        int clause = f.start();
        while (clause > 0 && Clauses.CLAUSE_ENDS.indexOf(s.charAt(clause - 1)) < 0) {
            clause--;
        }
        if (rules.wordAt("percent_criterion_after", s, f.end()) != null) {
            return true; // 增速超过30%的有东平、西河两地: the places named after it meet the line
        }
        String subject = s.substring(clause, f.start() - before.length());
        if (subject.contains("、")) {
            return true; // 澍田乡、芩岭镇到位资金完成率低于60%: the places listed are those below the line
        }
        for (int k = 0; k < subject.length(); k++) {
            if (FigureChars.isDigit(subject.charAt(k)) || FigureChars.isChineseDigit(subject.charAt(k))) {
                return subject.indexOf('个', k) > k;
            }
        }
        return false;
    }

    /** Whether the clause before {@code end} counts projects (6个项目总投资均超过): what follows is their criterion. */
    private static boolean countedBefore(String s, int end) {
        int clause = end;
        while (clause > 0 && Clauses.CLAUSE_ENDS.indexOf(s.charAt(clause - 1)) < 0) {
            clause--;
        }
        String subject = s.substring(clause, end);
        int counted = subject.indexOf("个项目");
        return counted > 0 && (FigureChars.isDigit(subject.charAt(counted - 1)) || FigureChars.isChineseDigit(subject.charAt(counted - 1)));
    }

    /**
     * Where the words after an aside at {@code p} go on: 5-10亿元（不含10亿元）项目 names its class past the
     * parenthesis that bounds it, and the bound inside the parenthesis past its close; {@code p} when none.
     */
    private static int pastAside(String s, int p) {
        if (p >= s.length()) {
            return p;
        }
        char c = s.charAt(p);
        if (c == '）' || c == ')') {
            return p + 1;
        }
        if (c != '（' && c != '(') {
            return p;
        }
        for (int k = p + 1; k < Math.min(s.length(), p + 14); k++) {
            if (s.charAt(k) == '）' || s.charAt(k) == ')') {
                return k + 1;
            }
            if (Clauses.CLAUSE_ENDS.indexOf(s.charAt(k)) >= 0) {
                return p;
            }
        }
        return p;
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
            if (Clauses.CLAUSE_ENDS.indexOf(s.charAt(k - 1)) >= 0) {
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
            if (Clauses.WIDE_CLAUSE_ENDS_BUT_COLONS.indexOf(c) >= 0) {
                return false;
            }
            if (rules.wordAt("project_noun", s, k) != null) {
                return true;
            }
        }
        return false;
    }
}
