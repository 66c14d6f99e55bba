package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two completions of one period and their gaps to one time schedule (序时进度). */
class ScheduleGapsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void reportsTwoGapsThatImplyDifferentSchedules() throws IOException {
        // 61.5 − 8.2 = 53.3 but 66.3 − 9.7 = 56.6: the two rates cannot share one schedule
        var checked = desk.check(report("luting.txt", """
                澜州市鹭汀区2024年1-7月招商引资工作情况汇报
                1-7月，全区实际到位资金完成年度目标任务的61.5%，高于序时进度8.2个百分点；实际使用外资完成年度目标任务的66.3%，超序时进度9.7%。
                """));
        Finding f = checked.only(Finding.Kind.COMPLETION);
        assertEquals(Finding.Severity.ERROR, f.severity(), checked.listed());
        assertEquals("9.7%", f.stated());
    }

    @Test
    void confirmsGapsThatMeetOneSchedule() throws IOException {
        // 61.5 − 8.2 = 53.3 and 62.1 − 8.8 = 53.3; 49.0 + 4.3 = 53.3 for a rate behind it
        var checked = desk.check(report("yunchuan.txt", """
                澜州市蕴川区2024年1-7月招商引资工作情况汇报
                1-7月，全区实际到位资金完成年度目标任务的61.5%，高于序时进度8.2个百分点；实际使用外资完成年度目标任务的62.1%，超序时进度8.8个百分点；新签约项目完成年度目标任务的49%，低于序时进度4.3个百分点。
                """));
        assertEquals(List.of(), checked.flagged(), checked.listed());
        assertEquals(2, checked.of(Finding.Kind.COMPLETION).stream()
                .filter(f -> f.message().startsWith("同一序时进度")).count(), checked.listed());
    }

    @Test
    void leavesASingleGapUnjudged() throws IOException {
        // one rate and one gap say nothing of what the schedule should be
        var checked = desk.check(report("qiaoshan.txt", """
                澜州市桥山镇2024年1-5月招商引资工作情况汇报
                1-5月，全镇实际到位资金完成年度目标任务的47.3%，高于序时进度2.6个百分点。
                """));
        assertEquals(List.of(), checked.of(Finding.Kind.COMPLETION), checked.listed());
    }
}
