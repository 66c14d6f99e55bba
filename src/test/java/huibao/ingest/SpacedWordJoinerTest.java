package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A blank between two Chinese characters inside a sentence is layout; a table row or a blank where a figure is left out keeps it. */
class SpacedWordJoinerTest {

    private static String clean(String text) {
        return Cleaning.run(new SpacedWordJoiner(Cleaning.RULES), text);
    }

    @Test
    void joinsLetterSpacedSentence() {
        assertEquals("实现税收收入 2045万元 , 同期增长 37.2%，", clean("实 现 税 收 收 入 2045万元 , 同 期 增 长 37.2%，"));
    }

    @Test
    void joinsWordBrokenByOneBlank() {
        assertEquals("引进内资9.1亿元，同比增长 15.8%。", clean("引进内资9.1亿元，同比增 长 15.8%。"));
    }

    @Test
    void keepsBlankWhereFigureIsLeftOut() {
        String text = "新签约项目 个，总投资 亿元。";
        assertEquals(text, clean(text));
    }

    @Test
    void keepsBlanksOfLineWithoutClauseMarks() {
        String text = "项目名称 投资额 建设地点\n";
        assertEquals(text, clean(text));
    }
}
