package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lone characters a PDF's text layer scatters between blanks inside figures go; ordinary words stay. */
class StrayCharacterRemoverTest {

    private static String clean(String text) {
        return Cleaning.run(new StrayCharacterRemover(Cleaning.RULES), text);
    }

    @Test
    void cutsStrayCharacterBetweenDigitsOfOneFigure() {
        assertEquals("出口额同比增长34.58%。", clean("出口额同比增长3 蚪 4.58%。"));
    }

    @Test
    void cutsStrayCharacterBetweenNumberAndMoneyOrPercentUnit() {
        assertEquals("实际到位外资 318 万美元，完成年度任务的 64.2%；", clean("实际到位外资 318 万 鹞 美元，完成年度任务的 64.2 涩 %；"));
        assertEquals("外资 46 万美元，", clean("外资 46 万美 骁 元，"));
    }

    @Test
    void cutsCharacterOfAnotherScriptInsideWord() {
        assertEquals("税收同比增长9.6%", clean("税收同比增 ヵ 长9.6%"));
    }

    @Test
    void keepsWordsThatStandBetweenFigures() {
        for (String text : new String[] {"1 至 9 月，签约 2 或 3 个项目", "实施 4 大 类工程", "全年 2023 年 5 月完成",
                "新签 12 项 工作", "占地 300 亩 地 块 ，"}) {
            assertEquals(text, clean(text));
        }
    }

    @Test
    void keepsStrayCharacterAfterCompleteUnit() {
        String text = "引资 87.5 万美元 蜇 ，";
        assertEquals(text, clean(text));
    }
}
