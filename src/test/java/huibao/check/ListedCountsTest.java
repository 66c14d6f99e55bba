package huibao.check;

import huibao.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;

import static huibao.check.HandWrittenReports.line;
import static huibao.check.HandWrittenReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A count against the names its sentence lists before 等 or 包括…在内的. */
class ListedCountsTest {

    @RegisterExtension
    static final HandWrittenReports desk = HandWrittenReports.desk();

    @Test
    void flagsMoreNamesThanTheCountTheyCloseWith() throws IOException {
        var more = desk.check(report("qinghe.txt", """
                澜州市青禾县2024年1-6月招商引资工作情况
                1-6月，全县成功引进青禾光电、澜江冷链、禾丰新材料、云岭食品等3个项目，协议总投资12.5亿元。
                """));
        Finding f = more.only(Finding.Kind.LIST_SUM);
        assertEquals("LIST_SUM ERROR expected 不少于 4个 stated 3个 from [3个]", line(f));
        assertEquals("列举的名称 4 项（青禾光电、澜江冷链、禾丰新材料、云岭食品），多于报告写的 3个", f.message());
        var same = desk.check(report("qinghe.txt", """
                澜州市青禾县2024年1-6月招商引资工作情况
                1-6月，全县成功引进青禾光电、澜江冷链、禾丰新材料、云岭食品等4个项目，协议总投资12.5亿元。
                """));
        assertEquals(Finding.Severity.OK, same.only(Finding.Kind.LIST_SUM).severity(), same.listed());
    }

    @Test
    void takesFewerNamesThanTheCountForSomeOfTheThings() throws IOException {
        // 包括…在内 and 等 may name only some of the six
        var some = desk.check(report("qinghe.txt", """
                澜州市青禾县2024年1-6月招商引资工作情况
                上半年，全县签约包括北辰智造、鹭岛物流在内的6个项目，又引进星河电子、汇川装备等5个项目。
                """));
        assertEquals(List.of(), some.of(Finding.Kind.LIST_SUM), some.listed());
        var within = desk.check(report("qinghe.txt", """
                澜州市青禾县2024年1-6月招商引资工作情况
                上半年，全县签约包括北辰智造、鹭岛物流、云杉医药在内的2个项目。
                """));
        assertEquals(Finding.Severity.ERROR, within.only(Finding.Kind.LIST_SUM).severity(), within.listed());
    }

    @Test
    void leavesARunOfTwoListsUnread() throws IOException {
        // 上海、深圳 are places, 星河电子、汇川装备 the two projects: no one list of names
        var two = desk.check(report("qinghe.txt", """
                澜州市青禾县2024年1-6月招商引资工作情况
                上半年，县领导在上海、深圳签约星河电子、汇川装备等2个项目。
                """));
        assertEquals(List.of(), two.of(Finding.Kind.LIST_SUM), two.listed());
    }
}
