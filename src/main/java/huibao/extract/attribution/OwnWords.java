package huibao.extract.attribution;

import huibao.catalog.Indicator;
import huibao.catalog.Role;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.number.Figure;
import huibao.extract.number.Unit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.UnitKind;
import huibao.text.Clauses;
import huibao.text.HanChars;

/**
 * The indicator a figure's own words name: the indicator term nearest before it, read with the
 * investment and stage words around it (签约项目中已开工*个, 新签约项目投资额XX亿元); failing a
 * term, a 分别 before it, the noun right after a count (86家企业) or the projects the clause names.
 */
final class OwnWords {

    private final Vocabulary v;
    private final ProjectRule projects;
    private final IndicatorTerms terms;

    /** How far into the words after a count the head noun of what it counts may stand (5个产业招商专班). */
    private static final int NOUN_HEAD_REACH = 12;

    OwnWords(Vocabulary vocabulary, ProjectRule projects, IndicatorTerms terms) {
        this.v = vocabulary;
        this.projects = projects;
        this.terms = terms;
    }

    /** The indicator the figure's own words name, or {@code null} when they name none. */
    TermChoice read(FigureContext c, boolean level) {
        if (level && c.figure().isCount() && startsWithNoun(c.right()) && countsNoProjects(c.right())) {
            return TermChoice.of(Fact.OTHER, null); // 签约9个领域80个项目, 32个部门开展对接: the noun after the count is what it counts
        }
        if (level && c.figure().isCount() && projects.listedVerbAfterCount(c.right())) {
            return TermChoice.of(Fact.OTHER, null); // 其中2家已达到规模并纳统: counted by a step no indicator counts
        }
        TermChoice term = terms.nearest(c.left(), c.figure(), level);
        TermChoice named = named(c, level, term);
        return term != null || named != null ? named : unnamed(c, level);
    }

    /**
     * What the indicator term nearest before the figure ({@code term}, or {@code null}) makes of it,
     * with the investment and stage words around it; {@code null} when no term and no such word names one.
     */
    private TermChoice named(FigureContext c, boolean level, TermChoice term) {
        Figure f = c.figure();
        String left = c.left();
        if (term != null && level && c.clauseBefore().startsWith("其中")) {
            // 拜访企业47家，其中500强企业6家: a breakdown of an activity stays that activity
            Attribution parent = c.topic().latestInSentence(a -> a.measure() == Measure.VALUE
                    && a.figure().unitKind() == f.unitKind());
            if (parent != null && v.keepsBreakdowns(parent.indicator())) {
                return new TermChoice(parent.indicator(), term.classScope(), term.end(), null);
            }
        }
        if (level && f.isMoney()) {
            WordMatcher.Match<String> inv = terms.lastInvestmentWord(left);
            if (inv != null && (term == null || inv.end() > term.end())) {
                String ind = projects.investmentIndicator(left, c);
                if (ind != null) {
                    return TermChoice.of(ind, term == null ? null : term.classScope());
                }
            }
            if (term != null) {
                return investmentOfCount(term, c);
            }
        }
        if (term != null && f.isCount() && level) {
            String stage = countedStage(c, term);
            if (stage != null) {
                return TermChoice.of(stage, term.classScope());
            }
        }
        if (term != null && f.isPercent() && level && left.contains("项目")) {
            String stage = projects.stageAfter(c.right());
            if (stage != null) {
                return TermChoice.of(stage, term.classScope()); // 今年新签约项目80%以上实现开工建设
            }
        }
        if (!level && terms.lastInvestmentWord(left) != null && (term == null || terms.lastInvestmentWord(left).end() > term.end())) {
            String ind = projects.investmentIndicator(left, c);
            if (ind != null) {
                return TermChoice.of(ind, null); // 协议投资同比增长*%
            }
        }
        if (term != null) {
            return term;
        }
        return null;
    }

    /**
     * 签约项目中已开工*个: a stage word after the term decides which projects are counted;
     * 签约项目中仅2个开工: so does a stage verb right after the count;
     * 在谈外资项目仅2个: and 在谈 right before a foreign-project term.
     */
    private String countedStage(FigureContext c, TermChoice term) {
        String stage = projects.stageIndicatorAfter(c.left(), term.end());
        if (stage == null) {
            stage = projects.stageVerbAfterCount(c.right());
        }
        if (stage == null && v.indicators.byRole(Role.FOREIGN_COUNT).id().equals(term.indicator())) {
            stage = projects.negotiatingBefore(c.left(), term.end());
        }
        if (stage == null) {
            stage = projects.projectsAfterTerm(term.indicator(), c);
        }
        return stage;
    }

    /** What names the indicator of a figure whose own words name none: a 分别 before it, the noun after it, the projects around it. */
    private TermChoice unnamed(FigureContext c, boolean level) {
        Figure f = c.figure();
        String left = c.left();
        int respective = respectiveBefore(c);
        if (respective >= 0) {
            TermChoice earlier = terms.nearest(c.sentence().substring(0, respective), f, level);
            if (earlier != null) {
                return earlier;
            }
            if (c.topic().named() != null) {
                return TermChoice.of(c.topic().named(), null); // （一）亿元以上签约项目。…分别为东渚区31个
            }
        }
        if (!level && !(f.isCount() && c.figure().kind() == Figure.Kind.QUANTITY && yoyAbs(c))) {
            return null;
        }
        String right = c.right();
        boolean nounAfter = startsWithNoun(right);
        if (f.isCount() && nounAfter) {
            // 31个项目中已开工项目17个: a count picking from its set (reference_after) ends its noun there
            String picked = v.figureRules.wordAt("reference_after", right, 0);
            TermChoice after = terms.first(picked != null ? picked : ProjectRule.nounPhrase(right), f);
            if (after != null) {
                return after;
            }
        }
        if (f.isCount()) {
            String ind = projects.countIndicator(left, right, c.sentenceBefore(), c.topic(), false);
            if (ind != null) {
                return TermChoice.of(ind, null);
            }
        }
        if (f.isMoney()) {
            String ind = projects.investmentIndicator(left, c);
            if (ind == null && level) {
                ind = projects.investmentOfProjectsAfter(right);
            }
            if (ind != null) {
                return TermChoice.of(ind, null);
            }
        }
        if (f.isPercent() && left.contains("项目")) {
            String ind = projects.stageAfter(right);
            if (ind != null) {
                return TermChoice.of(ind, null);
            }
        }
        if (f.isCount() && nounAfter) {
            return TermChoice.of(Fact.OTHER, null);
        }
        if (f.unitKind() == UnitKind.AREA) {
            return TermChoice.of(v.indicators.byRole(Role.AREA).id(), null);
        }
        if (f.kind() == Figure.Kind.ZERO) {
            return terms.nearest(c.clauseBefore(), null, false);
        }
        return null;
    }

    /**
     * Where the 分别 governing the figure stands: in its own clause (走访企业分别为长三角48家), or ending
     * the clause before it (前五位的镇街分别是：澜口街道9.6亿元); -1 when none does.
     */
    private int respectiveBefore(FigureContext c) {
        int at = v.clauseWords.lastBefore("respective", c.sentence(), c.at());
        if (at < 0) {
            return -1;
        }
        if (at >= c.clauseStart()) {
            return at;
        }
        int previousClause = Clauses.clauseStart(c.sentence(), Math.max(0, c.clauseStart() - 1));
        return at >= previousClause && c.sentence().charAt(c.clauseStart() - 1) == '：' ? at : -1;
    }

    /**
     * 9个领域, 40个县, 5个产业招商专班: the noun right after a count, or the head of a short noun phrase
     * there, names things that are no projects (but 3个县级项目 and 4个市外项目 are projects).
     */
    private boolean countsNoProjects(String right) {
        String noun = ProjectRule.nounPhrase(right);
        // 签约9个领域80个项目 names its noun first; 3个重点行业项目 counts projects whatever sort they are
        int reach = projectNoun(noun) ? 0 : Math.min(noun.length(), NOUN_HEAD_REACH);
        for (String w : v.clauseWords.words("counted_not_project")) {
            for (int at = noun.indexOf(w); at >= 0 && (at == 0 || at <= reach - w.length()); at = noun.indexOf(w, at + 1)) {
                if ((at == 0 || w.length() > 1) && !partOfLongerWord(noun, at + w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether 项目 stands in the noun as what is counted, not as the first word of it (两个项目平台). */
    private boolean projectNoun(String noun) {
        for (int at = noun.indexOf("项目"); at >= 0; at = noun.indexOf("项目", at + 1)) {
            int end = at + "项目".length();
            if (v.clauseWords.words("counted_not_project").stream().noneMatch(w -> noun.startsWith(w, end))) {
                return true;
            }
        }
        return false;
    }

    /** 市级, 市外, 市场: whether the noun at {@code end} runs on into another word. */
    private boolean partOfLongerWord(String noun, int end) {
        for (String w : v.clauseWords.words("counted_not_project_unless")) {
            if (noun.startsWith(w, end)) {
                return true;
            }
        }
        return false;
    }

    /** 10亿元以上项目同比减少3个: an absolute change of projects reads like a count of them. */
    private static boolean yoyAbs(FigureContext c) {
        return c.left().contains("同比") || c.left().contains("较上年") || c.left().contains("比上年");
    }

    /** 新签约项目投资额XX亿元: a project-count term followed by an investment word names the investment. */
    private TermChoice investmentOfCount(TermChoice choice, FigureContext c) {
        Indicator ind = v.indicators.get(choice.indicator());
        if (ind == null || ind.kind() != UnitKind.COUNT) {
            return choice;
        }
        if (ind.investment() != null) {
            return TermChoice.of(ind.investment(), choice.classScope());
        }
        String via = projects.investmentIndicator(c.left(), c);
        return via == null ? null : TermChoice.of(via, choice.classScope());
    }

    /** 86家企业, 23家500强企业: digits at the start of the words after a count belong to a name, being no figure. */
    private static boolean startsWithNoun(String right) {
        return !right.isEmpty() && (HanChars.isHan(right.charAt(0)) || right.charAt(0) == '“' || Character.isDigit(right.charAt(0)))
                && "的了是为在和及与、".indexOf(right.charAt(0)) < 0;
    }
}
