package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BrokenLineJoinerTest {

    private static String join(String text) {
        return Cleaning.run(new BrokenLineJoiner(Cleaning.RULES), text);
    }

    @Test
    void joinsLineBrokenMidSentence() {
        assertEquals("今年以来，全区实际使用外资1740万美元，同比增长32.8%，完成全年任务的56.3%。\n",
                join("今年以来，全区实际使用外资1740万美元，同比增长\n32.8%，完成全年任务的56.3%。\n"));
    }

    @Test
    void keepsBreakAfterSentenceEnd() {
        String text = "今年以来，全区实际使用外资1740万美元，同比增长32.8%。\n新签约项目25个，总投资52.1亿元。\n";
        assertEquals(text, join(text));
    }

    @Test
    void keepsParagraphEndingShortOfMargin() {
        String text = "城东区2023年上半年招商引资工作情况汇报\n今年以来，全区实际使用外资1740万美元，同比增长\n32.8%，完成全年任务。\n";
        assertEquals("城东区2023年上半年招商引资工作情况汇报\n今年以来，全区实际使用外资1740万美元，同比增长32.8%，完成全年任务。\n",
                join(text));
    }

    @Test
    void keepsBreakBeforeHeadingOrListItem() {
        String text = "围绕新材料、电子信息两条主导产业链，全区走访企业45家，对接在谈项目\n"
                + "（二）优化营商环境。推行项目代办服务，帮助企业解决问题23个，新开工项目18个\n"
                + "二、下一步打算\n";
        assertEquals(text, join(text));
    }

    @Test
    void keepsBreakBeforeIndentedParagraph() {
        String text = "围绕新材料、电子信息两条主导产业链，全区走访企业45家，对接在谈项目\n"
                + "\u3000\u3000帮助企业解决用地、用工等问题23个，新开工项目18个，履约率达到\n";
        assertEquals(text, join(text));
    }

    @Test
    void deletesBlanksAroundJoin() {
        assertEquals("全区走访企业45家，对接在谈项目12个，其中亿元以上项目7个，计划总投资38.6亿元。\n",
                join("全区走访企业45家，对接在谈项目12个，其中亿元以上项目7个，计划总投资 \n 38.6亿元。\n"));
    }

    @Test
    void joinsLatinWordsWithSpace() {
        assertEquals("Regional Comprehensive Economic Partnership members invested in five new projects here\n",
                join("Regional Comprehensive Economic Partnership members invested in\nfive new projects here\n"));
    }

    @Test
    void joinsNumberBrokenOverLinesWithoutSpace() {
        assertEquals("今年以来，全区实际使用外资1740万美元，同比增长32.8%，完成全年任务的56.3%。\n",
                join("今年以来，全区实际使用外资1740万美元，同比增长32.8%，完成全年任务的5\n6.3%。\n"));
    }

    @Test
    void keepsContentsEntriesApart() {
        String text = "2023年上半年全市招商引资工作情况…………………………5\n2023年上半年我区招商引资工作情况……………………10\n";
        assertEquals(text, join(text));
    }

    private static String joinWrapped(String text) {
        return Cleaning.run(new BrokenLineJoiner(Cleaning.RULES, true), text);
    }

    @Test
    void joinsHardWrappedPlainText() {
        String text = "今年以来，在县委县政府的领导下，全乡干部群众紧紧围绕“项目\n"
                + "强乡、产业富民”的目标，扎实推进各项工作。上半年，完成固定\n"
                + "资产投资 2.6 亿元，同比增长 13%，其中工业投资 1.9 亿元，同比\n"
                + "增长 8.2%，服务业投资 0.7 亿元，协议引进外资资金 4.5\n"
                + "亿美元。\n"
                + "二、下一步工作打算\n";
        assertEquals("今年以来，在县委县政府的领导下，全乡干部群众紧紧围绕“项目强乡、产业富民”的目标，扎实推进各项工作。"
                + "上半年，完成固定资产投资 2.6 亿元，同比增长 13%，其中工业投资 1.9 亿元，同比增长 8.2%，"
                + "服务业投资 0.7 亿元，协议引进外资资金 4.5亿美元。\n"
                + "二、下一步工作打算\n", joinWrapped(text));
    }

    @Test
    void keepsLinesOfTextWrittenOneParagraphALine() {
        String text = "今年以来，全区实际使用外资1740万美元，同比增长32.8%。\n"
                + "新签约项目25个，总投资52.1亿元，其中亿元以上项目9个。\n"
                + "外出招商活动16场，接待客商来访43批次，对接企业80家。\n"
                + "项目名称\n";
        assertEquals(text, joinWrapped(text));
    }

    private static String joinFlowing(String text) {
        return Cleaning.run(new BrokenLineJoiner(Cleaning.RULES, true), text);
    }

    @Test
    void joinsShortLineToTheFigureOnTheNextLine() {
        assertEquals("1-9月，全市新引进项目86个，合同金额214.6亿元，比上年增长9.6%。\n",
                joinFlowing("1-9月，全市新引进项目86个，合同金额\n214.6亿元，比上年增长\n 9.6%。\n"));
    }

    @Test
    void joinsLabelToMaskOrUnitOnTheNextLine() {
        assertEquals("签约项目XX个，签约总额X亿元，其中工业项目投资额12.5亿元。\n",
                joinFlowing("签约项目\nXX个，签约总额\nX亿元，其中工业项目投资额12.5\n亿元。\n"));
    }

    @Test
    void keepsTitleOrHeadingApartFromDateOrItemBelow() {
        String text = "东湖镇前三季度新签约项目11个\n10月9日，记者从镇经济发展办获悉，前三季度签约项目11个。\n"
                + "一、主要指标\n2.6亿元的到位资金中，外资占三成。\n"
                + "东湖镇2024年招商引资工作总结\n2024年，全镇上下紧盯目标。\n";
        assertEquals(text, joinFlowing(text));
    }

    @Test
    void keepsTableRowsApart() {
        String text = "上半年签约的重点项目如下。\n1 智能装备产业园 5亿元\n2 冷链物流中心 3亿元\n";
        assertEquals(text, joinFlowing(text));
    }
}
