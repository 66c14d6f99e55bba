package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A rate listed by place, against that place's own counts listed before it. */
class PlaceRatesTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void judgesEachPlacesRateAgainstItsOwnTwoCounts() throws IOException {
        // 绩溪县 18 / 24 = 75% holds; 旌德县 9 / 14 = 64.29% is not 65.3%
        var checked = desk.check(report("xuancheng.txt", """
                宣城市2024年1-9月招商引资工作情况汇报
                1-9月全市新签约项目38个，分别为：绩溪县24个、旌德县14个。
                1-9月全市新签约开工项目27个，分别为：绩溪县18个、旌德县9个。
                各县区新签约项目开工率分别为：绩溪县75%、旌德县65.3%。
                """));
        List<String> lines = checked.of(Finding.Kind.RATIO).stream().map(HandWrittenReports::line).toList();
        assertEquals(List.of("RATIO ERROR expected 64.29% stated 65.3% from [9个, 14个, 65.3%]",
                "RATIO OK expected 75% stated 75% from [18个, 24个, 75%]"), lines);
    }

    @Test
    void leavesARateWhosePlaceHasTwoCounts() throws IOException {
        // 绩溪县 has two counts of started projects (亿元以上 and 5亿元以上): which one the rate divides is unsaid
        var checked = desk.check(report("xuancheng.txt", """
                宣城市2024年1-9月招商引资工作情况汇报
                1-9月全市亿元以上开工项目27个，分别为：绩溪县18个、旌德县9个。
                1-9月全市5亿元以上开工项目6个，分别为：绩溪县4个、旌德县2个。
                1-9月全市亿元以上签约项目40个，分别为：绩溪县25个、旌德县15个。
                各县区项目开工率分别为：绩溪县71.5%、旌德县60%。
                """));
        assertEquals(List.of(), checked.of(Finding.Kind.RATIO));
    }
}
