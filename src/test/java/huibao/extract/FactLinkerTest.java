package huibao.extract;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.SizeClass;
import huibao.model.Span;
import huibao.model.TableCell;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static huibao.extract.FactExtractorTest.fact;
import static huibao.extract.FactExtractorTest.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What extraction attaches to facts so that the dataset and the checks read records, not the
 * text between figures (issue 9): the part-of link, the sentence's offsets, the marks between
 * figures, the clause's lead, table cells and size classes.
 */
class FactLinkerTest {

    @Test
    void linksAQiZhongPartToItsTotal() {
        List<Fact> fs = facts("新签约项目26个，其中来自长三角的项目5个；新签约项目总投资148.5亿元。");
        Fact total = fact(fs, "26个");
        Fact part = fact(fs, "5个");
        assertEquals(List.of(new FactLink(FactLink.Kind.PART_OF, total.id())), part.links());
        assertEquals(total.id(), part.partOf());
        assertEquals(List.of(), total.links());
        assertEquals(List.of(), fact(fs, "148.5亿元").links(), "a ； closes the breakdown");
    }

    @Test
    void linksACompletionToItsActualAndTheTargetInItsPhrase() {
        List<Fact> fs = facts("实际使用外资3620万美元，完成市下达6500万美元任务数的55.7%。");
        Fact rate = fact(fs, "55.7%");
        assertEquals(List.of(new FactLink(FactLink.Kind.ACTUAL, fact(fs, "3620万美元").id()),
                new FactLink(FactLink.Kind.TARGET, fact(fs, "6500万美元").id())), rate.links());
    }

    @Test
    void linksACompletionToTheYearsOneTargetStatedElsewhere() {
        List<Fact> fs = facts("今年，全区实际使用外资目标为8000万美元。1-6月，全区实际使用外资3620万美元，完成全年目标任务的45.3%。");
        Fact rate = fact(fs, "45.3%");
        assertEquals(fact(fs, "3620万美元").id(), rate.linked(FactLink.Kind.ACTUAL));
        assertEquals(fact(fs, "8000万美元").id(), rate.linked(FactLink.Kind.TARGET));
    }

    @Test
    void givesACompletionOfAPartYearTargetNoYearTarget() {
        List<Fact> fs = facts("今年，全区实际使用外资目标为8000万美元。1-6月，全区实际使用外资3620万美元，完成上半年目标任务的92.1%。");
        Fact rate = fact(fs, "92.1%");
        assertEquals(fact(fs, "3620万美元").id(), rate.linked(FactLink.Kind.ACTUAL));
        assertNull(rate.linked(FactLink.Kind.TARGET));
    }

    @Test
    void linksACompletionPastLastYearsBaseToThisYearsLevel() {
        List<Fact> fs = facts("1-9月，全县实际使用外资2600万美元，同比增长13.2%，去年同期为2297万美元，完成全年任务4000万美元的65%。"
                + "全县到位资金51.4亿元，同比增长7.5%（上年同期47.8亿元），完成年度目标80亿元的64.3%。");
        assertEquals(fact(fs, "2600万美元").id(), fact(fs, "65%").linked(FactLink.Kind.ACTUAL));
        assertEquals(fact(fs, "4000万美元").id(), fact(fs, "65%").linked(FactLink.Kind.TARGET));
        assertEquals(fact(fs, "51.4亿元").id(), fact(fs, "64.3%").linked(FactLink.Kind.ACTUAL));
    }

    @Test
    void linksACompletionRateToThePlanItsSentenceStates() {
        List<Fact> fs = facts("全镇重点项目22个，年度投资计划12.4亿元，1-9月完成投资9.1亿元，完成率73.4%。"
                + "其中省重点项目5个，年度投资计划4.6亿元，1-9月完成投资3.2亿元，完成率69.6%。");
        assertEquals(fact(fs, "9.1亿元").id(), fact(fs, "73.4%").linked(FactLink.Kind.ACTUAL));
        assertEquals(fact(fs, "12.4亿元").id(), fact(fs, "73.4%").linked(FactLink.Kind.TARGET));
        assertEquals(fact(fs, "4.6亿元").id(), fact(fs, "69.6%").linked(FactLink.Kind.TARGET));
    }

    @Test
    void leavesACompletionAcrossASemicolonUnlinked() {
        List<Fact> fs = facts("实际使用外资3620万美元；完成全年目标的45.3%。");
        assertEquals(List.of(), fact(fs, "45.3%").links());
    }

    @Test
    void linksAShareToThePartBeforeIt() {
        List<Fact> fs = facts("第二产业实际使用外资9.9亿美元，占全市实际使用外资的59.2%。");
        String part = fact(fs, "9.9亿美元").id();
        assertEquals(List.of(new FactLink(FactLink.Kind.PART, part), new FactLink(FactLink.Kind.SHARE_OF, part)),
                fact(fs, "59.2%").links());
    }

    @Test
    void linksAShareOfTheLeadingItemsOfAListToThoseItems() {
        List<Fact> fs = facts("临湖街道、滨港街道、望霞街道、沄西街道新引进项目分别为14个、12个、10个、9个，"
                + "引进数量前三位的街道合计占全区的56.3%。");
        Fact share = fact(fs, "56.3%");
        assertEquals(fact(fs, "9个").id(), share.linked(FactLink.Kind.PART));
        assertEquals(List.of(fact(fs, "14个").id(), fact(fs, "12个").id(), fact(fs, "10个").id()),
                share.links().stream().filter(l -> l.kind() == FactLink.Kind.SHARE_OF).map(FactLink::fact).toList());
    }

    @Test
    void leavesAShareOfOneOfSeveralListedFiguresUnlinked() {
        List<Fact> fs = facts("临湖街道、滨港街道新引进项目分别为14个、12个，占全区的40.6%。");
        assertEquals(List.of(), fact(fs, "40.6%").links(), "which of them the share is of is not said");
    }

    @Test
    void placesEachFactInItsOwnSentence() {
        String text = "实际使用外资1740万美元。新签约项目25个，总投资86.4亿元。";
        List<Fact> fs = facts(text);
        int end = text.indexOf("新签约");
        assertEquals(new Span(0, end), fact(fs, "1740万美元").clause().sentence());
        Span second = fact(fs, "25个").clause().sentence();
        assertEquals(new Span(end, text.length()), second);
        assertEquals(second, fact(fs, "86.4亿元").clause().sentence());
        assertEquals(fact(fs, "25个").sentence(), text.substring(second.start(), second.end()));
    }

    @Test
    void marksTheWholeRegionBetweenAShareAndItsPart() {
        List<Fact> fs = facts("第二产业实际使用外资9.9亿美元，占全市实际使用外资的59.2%。");
        Fact part = fact(fs, "9.9亿美元");
        Fact share = fact(fs, "59.2%");
        List<ClauseMark> between = between(part, share);
        assertTrue(between.stream().anyMatch(m -> m.kind() == ClauseMark.Kind.WHOLE_REGION && m.word().equals("全市")),
                between.toString());
        assertTrue(between.stream().noneMatch(m -> m.kind() == ClauseMark.Kind.SEMICOLON), between.toString());
        assertEquals(ClauseMark.Kind.COMMA, between.get(0).kind());
        assertEquals(new Span(part.span().end(), part.span().end() + 1), between.get(0).span());
    }

    @Test
    void marksAPartYearTargetBetweenACompletionAndItsActual() {
        List<Fact> fs = facts("实际使用外资1740万美元，完成上半年目标任务的52.1%。");
        List<ClauseMark> between = between(fact(fs, "1740万美元"), fact(fs, "52.1%"));
        assertTrue(between.stream().anyMatch(m -> m.kind() == ClauseMark.Kind.INTERIM && m.word().equals("上半年")),
                between.toString());
    }

    @Test
    void marksHowManyOfAListALeadingSelectionTakes() {
        List<Fact> fs = facts("临湖街道、滨港街道、望霞街道新引进项目分别为14个、12个、10个，引进数量前三位的街道合计占全区的56.3%。");
        List<ClauseMark> between = between(fact(fs, "10个"), fact(fs, "56.3%"));
        ClauseMark leading = between.stream().filter(m -> m.kind() == ClauseMark.Kind.LEADING).findFirst().orElseThrow();
        assertEquals(3, leading.count());
        assertEquals("前三", leading.word());
        assertTrue(between.stream().anyMatch(m -> m.kind() == ClauseMark.Kind.TOGETHER && m.word().equals("合计")));
        List<ClauseMark> listed = between(fact(fs, "14个"), fact(fs, "12个"));
        assertEquals(List.of(ClauseMark.Kind.LIST_JOIN), listed.stream().map(ClauseMark::kind).toList());
    }

    @Test
    void leadsWithTheClauseWordsWithoutHeadlineCues() {
        List<Fact> fs = facts("上半年，全年新签约项目26个，协议投资总额182.3亿元；全区实际使用外资1.2亿美元。");
        assertEquals("新签约项目", fact(fs, "26个").clause().lead());
        assertEquals("协议投资总额", fact(fs, "182.3亿元").clause().lead());
        assertEquals("实际使用外资", fact(fs, "1.2亿美元").clause().lead());
    }

    @Test
    void readsTheSizeClassOfAScopeOnce() {
        List<Fact> fs = facts("引进总投资10亿元以上项目12个，其中5000万～1亿元项目6个。");
        assertEquals(new SizeClass(new BigDecimal("1000000000"), null), fact(fs, "12个").clause().scopeSize());
        SizeClass band = fact(fs, "6个").clause().scopeSize();
        assertEquals(0, band.lo().compareTo(new BigDecimal("50000000")), band.toString());
        assertEquals(0, band.hi().compareTo(new BigDecimal("100000000")), band.toString());
        assertTrue(band.apart(fact(fs, "12个").clause().scopeSize()));
    }

    @Test
    void placesATableFigureInItsRowAndColumn() {
        List<Fact> fs = facts("表  1-8月各乡镇招商引资主要指标\n"
                + "单位\t新签约项目（个）\t其中亿元以上（个）\t协议投资（万元）\n"
                + "梧桐镇\t6\t3\t168500\n"
                + "合计\t11\t5\t292800\n");
        assertEquals(new TableCell("梧桐镇", 1), fact(fs, "6").clause().cell());
        assertEquals(new TableCell("梧桐镇", 3), fact(fs, "168500").clause().cell());
        assertEquals(new TableCell("合计", 2), fact(fs, "5").clause().cell());
    }

    @Test
    void leavesProseOutsideTables() {
        assertNull(fact(facts("新签约项目25个。"), "25个").clause().cell());
    }

    /** The marks of {@code a}'s sentence wholly between {@code a} and {@code b}. */
    private static List<ClauseMark> between(Fact a, Fact b) {
        return a.clause().marks().stream().filter(m -> m.within(a.span().end(), b.span().start())).toList();
    }

    @Test
    void linksAShareToTheWholeWrittenInItsPhrase() {
        List<Fact> fs = facts("1-6月，园区实际到位资金6.4亿元，占全县实际到位资金12亿元的53.3%。");
        assertEquals(fact(fs, "12亿元").id(), fact(fs, "53.3%").linked(FactLink.Kind.WHOLE));
        assertEquals(fact(fs, "6.4亿元").id(), fact(fs, "53.3%").linked(FactLink.Kind.PART));
        // the region's whole word before the part is the subject's, not the share's: 6.4亿元 stays the part
        List<Fact> subject = facts("全县实际到位资金12亿元，园区实际到位资金6.4亿元，占全县的53.3%。");
        assertEquals(fact(subject, "6.4亿元").id(), fact(subject, "53.3%").linked(FactLink.Kind.PART));
    }

    @Test
    void linksAShareOfAQiZhongPartToTheTotalItBreaksDown() {
        List<Fact> fs = facts("实际使用外资3260万美元，其中制造业实际使用外资2150万美元，占65.9%。");
        assertEquals(fact(fs, "3260万美元").id(), fact(fs, "65.9%").linked(FactLink.Kind.WHOLE));
    }

    @Test
    void givesAShareNoWholeTheSentenceDoesNotState() {
        // another indicator's figure before the part is no whole; nor is the region's, which the checks find
        List<Fact> fs = facts("园区新签约项目协议资金26.4亿元，到位资金3.7亿元，占比71.2%。");
        assertNull(fact(fs, "71.2%").linked(FactLink.Kind.WHOLE));
        List<Fact> region = facts("全区实际使用外资23.8亿元，其中制造业实际使用外资16.7亿元，占全区的70.2%。");
        assertEquals(fact(region, "16.7亿元").id(), fact(region, "70.2%").linked(FactLink.Kind.PART));
        assertNull(fact(region, "70.2%").linked(FactLink.Kind.WHOLE));
    }

    @Test
    void linksAShareToTheEarlierLevelItsPhraseNamesAsItsWhole() {
        List<Fact> fs = facts("今年1-6月，全县实现到位资金48.2亿元，同比增长12%。外省企业项目到位资金30.1亿元，占本年到位资金的62.4%；"
                + "本省企业项目到位资金18.1亿元，占今年到位资金的37.5%。");
        assertEquals(fact(fs, "48.2亿元").id(), fact(fs, "62.4%").linked(FactLink.Kind.WHOLE));
        assertEquals(fact(fs, "48.2亿元").id(), fact(fs, "37.5%").linked(FactLink.Kind.WHOLE));
        // a level the report itself gives as a share is a part, no whole; a phrase without a name names none
        List<Fact> unnamed = facts("今年1-6月，全县实现到位资金48.2亿元。工业项目实现资金30.1亿元，占62.4%。");
        assertNull(fact(unnamed, "62.4%").linked(FactLink.Kind.WHOLE));
    }

    @Test
    void linksATaskInBracketsToTheFigureItIsSetFor() {
        List<Fact> fs = facts("全区上报到位资金27亿元（任务数25亿元），引进优强企业15家（任务数12家）。");
        assertEquals(List.of(new FactLink(FactLink.Kind.ACTUAL, fact(fs, "27亿元").id())), fact(fs, "25亿元").links());
        assertEquals(List.of(new FactLink(FactLink.Kind.ACTUAL, fact(fs, "15家").id())), fact(fs, "12家").links());
    }

    @Test
    void linksEachOfSeveralTargetsToItsOwnRate() {
        List<Fact> fs = facts("全市到位资金180.5亿元，完成省下达年度310亿元预期目标任务的58.2%和330亿元工作目标任务的54.7%。");
        Fact actual = fact(fs, "180.5亿元");
        assertEquals(List.of(new FactLink(FactLink.Kind.ACTUAL, actual.id()),
                new FactLink(FactLink.Kind.TARGET, fact(fs, "310亿元").id())), fact(fs, "58.2%").links());
        assertEquals(List.of(new FactLink(FactLink.Kind.ACTUAL, actual.id()),
                new FactLink(FactLink.Kind.TARGET, fact(fs, "330亿元").id())), fact(fs, "54.7%").links());
    }

    @Test
    void takesNoLevelWithoutTheSharesSectorForItsPart() {
        List<Fact> fs = facts("全区上报到位资金27亿元（任务数25亿元），工业到位资金占比58.6%。");
        assertEquals(List.of(), fact(fs, "58.6%").links());
    }

    @Test
    void givesAShareOfAllNoWholeFromATotalOfTheFirstTen() {
        List<Fact> fs = facts("1-9月，前十位来源地实际使用外资8.4亿美元。其中新加坡实际使用外资5.1亿美元，占总量的46%。");
        assertEquals(fact(fs, "8.4亿美元").id(), fact(fs, "5.1亿美元").partOf());
        assertNull(fact(fs, "46%").linked(FactLink.Kind.WHOLE));
    }

    @Test
    void givesAShareAfterANestedBreakdownNoWhole() {
        List<Fact> fs = facts("1-5月，全区到位资金共计1329.8亿元。其中，内资到位1227.4亿元包括省外资金913.6亿元，省内资金313.8亿元，占92.3%。");
        assertNull(fact(fs, "92.3%").linked(FactLink.Kind.WHOLE));
    }

    @Test
    void linksANamedRateToThePlanInBracketsAfterIt() {
        List<Fact> fs = facts("全区开复工亿元以上项目88个，其中新开工项目50个、续建复工项目38个，开复工率91.7%（计划开复工项目96个）。");
        assertEquals(fact(fs, "88个").id(), fact(fs, "91.7%").linked(FactLink.Kind.PART));
        assertEquals(fact(fs, "96个").id(), fact(fs, "91.7%").linked(FactLink.Kind.WHOLE));
    }

    @Test
    void givesAShareWhoseClauseNamesItsOwnSubjectNoPartFromAnotherClause() {
        List<Fact> fs = facts("全区上报到位资金31.6亿元，对口协作驻沪到位资金占比28.4%。");
        assertEquals(List.of(), fact(fs, "28.4%").links());
        List<Fact> same = facts("全区上报到位资金31.6亿元，占比28.4%。");
        assertEquals(fact(same, "31.6亿元").id(), fact(same, "28.4%").linked(FactLink.Kind.PART));
    }

    @Test
    void linksAStartRateToTheSetThePreviousSentenceOpensWith() {
        List<Fact> fs = facts("今年全县推进产业项目58项（新建35项，续建23项），总投资412.6亿元。1-9月，已开工项目47项（新建26项，续建21项），开工率81%。");
        assertEquals(fact(fs, "47项").id(), fact(fs, "81%").linked(FactLink.Kind.PART));
        assertEquals(fact(fs, "58项").id(), fact(fs, "81%").linked(FactLink.Kind.WHOLE));
        List<Fact> sized = facts("今年全县推进亿元以上产业项目58项，总投资412.6亿元。1-9月，已开工亿元以上项目47项，开工率81%。");
        assertEquals(fact(sized, "58项").id(), fact(sized, "81%").linked(FactLink.Kind.WHOLE));
    }

    @Test
    void givesAStartRateNoWholeFromASentenceThatOpensWithOtherThings() {
        // the sentence before counts firms, not projects; and a share that names no rate takes no whole from there
        List<Fact> firms = facts("今年全县走访规上企业58家，总投资412.6亿元。1-9月，已开工项目47项，开工率81%。");
        assertNull(fact(firms, "81%").linked(FactLink.Kind.WHOLE));
        List<Fact> narrower = facts("今年全县推进亿元以上产业项目58项，总投资412.6亿元。1-9月，已开工项目47项，开工率81%。");
        assertNull(fact(narrower, "81%").linked(FactLink.Kind.WHOLE), "a set of large projects is no whole of all started ones");
        List<Fact> unnamed = facts("今年全县推进产业项目58项，总投资412.6亿元。1-9月，亿元以上项目47项，占比81%。");
        assertNull(fact(unnamed, "81%").linked(FactLink.Kind.WHOLE));
    }

    @Test
    void linksAShareOfACountToTheSetItsSentenceNamesAgain() {
        List<Fact> fs = facts("本次集中签约项目86个，协议投资640亿元。在86个签约项目中，投资额10亿元以上的项目33个，占比为38.4%；制造业项目52个，占全市的61%。");
        assertEquals(fact(fs, "33个").id(), fact(fs, "38.4%").linked(FactLink.Kind.PART));
        assertEquals(fact(fs, "86个").id(), fact(fs, "38.4%").linked(FactLink.Kind.WHOLE));
        assertNull(fact(fs, "61%").linked(FactLink.Kind.WHOLE), "a share of the region's whole is the checks' to tell");
        List<Fact> firstMention = facts("全年签约项目90个。签约的35个项目中，已开工项目20个，占比57.1%。");
        assertEquals(fact(firstMention, "35个").id(), fact(firstMention, "57.1%").linked(FactLink.Kind.WHOLE),
                "35 names a set of its own, not the 90");
    }

    @Test
    void pairsANamedRateOfARespectiveListWithTheLevelOfItsName() {
        List<Fact> fs = facts("今年推介会共签约项目64个，协议金额212.5亿元，已开工项目41个，到位资金38.2亿元，开工率、资金到位率分别为62.5%、17.98%。");
        assertEquals(fact(fs, "41个").id(), fact(fs, "62.5%").linked(FactLink.Kind.PART));
        assertEquals(fact(fs, "64个").id(), fact(fs, "62.5%").linked(FactLink.Kind.WHOLE));
        List<Fact> single = facts("今年推介会共签约项目64个，已开工项目41个，到位资金38.2亿元，开工率62.5%。");
        assertNull(fact(single, "62.5%").linked(FactLink.Kind.PART), "without 分别 a level of another thing stands between");
    }
}
