package huibao.extract.attribution;

import huibao.catalog.Indicator;
import huibao.catalog.Role;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.lexicon.WordMatcher;
import huibao.extract.number.Figure;
import huibao.extract.number.FigureChars;
import huibao.model.Fact;
import huibao.text.ChineseNumerals;
import huibao.text.Clauses;
import huibao.text.HanChars;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How project figures are read: a count of projects takes the indicator of its stage word
 * (新签约项目354个, 开工建设18个, 298个招商引资项目开工); foreign-funded projects count as new
 * foreign enterprises; 入库, 存量 and key-project lists, and stages the contract does not count
 * (履约, 审批, 终止, 意向, 续建, 施工), are `other`; an amount beside a project count is that count's
 * investment; an amount followed by the name of a project, facility or firm, an average project
 * size and the amount of one agreement are that one project's own.
 */
final class ProjectRule {

    private static final String PROJECT = "项目";
    /** The stage of listed projects (入库, 重点项目), not of steps outside the counted stages (意向, 履约). */
    private static final String LISTED = "listed";
    /** What closes a list of names before the count of them (甲、乙等3个项目). */
    private static final String NAMES_CLOSED = "等";

    private final Vocabulary v;
    /** A count closing a holder's name (的精养殖场一个): not part of the name; clause-words.tsv holder_counter. */
    private final Pattern trailingCount;

    ProjectRule(Vocabulary vocabulary) {
        this.v = vocabulary;
        this.trailingCount = Pattern.compile("[0-9" + ChineseNumerals.COUNT_OPENERS + "]+"
                + vocabulary.clauseWords.group("holder_counter") + "$");
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
        if (ofProjects(left, right)) {
            return Fact.OTHER; // 12个项目的30个问题: a count of things the projects have, not of projects
        }
        left = withoutIncluded(left); // 签约项目（含意向）176个: what the count also holds is no stage of it
        boolean aboutProjects = left.contains(PROJECT) || startsWithNounPhraseOf(right, PROJECT);
        WordMatcher.Match<Vocabulary.Stage> stage = lastStage(left);
        WordMatcher.Match<Vocabulary.Stage> ownNoun = firstStage(right);
        if (ownNoun != null && ownNoun.start() == 0 && ownNoun.value().indicator() != null && right.startsWith(PROJECT, ownNoun.end())
                && (stage == null || stage.value().listed())) {
            return ownNoun.value().indicator(); // 重点跟踪的3个在谈项目: the count's own noun names its stage
        }
        WordMatcher.Match<Vocabulary.Stage> after = stage == null ? stageOfCountAfter(right) : null;
        Attribution lastCount = topic.latest(a -> a.figure().isCount() && a.measure() == huibao.model.Measure.VALUE);
        boolean topicIsProjects = lastCount != null && isProjectCount(lastCount.indicator());
        // 工业“大好高”33项，已开工22项: a passage on a list of projects counts its projects by stage too
        boolean passageOfProjects = topicIsProjects || topic.stage() != null && LISTED.equals(topic.stage().stage());
        if (!aboutProjects && !(stage != null && (passageOfProjects || sentenceBefore.contains(PROJECT))
                && !namesOtherThings(left.substring(stage.end())))) {
            return null;
        }
        if (increaseLast(left) || (stage == null && after != null && after.value().increase())) {
            return partOfBrokenDownCount(sentenceBefore, topic);
        }
        if (listedAfter(left, stage) || (after != null && after.value().indicator() == null) || listedIn(right)) {
            return Fact.OTHER;
        }
        WordMatcher.Match<Vocabulary.Stage> verb = stageVerbAt(right);
        if (verb != null && verb.value().indicator() != null) {
            return verb.value().indicator(); // 签约项目中仅2个开工: what the projects did after being counted
        }
        if (stage != null && stage.value().negotiating()) {
            return stage.value().indicator(); // 在谈外资项目仅2个: still under negotiation, not yet set up
        }
        if (foreign(left) || ("foreign".equals(topic.domain()) && !whole && namesClosedBy(left) == 0)) {
            return v.indicators.byRole(Role.FOREIGN_COUNT).id();
        }
        if (stage != null && stage.value().indicator() != null) {
            return stage.value().indicator();
        }
        if (stage != null && stage.value().indicator() == null) {
            return Fact.OTHER; // 续建项目67个, 全区工业施工项目83个: a stage the contract does not count
        }
        if (after != null && after.value().indicator() != null) {
            return after.value().indicator();
        }
        Attribution sentenceCount = topic.latestInSentence(a -> a.figure().isCount() && a.measure() == huibao.model.Measure.VALUE);
        if (sentenceCount != null && isProjectCount(sentenceCount.indicator()) && !v.clauseWords.anyIn("underway", left)) {
            return sentenceCount.indicator(); // 新引进四个实体项目（其中三个项目为制造业项目）
        }
        Attribution listedCount = topic.latestInSentence(a -> a.figure().isCount() && Topic.isLevel().test(a));
        if (listedCount != null && Fact.OTHER.equals(listedCount.indicator()) && underBreakdown(sentenceBefore, listedCount)) {
            return Fact.OTHER; // 储备了45个项目，其中上亿元项目20个: a part of projects not counted by stage
        }
        if (lastStageUncounted(sentenceBefore)) {
            return Fact.OTHER; // 在建项目457个，其中亿元以上项目317个；10亿元以上项目44个: parts of a stage not counted
        }
        if (topic.stage() != null && topic.stage().indicator() != null && !v.clauseWords.anyIn("underway", left)) {
            // but 实施…项目14个，竣工2个 after 建成投产企业: projects under way take no stage the passage named before
            return topic.stage().indicator(); // 新开工项目中，投资5000万元以下项目8个
        }
        if (topic.stage() != null && !stageOfEarlierCount(sentenceBefore)) {
            return Fact.OTHER; // 一是施工项目稳步增多。…新增投资项目90家: the passage counts projects by no contract stage
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

    /** A bracket saying what a count also includes (（含意向）, (含续建)). */
    private static final Pattern INCLUDED = Pattern.compile("[（(]含[^）)]{1,8}[）)]");

    /** The text with each bracket of what is also included blanked out, so that no stage word in it decides. */
    private static String withoutIncluded(String text) {
        Matcher m = INCLUDED.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** What makes the projects before a count their owner (项目的): the count is of what they have. */
    private static final String POSSESSIVE = "的";

    /** 协调处理12个项目的30个问题: the count follows 项目的 and names a noun of its own that is no project. */
    private static boolean ofProjects(String left, String right) {
        String noun = nounPhrase(right);
        return left.stripTrailing().endsWith(PROJECT + POSSESSIVE) && !noun.isEmpty() && HanChars.isHan(noun.charAt(0))
                && !noun.contains(PROJECT);
    }

    /** How far before a stage word a not-yet word may stand (于近期正式签约). */
    private static final int NOT_YET_REACH = 4;
    /** What joins the items of a list of stage words (签约、开工, 揭牌和签约). */

    /**
     * The indicator of a project figure whose stage word names a stage not reached (待签约, 拟于近期开工,
     * 近期将有5个项目签约) or one stage of a mixed list (奠基、剪彩和签约项目, 签约、开工、投产6个清单):
     * {@code other}, or the negotiating indicator when 在谈/洽谈 stands before the not-yet word; else
     * {@code indicator} as it was. Only the stage word that gave {@code indicator} is looked at.
     */
    String reached(FigureContext c, String indicator) {
        String count = countOf(indicator);
        if (count == null) {
            return indicator;
        }
        String before = c.sentenceBefore();
        int from = Clauses.afterLast(before, Clauses.SEMICOLONS, before.length());
        String segment = before.substring(from);
        WordMatcher.Match<Vocabulary.Stage> stage = null;
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(segment)) {
            if (m.value().indicator() != null && later(m, stage)) {
                stage = m;
            }
        }
        String text = segment;
        int reach = NOT_YET_REACH;
        if (stage == null) {
            reach = Integer.MAX_VALUE / 2; // the not-yet word may stand before the count (近期将有5个项目签约)
            // 近期将有5个项目签约: the stage word after the count, in its clause
            text = c.clauseBefore() + c.sentence().substring(c.at(), c.end()) + c.clauseAfter();
            List<WordMatcher.Match<Vocabulary.Stage>> found = v.stages.findLongest(c.clauseAfter());
            if (found.isEmpty()) {
                return indicator;
            }
            WordMatcher.Match<Vocabulary.Stage> m = found.get(0);
            int shift = text.length() - c.clauseAfter().length();
            stage = new WordMatcher.Match<>(m.start() + shift, m.end() + shift, m.word(), m.value());
        }
        int notYet = stage.value().negotiating() ? -1 : notYetBefore(text, stage.start(), reach);
        if (notYet >= 0) {
            String negotiating = negotiatingIn(text.substring(0, notYet));
            if (negotiating == null) {
                return Fact.OTHER;
            }
            String money = v.indicators.get(negotiating).investment();
            return count.equals(indicator) ? negotiating : money == null ? Fact.OTHER : money;
        }
        if (!count.equals(stage.value().indicator())) {
            return indicator;
        }
        if (stage.start() >= 0 && text == segment && laterStep(before, from + stage.start(), stage)) {
            return Fact.OTHER;
        }
        if (mixedList(text, stage) && !v.clauseWords.anyIn("respective", c.sentence())) {
            return Fact.OTHER;
        }
        return indicator;
    }

    /**
     * 到资亿元以上项目40个, 到位资金10亿元以上项目3个: a count of projects whose own clause names no stage but
     * the capital that arrived counts projects by that money, no contract stage: {@code other}. Foreign projects
     * so counted (到资超1亿美元的外资项目7家) stay counts of foreign-invested projects.
     */
    String byArrivals(FigureContext c, String indicator) {
        if (!c.figure().isCount() || !isProjectCount(indicator) || indicator.equals(v.indicators.byRole(Role.FOREIGN_COUNT).id())
                || !v.stages.findAll(c.clauseBefore()).isEmpty()
                || stageOfCountAfter(c.clauseAfter()) != null || !v.clauseWords.anyIn("arrived", c.clauseBefore())) {
            return indicator;
        }
        return Fact.OTHER;
    }

    /**
     * 全县“大好高”项目92项…；外资项目26项: a count of projects whose own clause names no stage, in a passage
     * that counts a list (key projects, 入库) rather than a stage, is a class of that list: {@code other}.
     */
    String ofListedPassage(FigureContext c, String indicator) {
        Vocabulary.Stage passage = c.topic().stage();
        if (!c.figure().isCount() || !isProjectCount(indicator) || passage == null || !LISTED.equals(passage.stage())
                || !(c.clauseBefore() + nounPhrase(c.clauseAfter())).contains(PROJECT)
                || !v.stages.findAll(c.clauseBefore()).isEmpty()
                || stageOfCountAfter(c.clauseAfter()) != null) {
            return indicator;
        }
        return Fact.OTHER;
    }

    /**
     * 新签约项目60个，落地56个: whether the stage word at {@code at} is a later step of signing
     * (clause-words.tsv: after_signing) right after a count of signed projects by another word, with no
     * other stage counted between.
     */
    private boolean laterStep(String before, int at, WordMatcher.Match<Vocabulary.Stage> stage) {
        if (!v.clauseWords.words("after_signing").contains(stage.word())) {
            return false;
        }
        WordMatcher.Match<Vocabulary.Stage> previous = null; // the stage counted right before: 开工项目10个 between breaks the pair
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(before.substring(0, at))) {
            if (m.value().indicator() != null && later(m, previous)) {
                previous = m;
            }
        }
        if (previous == null || !stage.value().indicator().equals(previous.value().indicator())
                || v.clauseWords.words("after_signing").contains(previous.word())) {
            return false;
        }
        String between = before.substring(previous.end(), at);
        return between.chars().anyMatch(ch -> FigureChars.isDigit((char) ch) || FigureChars.isMask((char) ch));
    }

    /** The count indicator of a project count or of its investment, or {@code null}. */
    private String countOf(String indicator) {
        if (isProjectCount(indicator)) {
            return indicator;
        }
        for (Indicator ind : v.indicators.all()) {
            if (ind.stage() != null && indicator.equals(ind.investment())) {
                return ind.id();
            }
        }
        return null;
    }

    /** Where a not-yet word (clause-words.tsv: not_yet) close before {@code stageStart} starts, or -1; 已 between cancels it. */
    private int notYetBefore(String text, int stageStart, int reach) {
        int at = v.clauseWords.lastBefore("not_yet", text, stageStart);
        if (at < 0 || stageStart - at > reach + 2) {
            return -1;
        }
        String between = text.substring(at, stageStart);
        boolean figureBetween = reach == NOT_YET_REACH && between.chars().anyMatch(ch -> FigureChars.isDigit((char) ch));
        return between.contains("已") || Clauses.hasAny(between, Clauses.CLAUSE_MARKS + "、") || figureBetween
                || insideStageWord(text, at) ? -1 : at;
    }

    /** 待 of 待开工: a not-yet word that is part of a stage word of its own. */
    private boolean insideStageWord(String text, int at) {
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(text)) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    private String negotiatingIn(String words) {
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(words)) {
            if (m.value().negotiating()) {
                return m.value().indicator();
            }
        }
        return null;
    }

    /**
     * 揭牌和签约项目, 签约、开工、投产: whether the stage word is an item of a list whose next or previous
     * item is a ceremony (clause-words.tsv: stage_event) or a stage word of another indicator.
     */
    private boolean mixedList(String text, WordMatcher.Match<Vocabulary.Stage> stage) {
        int b = stage.start();
        if (b > 0 && Clauses.LIST_JOINS.indexOf(text.charAt(b - 1)) >= 0 && otherItemEndsAt(text, b - 1, stage)) {
            return true;
        }
        int e = stage.end();
        return e < text.length() && Clauses.LIST_JOINS.indexOf(text.charAt(e)) >= 0 && otherItemStartsAt(text, e + 1, stage);
    }

    private boolean otherItemEndsAt(String text, int end, WordMatcher.Match<Vocabulary.Stage> stage) {
        String item = text.substring(0, end);
        for (String w : v.clauseWords.words("stage_event")) {
            if (item.endsWith(w)) {
                return true;
            }
        }
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(item)) {
            if (m.end() == end && m.value().indicator() != null && !m.value().indicator().equals(stage.value().indicator())) {
                return true;
            }
        }
        return false;
    }

    private boolean otherItemStartsAt(String text, int start, WordMatcher.Match<Vocabulary.Stage> stage) {
        String item = text.substring(start);
        for (String w : v.clauseWords.words("stage_event")) {
            if (item.startsWith(w)) {
                return true;
            }
        }
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findLongest(item)) {
            return m.start() == 0 && m.value().indicator() != null
                    && !m.value().indicator().equals(stage.value().indicator());
        }
        return false;
    }

    /**
     * 新洽谈对接66个项目: a count of projects after a term that counts other things (对接 counts
     * firms visited) takes the indicator of its projects' stage; {@code null} when the count is not
     * of projects or the term counts projects itself.
     */
    String projectsAfterTerm(String termIndicator, FigureContext c) {
        if (isProjectCount(termIndicator) || !c.right().startsWith(PROJECT)) {
            return null;
        }
        return countIndicator(c.left(), c.right(), c.sentenceBefore(), c.topic(), false);
    }

    /**
     * Whether the sentence's last stage word before the count is one the contract does not count
     * (在建, 续建; not a listed one), so that a count with no stage of its own after it is a part of those.
     */
    private boolean lastStageUncounted(String sentenceBefore) {
        WordMatcher.Match<Vocabulary.Stage> last = null;
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(sentenceBefore)) {
            if (later(m, last)) {
                last = m;
            }
        }
        return last != null && last.value().uncounted() && !last.value().increase();
    }

    /** 其中续建项目85个、新建项目54个: whether the sentence's last stage word went with a figure before this one. */
    private boolean stageOfEarlierCount(String sentenceBefore) {
        int end = -1;
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(sentenceBefore)) {
            end = Math.max(end, m.end());
        }
        if (end < 0) {
            return false;
        }
        for (int i = end; i < sentenceBefore.length(); i++) {
            if (FigureChars.isDigit(sentenceBefore.charAt(i)) || FigureChars.isMask(sentenceBefore.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 增资企业20家, 增资扩股项目3个: whether the last stage word before the count tells a capital
     * increase, with no counted stage word in its clause (新设和增资项目19个 counts the new ones too).
     */
    private boolean increaseLast(String left) {
        WordMatcher.Match<Vocabulary.Stage> last = null;
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(left)) {
            if (later(m, last)) {
                last = m;
            }
        }
        if (last == null || !last.value().increase()) {
            return false;
        }
        int clause = Clauses.afterLast(left, Clauses.CLAUSE_MARKS, last.start());
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(left)) {
            if (m.start() >= clause && m.end() <= last.start() && m.value().indicator() != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * 新批外商投资项目五个，其中增资扩股项目两个: a count of capital increases listed under 其中 is a part
     * of the project count it breaks down and takes its indicator; on its own (增资2个项目) it counts
     * firms already there, by no indicator.
     */
    private String partOfBrokenDownCount(String sentenceBefore, Topic topic) {
        int opener = v.clauseWords.lastBefore("breakdown", sentenceBefore, sentenceBefore.length());
        if (opener < 0) {
            return Fact.OTHER;
        }
        Attribution whole = topic.latestInSentence(a -> a.figure().isCount()
                && a.measure() == huibao.model.Measure.VALUE && isProjectCount(a.indicator()));
        if (whole == null || sentenceBefore.lastIndexOf(whole.figure().text(), opener) < 0
                || sentenceBefore.indexOf(whole.figure().text(), opener) >= 0) {
            return Fact.OTHER; // the count before 其中 only: a part after other parts is not broken down by them
        }
        return whole.indicator();
    }

    /** Whether a breakdown word (其中) stands between {@code count} and the end of {@code sentenceBefore}. */
    private boolean underBreakdown(String sentenceBefore, Attribution count) {
        int at = sentenceBefore.lastIndexOf(count.figure().text());
        return at >= 0 && v.clauseWords.lastBefore("breakdown", sentenceBefore, sentenceBefore.length()) > at;
    }

    /** 其中2家已达到规模, 5个已履约: whether a listed or outside stage word follows the count right away. */
    boolean listedVerbAfterCount(String right) {
        WordMatcher.Match<Vocabulary.Stage> m = stageVerbAt(right);
        return m != null && m.value().listed();
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
    String investmentIndicator(String left, FigureContext c) {
        Topic topic = c.topic();
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
        Attribution lastCount = topic.latestInSentence(a -> a.figure().isCount() && Topic.isLevel().test(a));
        if (v.clauseWords.anyIn("whole_investment", left) && lastStageUncounted(c.sentenceBefore())
                && lastCount != null && Fact.OTHER.equals(lastCount.indicator())) {
            return Fact.OTHER; // 在建项目160项，总投资1020.4亿元: the whole investment of a stock no contract stage counts
        }
        Attribution count = topic.latestInSentence(a -> isProjectCount(a.indicator()));
        if (count != null && countedAfterSemicolon(count, c)) {
            return Fact.OTHER; // …保投产项目1个；共20个项目列为市重点项目，总投资77.45亿元: the key projects' own, not the last stage's
        }
        if (count == null && !(c.figure().isMoney() && bareSpending(left))) {
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
     * Whether the words name an amount only by a bare spending word (投资, 投入) and no project:
     * 全年确保投资2000万元，铺设道路8公里 is spending of its own, no investment of projects counted
     * in a sentence before.
     */
    private boolean bareSpending(String left) {
        WordMatcher.Match<String> last = null;
        for (WordMatcher.Match<String> m : v.investmentWords.findAll(left)) {
            if (last == null || m.end() > last.end() || m.end() == last.end() && m.length() > last.length()) {
                last = m; // 总投资 rather than the 投资 inside it
            }
        }
        return last != null && "投资".equals(last.word()) && !left.contains(PROJECT);
    }

    /**
     * Whether, after a semicolon that follows the project count {@code count}, the sentence counted
     * something no contract stage counts (共20个项目列为市重点项目): the amounts after it are of those.
     */
    private static boolean countedAfterSemicolon(Attribution count, FigureContext c) {
        Attribution last = c.topic().latestInSentence(a -> a.figure().isCount() && a.measure() == huibao.model.Measure.VALUE);
        if (last == null || !Fact.OTHER.equals(last.indicator()) || last.figure().start() <= count.figure().end()) {
            return false;
        }
        String between = c.sentence().substring(count.figure().end() - c.base(), last.figure().start() - c.base());
        return Clauses.hasAny(between, Clauses.SEMICOLONS);
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
                // …交易中心及深加工等项目: names closed by 等项目 with no count are still the named projects
                // but in a list of named amounts (…、总投资21亿元的甲园等项目) 等项目 closes the whole list
                boolean listItem = c.sentence().substring(c.clauseStart(), c.at()).indexOf('、') >= 0;
                stop = !listItem && rest.startsWith(PROJECT, i + 1) && !countsOwnFigure(rest, i + 1 + PROJECT.length())
                        ? i + 1 + PROJECT.length() : i;
                break;
            }
        }
        String name = trailingCount.matcher(rest.substring(0, stop)).replaceFirst(""); // 的精养殖场一个
        int cut = lastProjectNounEnd(name);
        if (cut < 3) {
            cut = name.indexOf(PROJECT) + PROJECT.length(); // 槿山…产业园项目由某某公司投资建设
        }
        if (cut < 3) {
            cut = lastHolderEnd(name);
        }
        if (cut < 3) {
            return null;
        }
        name = name.substring(0, cut);
        if (name.startsWith("重大") || name.startsWith("重点") || name.equals("项目")) {
            return null;
        }
        return name;
    }

    /**
     * 投资1500万元的恒泉油脂厂, 投资2亿元的明玖泰管理公司为景区建设: where the name of the one
     * facility or firm an amount belongs to ends (a holder ending of clause-words.tsv at its end, or
     * the last firm ending in it), or -1.
     */
    private int lastHolderEnd(String name) {
        int best = -1;
        for (String ending : v.clauseWords.words("holder")) {
            if (name.length() > ending.length() && name.endsWith(ending)) {
                best = name.length();
            }
        }
        for (String ending : v.clauseWords.words("firm")) {
            int at = name.lastIndexOf(ending);
            if (at > 0) {
                best = Math.max(best, at + ending.length()); // …有限公司专门生产环境燃料
            }
        }
        return best;
    }

    /**
     * 项目平均投资规模1250万美元 (the size of one project on average), 签订合作协议，计划投资10亿元
     * (the amount of one agreement, in a sentence that counts no projects): an amount of one
     * project, though no project's name follows it.
     */
    SingleAmount singleProjectAmount(FigureContext c) {
        if (v.clauseWords.anyIn("average", c.left()) || v.clauseWords.words("size_of_each").stream()
                .anyMatch(w -> c.sentence().startsWith(w, c.end()))) {
            return new SingleAmount(null); // 平均投资规模1250万美元, 总投资达4000万美元的项目有2项
        }
        if (oneProjectAfter(c.sentence().substring(c.end()))) {
            return new SingleAmount(null); // 80亿元项目1个, 6000万美元港资项目1个
        }
        if (v.investmentWords.findAll(c.left()).isEmpty() || c.clauseStart() == 0) {
            return null;
        }
        for (Figure f : c.all()) {
            if (f.start() - c.base() < c.at() && !f.threshold() && (f.isCount() || f.isMoney())) {
                return null; // 签订协议12个，计划投资80亿元: the agreements counted
            }
        }
        String before = c.sentence().substring(0, c.clauseStart());
        before = before.substring(Clauses.afterLast(before, Clauses.SEMICOLONS, before.length()));
        return v.clauseWords.anyIn("agreement", before) ? new SingleAmount(agreedProject(before)) : null;
    }

    /** How many characters may qualify a project noun between an amount and its count of one (港资项目1个). */
    private static final int ONE_PROJECT_NOUN_REACH = 6;

    /**
     * Whether the words after an amount are a project noun, at most a short qualifier before it (港资, 的),
     * counted as one (figure-rules.tsv: one_count): the amount is that one project's size.
     */
    private boolean oneProjectAfter(String after) {
        for (int i = 0; i < after.length() && i <= ONE_PROJECT_NOUN_REACH; i++) {
            if (!HanChars.isHan(after.charAt(i))) {
                return false;
            }
            String noun = v.figureRules.wordAt("project_noun", after, i);
            if (noun != null && v.figureRules.wordAt("one_count", after, i + noun.length()) != null) {
                return true;
            }
        }
        return false;
    }

    /** An amount of one project or agreement, with the project's name when the sentence gives it. */
    record SingleAmount(String project) {
    }

    /** 就华北地区农业产业链示范园区项目签订协议: the project an agreement is about, or {@code null}. */
    private String agreedProject(String words) {
        int end = words.lastIndexOf(PROJECT);
        if (end < 0) {
            return null;
        }
        end += PROJECT.length();
        int start = 0;
        for (String w : v.clauseWords.words("project_opener")) {
            int at = words.lastIndexOf(w, end - PROJECT.length());
            if (at >= 0) {
                start = Math.max(start, at + w.length());
            }
        }
        int clause = Clauses.afterLast(words, Clauses.CLAUSE_MARKS, end);
        start = Math.max(start, clause);
        return end - start > PROJECT.length() + 1 ? words.substring(start, end) : null;
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

    /**
     * The stage word that decides a count: the last one, unless it is a stage the contract does not
     * count (续建) and a counted one stands before it (新引进和续建项目).
     */
    private WordMatcher.Match<Vocabulary.Stage> lastStage(String text) {
        WordMatcher.Match<Vocabulary.Stage> best = null;
        WordMatcher.Match<Vocabulary.Stage> counted = null;
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(text)) {
            if (later(m, best)) {
                best = m;
            }
            if (m.value().indicator() != null && later(m, counted)) {
                counted = m;
            }
        }
        return best != null && best.value().uncounted() && counted != null ? counted : best;
    }

    private static boolean later(WordMatcher.Match<Vocabulary.Stage> m, WordMatcher.Match<Vocabulary.Stage> best) {
        return best == null || m.end() > best.end() || (m.end() == best.end() && m.length() > best.length());
    }

    /**
     * The stage word after a count that states the count's own stage (298个项目开工, 15个项目，已全部开工),
     * or {@code null}: one in a later clause that counts a figure of its own (文旅项目14项，已开工11项)
     * is the stage of that subset, not of the whole.
     */
    private WordMatcher.Match<Vocabulary.Stage> stageOfCountAfter(String right) {
        WordMatcher.Match<Vocabulary.Stage> m = firstStage(right);
        // 跟踪的27个项目中已开工项目13个: a count picking from the set (reference_after) splits it like a clause mark
        boolean picked = m != null && v.figureRules.wordAt("reference_after", right, 0) != null;
        if (m == null || !picked && !Clauses.hasAny(right.substring(0, m.start()), Clauses.CLAUSE_MARKS)) {
            return m;
        }
        return countsOwnFigure(right, m.end()) ? null : m;
    }

    /**
     * 5663亿元项目落户四川: an amount right before the projects it sizes and their stage verb is the investment of
     * the projects of that stage; {@code null} when no project noun and stage verb with an indicator follow.
     */
    String investmentOfProjectsAfter(String right) {
        if (!right.startsWith(PROJECT)) {
            return null;
        }
        WordMatcher.Match<Vocabulary.Stage> verb = stageVerbAt(right.substring(PROJECT.length()));
        Indicator counted = verb == null || verb.value().indicator() == null ? null : v.indicators.get(verb.value().indicator());
        return counted == null ? null : counted.investment();
    }

    /** Whether a figure follows a stage word ending at {@code end} in its clause, 项目 at most between (已开工11项, 开工项目9个). */
    static boolean countsOwnFigure(String text, int end) {
        int at = text.startsWith(PROJECT, end) ? end + PROJECT.length() : end;
        return at < text.length() && (FigureChars.isDigit(text.charAt(at)) || FigureChars.isMask(text.charAt(at))
                || ChineseNumerals.COUNT_OPENERS.indexOf(text.charAt(at)) >= 0);
    }

    private WordMatcher.Match<Vocabulary.Stage> firstStage(String text) {
        // 17个续建项目: a stage the contract does not count decides as well
        List<WordMatcher.Match<Vocabulary.Stage>> found = v.stages.findLongest(text);
        return found.isEmpty() ? null : found.get(0);
    }

    private boolean listedAfter(String left, WordMatcher.Match<Vocabulary.Stage> stage) {
        for (WordMatcher.Match<Vocabulary.Stage> m : v.stages.findAll(left)) {
            if (m.value().listed() && (stage == null || m.start() >= stage.start() && !insideLonger(m, stage))) {
                return true;
            }
        }
        return false;
    }

    /** 意向 inside 在谈意向: a word that is part of the longer stage word deciding the count (在谈意向项目 stays negotiating). */
    private static boolean insideLonger(WordMatcher.Match<Vocabulary.Stage> m, WordMatcher.Match<Vocabulary.Stage> stage) {
        return m.length() < stage.length() && m.start() >= stage.start() && m.end() <= stage.end();
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

    /** 外资项目5个, but not 利用省外资金…项目4个: read by the longest words, 外资 inside 省外资金 names nothing. */
    private boolean foreign(String left) {
        int names = namesClosedBy(left);
        for (WordMatcher.Match<Vocabulary.ScopeWord> m : v.scopes.findLongest(left)) {
            if ("foreign".equals(m.value().domain()) && m.end() > names) {
                return true;
            }
        }
        return false;
    }

    /**
     * 签约恒达装备、德国精密轴承等16个项目: where a list of names closed by 等 right before the count
     * ends (the words before it are the projects' names, not where they come from), or 0.
     */
    private static int namesClosedBy(String left) {
        String l = left.stripTrailing();
        return l.endsWith(NAMES_CLOSED) && l.length() > 1 ? l.length() - 1 : 0;
    }

    /**
     * The indicator of a stage word that ends after {@code from} in {@code left}, {@code other} for
     * one the contract does not count (签约项目已履约1054个), or {@code null}.
     */
    String stageIndicatorAfter(String left, int from) {
        WordMatcher.Match<Vocabulary.Stage> m = lastStage(withoutIncluded(left));
        if (m == null || m.start() < from) {
            return null;
        }
        return m.value().indicator() != null ? m.value().indicator() : Fact.OTHER;
    }

    /** 今年新签约项目80%以上实现开工建设: the stage a percent of projects reaches, or {@code null}. */
    String stageAfter(String right) {
        WordMatcher.Match<Vocabulary.Stage> m = firstStage(right);
        return m == null ? null : m.value().indicator();
    }

    /**
     * Whether a named item with a figure of its own (、总部型项目9个) starts at {@code at}, its words running into
     * the next figure or the end of {@code right}: not a further figure of
     * the same list (、3个项目), nor a further word of this count's noun (74个投资规模大、质量高的亿元以上项目).
     */
    private static boolean newItemAt(String right, int at) {
        if (at >= right.length()) {
            return false;
        }
        char ch = right.charAt(at);
        if (!HanChars.isHan(ch) || ChineseNumerals.COUNT_CHARS.indexOf(ch) >= 0) {
            return false;
        }
        for (int i = at + 1; i < right.length(); i++) {
            char c = right.charAt(i);
            if (Clauses.WIDE_CLAUSE_ENDS.indexOf(c) >= 0 || c == '、' || c == '的') {
                return false; // 投资规模大、质量高的项目: words joined by 、 before a 的 describe this count's noun
            }
            if (FigureChars.isDigit(c) || FigureChars.isMask(c)) {
                return true;
            }
        }
        return true; // the words after a count end where the next figure starts
    }

    private static boolean startsWithNounPhraseOf(String right, String noun) {
        return nounPhrase(right).contains(noun);
    }

    /**
     * The words right after a count that may name what it counts, up to the clause's end; a 、 that opens a
     * new named item (新增高新技术企业42家、总部型项目9个) ends them too, for that item's noun is not this count's.
     */
    static String nounPhrase(String right) {
        int stop = right.length();
        for (int i = 0; i < right.length(); i++) {
            if (Clauses.WIDE_CLAUSE_ENDS.indexOf(right.charAt(i)) >= 0 || right.charAt(i) == '、' && newItemAt(right, i + 1)) {
                stop = i;
                break;
            }
        }
        return right.substring(0, Math.min(stop, 24));
    }
}
