package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FullWidthFolderTest {

    private static String fold(String text) {
        return Cleaning.run(new FullWidthFolder(), text);
    }

    @Test
    void foldsDigitsPercentAndDecimalPoint() {
        assertEquals("实际使用外资16.7亿美元，增长32.8%，完成全年任务的56.3%",
                fold("实际使用外资１６．７亿美元，增长３２．８％，完成全年任务的５６．３﹪"));
    }

    @Test
    void foldsLatinLettersAndRangeDash() {
        assertEquals("1-6月，RCEP成员国投资项目5个", fold("１－６月，ＲＣＥＰ成员国投资项目５个"));
    }

    @Test
    void foldsThousandsSeparatorOnlyInsideNumbers() {
        assertEquals("总投资1,234亿元，分别为6，6，3个", fold("总投资１，２３４亿元，分别为６，６，３个"));
    }

    @Test
    void keepsChinesePunctuationAndTilde() {
        String text = "（一）项目17个；5000万～1亿元项目：17个。1．签约项目情况";
        assertEquals(text, fold(text));
    }

    @Test
    void replacesOneForOne() {
        String raw = "增长３２．８％";
        assertEquals(raw.length(), fold(raw).length());
    }
}
