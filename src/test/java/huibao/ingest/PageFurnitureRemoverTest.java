package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageFurnitureRemoverTest {

    private static String flowing(String text) {
        return Cleaning.run(new PageFurnitureRemover(Cleaning.BOILERPLATE, false), text);
    }

    private static String paged(String text) {
        return Cleaning.run(new PageFurnitureRemover(Cleaning.BOILERPLATE, true), text);
    }

    @Test
    void dropsPageNumberLinesWherever() {
        assertEquals("一、工作进展情况\n全市新签约项目25个。\n二、存在主要问题\n",
                flowing("一、工作进展情况\n- 3 -\n全市新签约项目25个。\n— 4 —\n二、存在主要问题\n第 5 页 共 10 页\n"));
    }

    @Test
    void keepsBareNumberInFlowingText() {
        String table = "指标\t数值\n新签约项目\n25\n";
        assertEquals(table, flowing(table));
    }

    @Test
    void dropsBareNumbersAtPageBreaks() {
        assertEquals("全市新签约项目25个，\n总投资52.1亿元。\n",
                paged("全市新签约项目25个，\n3\n\f总投资52.1亿元。\n4\n\f"));
    }

    @Test
    void keepsBareNumberInsidePage() {
        assertEquals("新签约项目\n25\n个，总投资52.1亿元。\n",
                paged("新签约项目\n25\n个，总投资52.1亿元。\n\f"));
    }

    @Test
    void dropsRunningHeadersAndFooters() {
        String raw = "XX县投资促进局工作简报\n关于招商引资工作情况的汇报\n今年以来，全县实际使用外资1740万美元，\n内部资料 注意保存\n- 1 -\n\f"
                + "XX县投资促进局工作简报\n同比增长32.8%。\n内部资料 注意保存\n- 2 -\n\f"
                + "XX县投资促进局工作简报\n新签约项目25个。\n内部资料 注意保存\n- 3 -\n\f";
        assertEquals("关于招商引资工作情况的汇报\n今年以来，全县实际使用外资1740万美元，\n同比增长32.8%。\n新签约项目25个。\n",
                paged(raw));
    }

    @Test
    void dropsHeaderCarryingPageNumber() {
        String raw = "招商工作简报 第1期\n一、主要做法\n\f招商工作简报 第2期\n二、存在问题\n\f";
        assertEquals("一、主要做法\n二、存在问题\n", paged(raw));
    }

    @Test
    void keepsLineRepeatedAwayFromPageEdges() {
        String first = "一、主要做法\n按期推进。\n";
        String second = "二、存在问题\n项目储备不足。\n按期推进。\n要素保障不足。\n三、下步打算\n";
        assertEquals(first + second, paged(first + "\f" + second + "\f"));
    }

    @Test
    void dropsBlankLinesAtPageEdges() {
        assertEquals("全区走访企业\n45家。\n", paged("全区走访企业\n\n\n\f\n45家。\n\n\f"));
    }
}
