package huibao.project;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project's stages and investment over successive reports, on reports written as a district
 * writes them and read by the whole pipeline.
 */
class ProjectTimelineTest {

    @TempDir
    static Path folder;
    private static WrittenReports desk;

    @BeforeAll
    static void openDesk() {
        desk = new WrittenReports(folder);
    }

    @AfterAll
    static void closeDesk() throws IOException {
        desk.close();
    }

    static final String ANNUAL = """
            枫渚区2023年招商引资工作总结
            枫渚区投资促进中心
            （2024年1月12日）

            一、主要工作
            与澄屿生物医药集团有限公司保持密切对接，枫渚生物医药产业园项目已进入实质性洽谈阶段，项目计划总投资约30亿元。
            二、2024年工作打算
            全力推动枫渚生物医药产业园项目上半年签约落地。
            """;

    static final String FIRST_QUARTER = """
            枫渚区2024年一季度招商引资工作情况
            枫渚区投资促进中心
            2024年4月10日

            一、重点项目进展
            2月26日，区政府与澄屿生物医药集团有限公司正式签订生物医药产业园项目投资协议。项目总投资32亿元，规划用地约500亩。
            二、下步打算
            推动生物医药产业园项目二季度开工。
            """;

    static final String HALF_YEAR = """
            枫渚区2024年上半年招商引资工作汇报
            枫渚区投资促进中心
            （2024年7月11日）

            一、上半年工作成效
            生物医药产业园于6月18日开工建设，一期投资12亿元，预计全年可实现产值5亿元。
            """;

    @Test
    void followsOneProjectThroughThreeReportsInTheOrderOfTheirPeriods() throws IOException {
        List<TrackedProject> projects = desk.track("h1.txt", HALF_YEAR, "2023.txt", ANNUAL, "q1.txt", FIRST_QUARTER);
        assertEquals(1, projects.size(), () -> projects.stream().map(TrackedProject::names).toList().toString());
        TrackedProject p = projects.get(0);
        assertEquals("枫渚生物医药产业园项目", p.name());
        assertEquals(List.of("枫渚生物医药产业园项目", "生物医药产业园项目", "生物医药产业园"), p.names());
        assertEquals("枫渚区", p.regionName());
        assertEquals(List.of("澄屿生物医药集团有限公司"), p.investors());
        assertEquals(List.of("2023.txt 在谈", "2023.txt 计划签约", "q1.txt 签约", "q1.txt 计划开工", "h1.txt 开工"),
                p.timeline().stream().map(s -> s.report().doc() + " " + s.label()).toList());
        assertEquals("开工", p.stage());
        assertEquals(List.of("在谈", "签约", "开工"), p.stagePath());
        assertEquals(3, p.reports().size());
    }

    @Test
    void eachReportStatesTheInvestmentInItsOwnWords() throws IOException {
        TrackedProject p = desk.track("2023.txt", ANNUAL, "q1.txt", FIRST_QUARTER, "h1.txt", HALF_YEAR).get(0);
        assertEquals(List.of("2023.txt 计划总投资约30亿元", "q1.txt 总投资32亿元", "h1.txt 一期投资12亿元"),
                p.investment().stream().map(f -> f.report().doc() + " " + f.display()).toList());
        assertEquals("h1.txt 一期投资12亿元", p.latestInvestment().map(f -> f.report().doc() + " " + f.display()).orElseThrow());
        InvestmentFigure first = p.investment().get(0);
        assertEquals(0, new BigDecimal("3000000000").compareTo(first.fact().baseValue()));
        assertTrue(first.fact().approx(), "约30亿元 is an approximate figure");
    }

    @Test
    void aStepWrittenAsAPlanDoesNotMoveTheStage() throws IOException {
        String report = """
                蕴川区2024年上半年招商引资工作汇报
                蕴川区商务局
                （2024年7月5日）

                一、主要成效
                6月，澜汐冷链物流港项目正式签约，由澜汐供应链有限公司投资建设；力争澜汐冷链物流港项目9月底前开工。
                """;
        TrackedProject p = desk.track("h1.txt", report).get(0);
        assertEquals(List.of("签约", "计划开工"), p.timeline().stream().map(StageStep::label).toList());
        assertEquals("签约", p.stage());
    }

    @Test
    void aProjectPushedToBuildFasterIsBeingBuiltWhateverTheSection() throws IOException {
        String report = """
                棠阜县1-5月份招商引资工作情况
                棠阜县投资促进服务中心
                （2024年6月6日）

                一、工作进展
                今年以来，全县新签约项目5个。
                二、下一步打算
                推动鑫瑞新型陶瓷项目主体厂房加快建设，推动鑫瑞新型陶瓷项目9月竣工投产。
                """;
        TrackedProject p = desk.track("m5.txt", report).get(0);
        assertEquals(List.of("在建", "计划竣工投产"), p.timeline().stream().map(StageStep::label).toList());
        assertEquals("在建", p.stage());
    }

    @Test
    void aCityReportOfTheSamePeriodFollowsTheDistrictsByItsDate() throws IOException {
        String city = """
                关于2024年1-6月全市招商引资工作情况的通报
                澜州市投资促进局
                （2024年7月16日）

                一、总体情况
                枫渚区生物医药产业园项目于6月中旬开工建设，项目总投资32亿元。
                """;
        TrackedProject p = desk.track("city.txt", city, "h1.txt", HALF_YEAR, "q1.txt", FIRST_QUARTER).get(0);
        assertEquals(List.of("q1.txt", "h1.txt", "city.txt"), p.reports().stream().map(ReportRef::doc).toList());
        assertEquals("city.txt 总投资32亿元", p.latestInvestment().map(f -> f.report().doc() + " " + f.display()).orElseThrow());
    }
}
