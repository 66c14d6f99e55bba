package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {

    private static String remove(String text) {
        return Cleaning.run(new BoilerplateRemover(Cleaning.BOILERPLATE), text);
    }

    @Test
    void dropsPaidMarkerLines() {
        assertEquals("目录\n2023年上半年全市招商引资工作情况\t5\n正文\n",
                remove("目录\n##paidbegin##\n2023年上半年全市招商引资工作情况\t5\n正文\n##paidend##\n"));
    }

    @Test
    void dropsWordBookmarkInsideLine() {
        assertEquals("七、创新方式方法，强化督查考核。\n", remove("[bookmark: _GoBack]七、创新方式方法，强化督查考核。\n"));
    }

    @Test
    void dropsAdvertisingBlock() {
        String report = "三、下步工作措施\n各级各部门要对上半年招商引资工作进行全面复盘。\n\n";
        String advert = "【某某素材库】每天更新材料，会员群同步更新，有意加入请联系客服\n"
                + "加入VIP会员，添加客服领取资料，谨防假冒！\n"
                + "扫码添加：某某君\n";
        assertEquals(report, remove(report + advert));
    }

    @Test
    void keepsProseWithOneAdvertWord() {
        String text = "开展重点商协会集中拜访活动，挖掘会员企业资源。\n用好政企联络微信群和12345热线，联系服务企业，推行“扫码入企”检查。\n";
        assertEquals(text, remove(text));
    }

    @Test
    void dropsSeedCompilationAdvertTail() {
        String text = Seeds.text(Seeds.seed("001"));
        String cleaned = remove(text);
        assertTrue(text.contains("素材库"));
        assertFalse(cleaned.contains("素材库"));
        assertFalse(cleaned.contains("代笔"));
        assertFalse(cleaned.contains("##paid"));
        assertTrue(cleaned.stripTrailing().endsWith("确保成熟项目快速有序推进。"));
    }
}
