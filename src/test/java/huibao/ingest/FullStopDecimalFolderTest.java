package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A full stop printed as the decimal point of a page's figures is read as the point it stands for. */
class FullStopDecimalFolderTest {

    private static final FullStopDecimalFolder STEP = new FullStopDecimalFolder(Cleaning.RULES);

    @Test
    void aPageThatWritesItsDecimalsWithFullStopsGetsItsPointsBack() {
        assertEquals("园区实现营收3.64亿元，同比增长18.2%；新签项目9个，总投资7.105亿元。",
                Cleaning.run(STEP, "园区实现营收3。64亿元，同比增长18。2%；新签项目9个，总投资7。105亿元。"));
    }

    @Test
    void traditionalUnitsAfterTheDigitsCountAfterFolding() {
        String cleaned = Cleaning.cleaner().clean("外貿出口1。25億美元，增長6。5%。").text();
        assertTrue(cleaned.contains("1.25") && cleaned.contains("6.5%"), cleaned);
    }

    @Test
    void oneFullStopBetweenDigitsProvesNothing() {
        String text = "全年签约项目共计16。5个重点项目已开工，另有12。3月份集中签约。";
        assertEquals(text, Cleaning.run(STEP, text));
    }

    @Test
    void datesAfterAFullStopAreNoDecimals() {
        String text = "签约项目共计16。3月举办推介会，引进企业8。5月再次举办。";
        assertEquals(text, Cleaning.run(STEP, text));
    }
}
