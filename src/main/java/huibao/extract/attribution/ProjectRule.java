package huibao.extract.attribution;

import huibao.catalog.Indicator;
import huibao.catalog.Role;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.number.FigureChars;
import huibao.model.Fact;
import huibao.text.Clauses;
import huibao.text.HanChars;

/**
 * How project figures are read: a count of projects takes the indicator of its stage word
 * (新签约项目354个, 开工建设18个, 298个招商引资项目开工); foreign-funded projects count as new
 * foreign enterprises; 入库, 存量 and key-project lists are `other`; an amount beside a project
 * count is that count's investment; an amount followed by a project's name is that project's own.
 */
final class ProjectRule {

    private static final String PROJECT = "项目";

    private final Vocabulary v;

    ProjectRule(Vocabulary vocabulary) {
        this.v = vocabulary;
    }

    /**
     * The indicator of a count of projects, or {@code null} when the words do not speak of projects.
     *
     * @param left   words before the count
     * @param right  words after the count (a noun phrase when the count comes first)
     * @param sentenceBefore the whole sentence before the count (已开工26个 after 38个在库重点项目)
     * @param topic  the paragraph's topic
     * @param whole  whether the words are the whole of a share (占签约内资项目的48.9%)
     */
    String countIndicator(String left, String right, String sentenceBefore, Topic topic, boolean whole) {
        boolean aboutProjects = left.contains(PROJECT) || startsWithNounPhraseOf(right, PROJECT);
        WordMatcher.Match<Vocabulary.Stage> stage = lastStage(left);
        WordMatcher.Match<Vocabulary.Stage> after = stage == null ? firstStage(right) : null;
        Attribution lastCount = topic.latest(a -> a.figure().isCount() && a.measure() == huibao.model.Measure.VALUE);
        boolean topicIsProjects = lastCount != null && isProjectCount(lastCount.indicator());
        if (!aboutProjects && !(stage != null && (topicIsProjects || sentenceBefore.contains(PROJECT))
                && !namesOtherThings(left.substring(stage.end())))) {
            return null;
        }
        if (listedAfter(left, stage) || (after != null && after.value().listed()) || listedIn(right)) {
            return Fact.OTHER;
        }
        WordMatcher.Match<Vocabulary.Stage> verb = stageVerbAt(right);
        if (verb != null && verb.value().indicator() != null) {
            return verb.value().indicator(); // 签约项目中仅2个开工: what the projects did after being counted
        }
        if (stage != null && stage.value().negotiating()) {
            return stage.value().indicator(); // 在谈外资项目仅2个: still under negotiation, not yet set up
        }
        if (foreign(left) || ("foreign".equals(topic.domain()) && !whole)) {
            return v.indicators.byRole(Role.FOREIGN_COUNT).id();
        }
        if (stage != null && stage.value().indicator() != null) {
            return stage.value().indicator();
        }
        if (stage != null && stage.value().listed()) {
            return Fact.OTHER;
        }
        if (after != null && after.value().indicator() != null) {
            return after.value().indicator();
        }
        Attribution sentenceCount = topic.latestInSentence(a -> a.figure().isCount() && a.measure() == huibao.model.Measure.VALUE);
        if (sentenceCount != null && isProjectCount(sentenceCount.indicator())) {
            return sentenceCount.indicator(); // 新引进四个实体项目（其中三个项目为制造业项目）
        }
        if (topic.stage() != null && topic.stage().indicator() != null) {
            return topic.stage().indicator(); // 新开工项目中，投资5000万元以下项目8个
        }
        if (topicIsProjects) {
            return lastCount.indicator();
        }
        if (aboutProjects && !whole) {
            // 亿元以上项目仅两个: projects counted with no stage are the ones brought in
            return v.indicators.byRole(Role.PROJECT_COUNT).id();
        }
        return whole ? null : Fact.OTHER;
    }

    /** The indicator of a stage verb right after a count (2个开工), or {@code null}. */
    String stageVerbAfterCount(String right) {
        WordMatcher.Match<Vocabulary.Stage> m = stageVerbAt(right);
        return m == null ? null : m.value().indicator();
    }

    /**
     * The indicator of the negotiating stage when 在谈/洽谈 stands right before a term ending at
     * {@code termEnd}, else {@code null}.
     */
    String negotiatingBefore(String left, int termEnd) {
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(left)) {
            if (m.value().negotiating() && termEnd - m.end() <= 4 && m.end() <= termEnd) {
                return m.value().indicator();
            }
        }
        return null;
    }

    /** A stage verb right after a count (2个开工, 34个已开工), or {@code null}. */
    private WordMatcher.Match<Vocabulary.Stage> stageVerbAt(String right) {
        String r = right.startsWith("已") ? right.substring(1) : right;
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findLongest(r)) {
            return m.start() == 0 ? m : null;
        }
        return null;
    }

    /** 引进…专精特新企业10家: the words after the stage word count firms, not projects. */
    private boolean namesOtherThings(String words) {
        return v.clauseWords.anyIn("not_project", words);
    }

    /** The investment indicator of an amount beside project counts (总投资XX亿元), or {@code null}. */
    String investmentIndicator(String left, Topic topic) {
        if (v.investmentWords.findAll(left).isEmpty()) {
            return null;
        }
        WordMatcher.Match<Vocabulary.Stage> stage = lastStage(left);
        if (stage != null && stage.value().indicator() != null) {
            Indicator ind = v.indicators.get(stage.value().indicator());
            if (ind != null && ind.investment() != null) {
                return ind.investment();
            }
        }
        Attribution count = topic.latestInSentence(a -> isProjectCount(a.indicator()));
        if (count == null) {
            count = topic.latest(a -> isProjectCount(a.indicator()));
        }
        if (count != null) {
            Indicator ind = v.indicators.get(count.indicator());
            if (ind != null && ind.investment() != null) {
                return ind.investment();
            }
        }
        return null;
    }

    /**
     * 计划投资7亿元的锦龙山文化生态区项目, 投资XX亿元安徽康信制药…项目: the name of the project an
     * amount belongs to, or {@code null} when the amount is not a single project's.
     */
    String perProjectName(FigureContext c) {
        String after = c.sentence().substring(c.end());
        boolean viaDe = after.startsWith("的");
        if (!viaDe && (after.isEmpty() || !HanChars.isHan(after.charAt(0))
                || v.investmentWords.findAll(c.left()).isEmpty())) {
            return null;
        }
        String rest = viaDe ? after.substring(1) : after;
        int stop = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char ch = rest.charAt(i);
            if (Clauses.WIDE_CLAUSE_ENDS_AND_LIST_COMMA.indexOf(ch) >= 0) {
                stop = i;
                break;
            }
            if ((ch == '和' || ch == '及' || ch == '与') && i + 1 < rest.length()
                    && (FigureChars.isDigit(rest.charAt(i + 1)) || FigureChars.isMask(rest.charAt(i + 1))
                    || rest.startsWith("投资", i + 1) || rest.startsWith("计划", i + 1))) {
                stop = i;
                break;
            }
            if (ch == '等' && i > 0) {
                stop = i;
                break;
            }
        }
        String name = rest.substring(0, stop);
        int cut = lastProjectNounEnd(name);
        if (cut < 3) {
            return null;
        }
        name = name.substring(0, cut);
        if (name.startsWith("重大") || name.startsWith("重点") || name.equals("项目")) {
            return null;
        }
        return name;
    }

    private int lastProjectNounEnd(String name) {
        int best = -1;
        for (String noun : v.projectEndings) {
            if (name.endsWith(noun)) {
                best = Math.max(best, name.length());
            }
        }
        if (best < 0 && name.endsWith("）")) {
            int open = name.lastIndexOf('（');
            if (open > 0 && lastProjectNounEnd(name.substring(0, open)) > 0) {
                best = name.length();
            }
        }
        return best;
    }

    boolean isProjectCount(String indicator) {
        Indicator ind = v.indicators.get(indicator);
        return ind != null && ind.stage() != null;
    }

    private WordMatcher.Match<Vocabulary.Stage> lastStage(String text) {
        WordMatcher.Match<Vocabulary.Stage> best = null;
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(text)) {
            if (m.value().indicator() == null && !m.value().listed()) {
                continue;
            }
            if (best == null || m.end() > best.end() || (m.end() == best.end() && m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }

    private WordMatcher.Match<Vocabulary.Stage> firstStage(String text) {
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findLongest(text)) {
            if (m.value().indicator() != null || m.value().listed()) {
                return m;
            }
        }
        return null;
    }

    private boolean listedAfter(String left, WordMatcher.Match<Vocabulary.Stage> stage) {
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(left)) {
            if (m.value().listed() && (stage == null || m.start() >= stage.start())) {
                return true;
            }
        }
        return false;
    }

    private boolean listedIn(String right) {
        String noun = nounPhrase(right);
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(noun)) {
            if (m.value().listed()) {
                return true;
            }
        }
        return false;
    }

    private boolean foreign(String left) {
        for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findAll(left)) {
            if ("foreign".equals(m.value().domain())) {
                return true;
            }
        }
        return false;
    }

    /** The indicator of a stage word that ends after {@code from} in {@code left}, or {@code null}. */
    String stageIndicatorAfter(String left, int from) {
        WordMatcher.Match<Vocabulary.Stage> m = lastStage(left);
        return m != null && m.start() >= from && m.value().indicator() != null ? m.value().indicator() : null;
    }

    /** 今年新签约项目80%以上实现开工建设: the stage a percent of projects reaches, or {@code null}. */
    String stageAfter(String right) {
        WordMatcher.Match<Vocabulary.Stage> m = firstStage(right);
        return m == null ? null : m.value().indicator();
    }

    private static boolean startsWithNounPhraseOf(String right, String noun) {
        return nounPhrase(right).contains(noun);
    }

    static String nounPhrase(String right) {
        int stop = right.length();
        for (int i = 0; i < right.length(); i++) {
            if (Clauses.WIDE_CLAUSE_ENDS.indexOf(right.charAt(i)) >= 0) {
                stop = i;
                break;
            }
        }
        return right.substring(0, Math.min(stop, 24));
    }
}
