package huibao.extract.period;

import huibao.config.Dictionaries;
import huibao.model.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodReaderTest {

    private static PeriodReader periods;
    private static final Period H1_2023 = new Period(2023, 1, 6, "上半年");

    @BeforeAll
    static void load() {
        periods = PeriodReader.load(Dictionaries.packaged());
    }

    private static Period clause(String text) {
        return periods.readClause(text, H1_2023).orElseThrow();
    }

    @Test
    void readsMonthRangesWrittenInAnyDash() {
        assertEquals(new Period(2023, 1, 6, "1-6月"), clause("1-6 月，全市新设外商投资企业111 个"));
        assertEquals(new Period(2023, 1, 6, "1—6月"), clause("1—6月，实际使用外资16.7亿美元"));
        assertEquals(new Period(2023, 1, 5, "1-5月份"), clause("1-5月份，全市新签约项目70个"));
        assertEquals(new Period(2023, 1, 9, "一至九月"), clause("一至九月引进项目12个"));
        assertEquals(new Period(2023, 1, 10, "1-10月"), clause("1-10月到位资金8亿元"));
    }

    @Test
    void readsMonthRangesThatNameTheFirstMonthToo() {
        assertEquals(new Period(2023, 1, 4, "1月至4月"), clause("1月至4月，全区新引进项目36个"));
        assertEquals(new Period(2023, 2, 7, "2月份-7月份"), clause("2月份-7月份外资到位1.2亿美元"));
        assertEquals(new Period(2023, 1, 8, "一月到八月"), clause("一月到八月累计签约金额40亿元"));
        assertEquals(new Period(2022, 3, 9, "2022年3月至9月"), clause("2022年3月至9月引进企业14家"));
    }

    @Test
    void readsQuartersHalvesAndTheWholeYear() {
        assertEquals(new Period(2023, 1, 3, "一季度"), clause("一季度签约投资5亿元的金浦电池新材料项目"));
        assertEquals(new Period(2023, 4, 6, "二季度"), clause("二季度签约投资8亿元"));
        assertEquals(new Period(2023, 1, 9, "前三季度"), clause("前三季度实际使用外资3亿美元"));
        assertEquals(new Period(2023, 1, 6, "上半年"), clause("上半年实现新签项目179个"));
        assertEquals(new Period(2023, 1, 12, "全年"), clause("完成全年目标任务引进11家的90.9%"));
        assertEquals(new Period(2023, 1, 6, "前六个月"), clause("前六个月，签约项目125 个"));
    }

    @Test
    void readsSingleMonthsAndMonthEnds() {
        assertEquals(new Period(2023, 6, 6, "6月当月"), clause("6 月当月，各区市赴省外走访20 次"));
        assertEquals(new Period(2023, 1, 10, "十月底"), clause("截至十月底，到位资金5亿元"));
        assertEquals(Optional.empty(), periods.readClause("8月下旬计划举办一次推介会", H1_2023));
    }

    @Test
    void theFirstMonthsWithoutACountWordRunFromJanuary() {
        assertEquals(new Period(2023, 1, 8, "前八月"), clause("前八月，引进内资项目41个"));
        assertEquals(new Period(2023, 1, 4, "前4月"), clause("前4月新设外资企业17家"));
        assertEquals(new Period(2023, 1, 2, "前两个月"), clause("前两个月，到位资金3.2亿元"));
        assertEquals(new Period(null, 1, 7, "前七月"),
                periods.readReport("长河前七月引进外资增长一成", "长河区新设外资企业9家。", null));
    }

    @Test
    void theMonthAnEventHappenedIsNoPeriod() {
        assertEquals(Optional.empty(), periods.readClause("光伏组件项目4月开工，计划投资6亿元", H1_2023));
        assertEquals(Optional.empty(), periods.readClause("该项目于7月份签约，总投资2亿元", H1_2023));
        assertEquals(Optional.empty(), periods.readClause("冷链仓储项目于2022年9月份由县领导带队洽谈", H1_2023));
        assertEquals(Optional.empty(), periods.readClause("物流园于9月开始建设，已完成投资300万元", H1_2023));
        assertEquals(new Period(2023, 3, 3, "3月"), clause("3月签约项目6个，总投资9.4亿元"));
        assertEquals(new Period(null, 1, 8, "今年前8个月"), periods.readReport(null,
                "自2019年5月全区招商推介会召开后，项目落地加快。今年前8个月，全区到位资金21.3亿元，同比增长14%。"
                        + "其中，外资到位1.2亿元，内资到位20.1亿元。", null));
    }

    @Test
    void takesTheYearOnlyWhenWritten() {
        assertEquals(new Period(2022, 1, 12, "2022年"), clause("2022年，计划引进项目30个"));
        assertEquals(new Period(2023, 1, 6, "2023年上半年"), clause("2023年上半年，全区引进项目227个"));
        assertEquals(new Period(null, 1, 6, "20XX年上半年"), clause("20XX年上半年，xx市坚持招商引资"));
        assertEquals(new Period(2022, 1, 6, "去年上半年"), clause("去年上半年签约项目12个"));
        assertEquals(new Period(null, 1, 6, "1-6月"), periods.readClause("1-6月签约项目8个", Period.unknown()).orElseThrow());
    }

    @Test
    void clausesWithoutAPeriodInheritTheReports() {
        assertEquals(Optional.empty(), periods.readClause("全市新签约项目70个", H1_2023));
        assertEquals(new Period(2023, 1, 6, "截至目前"), clause("截至目前，共走访企业323家"));
    }

    @Test
    void anchoredPhrasesEndTheMonthBeforeTheDate() {
        Period p = periods.readReport("关于全区招商引资工作情况的汇报",
                "截至目前，全区实际利用外资1740万美元，完成市分配任务的168.1%。今年以来，走访企业30家。", "2021年11月");
        assertEquals(new Period(2021, 1, 10, "截至目前"), p);
    }

    @Test
    void anchoredPhrasesWithoutADateTakeTheTitlesMonths() {
        Period p = periods.readReport("2023年上半年招商引资工作开展情况",
                "2023年以来，XX县全面落实县委决策部署。\n截至目前，XX县共上报新签约亿元以上项目36个，总投资XX亿元。", null);
        assertEquals(new Period(2023, 1, 6, "截至目前"), p);
    }

    @Test
    void anchoredPhrasesWithoutDateOrTitleTakeTheMonthsOfOtherPhrases() {
        Period p = periods.readReport(null, "截至目前，签约项目12个，总投资8亿元。\n1-5月，到位资金3亿元。", null);
        assertEquals(new Period(null, 1, 5, "截至目前"), p);
    }

    @Test
    void thePeriodOfTheFiguresWinsOverTheTitle() {
        Period p = periods.readReport("2023年上半年全市招商引资工作情况",
                "今年以来，全市上下坚守发展理念。1-5月份，全市新签约项目70个、总投资50亿元。\n1-5月份，开工项目20个。", null);
        assertEquals(new Period(2023, 1, 5, "1-5月份"), p);
    }

    @Test
    void comparisonsAndTargetsDoNotGovern() {
        Period p = periods.readReport(null, "2023年上半年，注册资金同比下降32.52%，较1-5月份收窄24.87个百分点。", null);
        assertEquals(new Period(2023, 1, 6, "2023年上半年"), p);
        Period q = periods.readReport(null, "1-6月，新签约投资额88亿元，完成上半年目标任务的102.4%，占比60.7%。", null);
        assertEquals(new Period(null, 1, 6, "1-6月"), q);
    }

    @Test
    void theMostFiguresDecideBetweenPhrasesOfTheSameMonths() {
        Period p = periods.readReport(null, "20XX年上半年，xx市坚持招商引资。\n1-6月份xx市共引进工业项目34个，投资总额37.35亿元，增长38.9%。", null);
        assertEquals(new Period(null, 1, 6, "1-6月份"), p);
    }

    @Test
    void aTitleAloneGivesThePeriod() {
        assertEquals(new Period(2023, 1, 3, "2023年一季度"), periods.readReport("2023年一季度招商引资工作情况", "全市新签约项目12个。", null));
        assertEquals(new Period(null, null, null, null), periods.readReport(null, "全市新签约项目12个。", null));
    }

    @Test
    void aMonthSingledOutAfterTheYearToDateGovernsItsOwnFigures() {
        String sentence = "仅今年5月份，全县到位资金就达45.2亿元";
        Period may = periods.governing(periods.phrasesIn(sentence), sentence.indexOf("45.2"), H1_2023).orElseThrow();
        assertEquals(5, may.fromMonth());
        assertEquals(5, may.toMonth());
        String part = "其中6月份，新签约项目9个";
        assertEquals(6, periods.governing(periods.phrasesIn(part), part.indexOf("9个"), H1_2023).orElseThrow().fromMonth());
    }
}
