package huibao.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import huibao.model.ReportDate;
import org.junit.jupiter.api.Test;

/** The date written under a report's title, read once with the report's metadata. */
class ReportDateReaderTest {

    @Test
    void readsTheDateAsWrittenUnderTheTitle() {
        assertEquals(20240710, written("2024年7月10日"));
        assertEquals(20240708, written("（2024年7月8日）"));
        assertEquals(20211100, written("2021年11月"));
        assertEquals(20240405, written("２０２４年４月５号"));
    }

    @Test
    void readsDatesInChineseNumerals() {
        assertEquals(20210700, written("二〇二一年七月"));
        assertEquals(20241231, written("二〇二四年十二月三十一日"));
        assertEquals(20240610, written("二○二四年六月十日"));
    }

    @Test
    void aMaskedOrMalformedDateIsNoDate() {
        assertNull(written("20XX年4月"));
        assertNull(written("2024年13月"));
        assertNull(written("2024年十十月"));
        assertNull(written(null));
    }

    private static Integer written(String date) {
        ReportDate d = ReportDateReader.read(date);
        return d == null ? null : d.key();
    }
}
