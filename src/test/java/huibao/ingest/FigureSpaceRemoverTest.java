package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FigureSpaceRemoverTest {

    private final FigureSpaceRemover step = new FigureSpaceRemover(Cleaning.RULES);

    private String clean(String text) {
        return Cleaning.run(step, text);
    }

    @Test
    void joinsFigureToItsUnit() {
        assertEquals("全市合同利用市外资金5450亿元，增长22.4%；引进总投资10亿元以上项目180个，",
                clean("全市合同利用市外资金5450 亿元，增长22.4%；引进总投资10 亿元以上项目180 个，"));
        assertEquals("新设外商投资企业219个", clean("新设外商投资企业219 个"));
        assertEquals("高技术产业占比提高13.5个百分点。", clean("高技术产业占比提高13.5 个百分点。"));
        assertEquals("同比增长11.7%", clean("同比增长11.7 %"));
    }

    @Test
    void joinsPeriodToItsMonth() {
        assertEquals("1-6月，全市新设外商投资企业111个", clean("1-6 月，全市新设外商投资企业111 个"));
    }

    @Test
    void joinsBlankAfterDecimalPoint() {
        assertEquals("实际使用外资增长28.1%", clean("实际使用外资增长28. 1%"));
        assertEquals("总投资52.1亿元", clean("总投资52 .1亿元"));
    }

    @Test
    void keepsBlankWhereRedactedFigureStands() {
        String redacted = "签约项目4个，总投资额\u00A0\u00A0 亿元（含外资1000万美元）";
        assertEquals(redacted, clean(redacted));
    }

    @Test
    void joinsLetterSpacedNumber() {
        assertEquals("本届政府从1993年3月就职", clean("本届政府从1 9 9 3 年3 月就职"));
    }

    @Test
    void keepsBlanksBetweenDigitGroups() {
        assertEquals("发布时间：2026-02-03 09:00", clean("发布时间：2026-02-03 09:00"));
        assertEquals("新签约项目\t25 30 45", clean("新签约项目\t25 30 45"));
    }

    @Test
    void keepsBlankBeforeFigureAndAfterListMarker() {
        String text = "5、 借助招商活动，全省 100个县（市）参与";
        assertEquals(text, clean(text));
    }

    @Test
    void joinsDigitsOfFigureSplitByBlank() {
        assertEquals("完成工业投资47亿元，增长23.6%，", clean("完成工业投资4 7亿元，增长2 3.6%，"));
        assertEquals("增长41.7%", clean("增长41. 7%"));
    }

    @Test
    void joinsNumeralOrMultiplierToItsUnit() {
        assertEquals("新落地项目七个，到位外资268万美元，税收3150万元", clean("新落地项目七 个，到位外资268 万 美元，税收3150 万 元"));
    }

    @Test
    void joinsRangeSplitByBlanks() {
        assertEquals("1-9月，全县到位资金", clean("1 - 9 月，全县到位资金"));
        assertEquals("1至5月份", clean("1 至 5 月份"));
    }

    @Test
    void keepsListMarkersAndSeparateNumbers() {
        for (String text : new String[] {"1. 项目建设 2. 招商活动", "2023 年", "新签约项目 25 30 45"}) {
            assertEquals(text.replace("2023 年", "2023年"), clean(text));
        }
    }
}
