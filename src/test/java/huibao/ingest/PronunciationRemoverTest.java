package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PronunciationRemoverTest {

    private static String remove(String text) {
        return Cleaning.run(new PronunciationRemover(), text);
    }

    @Test
    void deletesTheReadingAWebPagePrintsInsideAWord() {
        assertEquals("全县引进项目资金36.5亿元，同比增长9.4%",
                remove("全县引进(yǐn)项(xiàng)目资金36.5亿元，同比增长(zhǎng)9.4%"));
    }

    @Test
    void keepsBracketsThatAreTheReportsOwn() {
        String text = "RCEP成员国(含日韩)投资项目(2023)共5个，外资(USD)到位(sh)";
        assertEquals(text, remove(text));
    }
}
