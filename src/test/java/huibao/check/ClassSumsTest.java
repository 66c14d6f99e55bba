package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Classes whose counts split a total count must split its amount too, across sentences. */
class ClassSumsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsClassesWhoseAmountsFallShortOfTheTotalTheirCountsSplit() throws IOException {
        // 31 + 9 + 4 = 44 projects, but 402.6 + 88.15 + 12.3 = 503.05亿元 of the 560亿元 stated
        var checked = desk.check(report("city.txt", """
                澜州市2024年1-9月招商引资工作情况
                1-9月，全市共签约项目44个，总投资560亿元。
                从产业看，工业项目31个，总投资402.6亿元；服务业项目9个，总投资88.15亿元。
                农业项目4个，总投资12.3亿元。
                """));
        List<Finding> errors = checked.of(Finding.Kind.PARTS_SUM).stream()
                .filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        assertEquals(1, errors.size(), checked.listed());
        assertEquals("560亿元", errors.get(0).stated());
    }

    @Test
    void confirmsClassesWhoseAmountsMakeUpTheTotal() throws IOException {
        var checked = desk.check(report("city.txt", """
                澜州市2024年1-9月招商引资工作情况
                1-9月，全市共签约项目44个，总投资503.05亿元。
                从产业看，工业项目31个，总投资402.6亿元；服务业项目9个，总投资88.15亿元。
                农业项目4个，总投资12.3亿元。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    @Test
    void leavesAPartialListOfClassesUnjudged() throws IOException {
        // 31 + 9 = 40 of 44: some projects are in classes the report does not list
        var checked = desk.check(report("city.txt", """
                澜州市2024年1-9月招商引资工作情况
                1-9月，全市共签约项目44个，总投资560亿元。
                从产业看，工业项目31个，总投资402.6亿元；服务业项目9个，总投资88.15亿元。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }

    @Test
    void takesNoClassOfTheListAsTheTotalOfTheClassesAfterIt() throws IOException {
        // 其他制造业 holds 8 projects, and so do 3 + 5 after it by chance: siblings, not its parts
        var checked = desk.check(report("city.txt", """
                澜州市2024年1-9月招商引资工作情况
                分产业看，纺织业：2个，总投资3.4亿元；其他制造业：8个，总投资41.2亿元；商贸物流：3个，总投资4.6亿元；文化旅游：5个，总投资22.5亿元。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
    }
}
