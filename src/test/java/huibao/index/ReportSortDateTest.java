package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import huibao.extract.metadata.ReportDateReader;
import huibao.model.Period;
import org.junit.jupiter.api.Test;

/** The day a report stands at, for sorting by date. */
class ReportSortDateTest {

    @Test
    void withoutADateTheReportStandsAtTheEndOfItsPeriod() {
        assertEquals(20240630, ReportDocuments.sortKey(null, new Period(2024, 1, 6, "上半年")));
        assertEquals(20240229, ReportDocuments.sortKey(ReportDateReader.read("20XX年3月"), new Period(2024, 1, 2, "1-2月")));
        assertEquals(20231231, ReportDocuments.sortKey(null, new Period(2023, null, null, null)));
        assertNull(ReportDocuments.sortKey(null, new Period(null, 1, 6, "1-6月")));
        assertEquals(20240705, ReportDocuments.sortKey(ReportDateReader.read("2024年7月5日"), new Period(2024, 1, 6, "1-6月")));
    }
}
