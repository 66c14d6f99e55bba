package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import huibao.model.Period;
import org.junit.jupiter.api.Test;

/** The day a report stands at, for sorting by date. */
class ReportDatesTest {

    @Test
    void readsTheDateAsWrittenUnderTheTitle() {
        assertEquals(20240710, ReportDates.written("2024年7月10日"));
        assertEquals(20240708, ReportDates.written("（2024年7月8日）"));
        assertEquals(20211100, ReportDates.written("2021年11月"));
        assertEquals(20240405, ReportDates.written("２０２４年４月５号"));
    }

    @Test
    void readsDatesInChineseNumerals() {
        assertEquals(20210700, ReportDates.written("二〇二一年七月"));
        assertEquals(20241231, ReportDates.written("二〇二四年十二月三十一日"));
        assertEquals(20240610, ReportDates.written("二○二四年六月十日"));
    }

    @Test
    void aMaskedOrMalformedDateIsNoDate() {
        assertNull(ReportDates.written("20XX年4月"));
        assertNull(ReportDates.written("2024年13月"));
        assertNull(ReportDates.written("2024年十十月"));
        assertNull(ReportDates.written(null));
    }

    @Test
    void withoutADateTheReportStandsAtTheEndOfItsPeriod() {
        assertEquals(20240630, ReportDates.sortKey(null, new Period(2024, 1, 6, "上半年")));
        assertEquals(20240229, ReportDates.sortKey("20XX年3月", new Period(2024, 1, 2, "1-2月")));
        assertEquals(20231231, ReportDates.sortKey(null, new Period(2023, null, null, null)));
        assertNull(ReportDates.sortKey(null, new Period(null, 1, 6, "1-6月")));
        assertEquals(20240705, ReportDates.sortKey("2024年7月5日", new Period(2024, 1, 6, "1-6月")));
    }
}
