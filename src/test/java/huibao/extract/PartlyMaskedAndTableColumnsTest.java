package huibao.extract;

import huibao.model.Fact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static huibao.extract.FactExtractorTest.fact;
import static huibao.extract.FactExtractorTest.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures with some digits masked, and a table column that breaks down the column before it. */
class PartlyMaskedAndTableColumnsTest {

    @Test
    void aNumberWithSomeDigitsMaskedIsAMaskedFigure() {
        List<Fact> fs = facts("接待来访客商2X批次，签约项目1X个，到位资金1X.X亿元。");
        for (String masked : List.of("2X批次", "1X个", "1X.X亿元")) {
            Fact f = fact(fs, masked);
            assertTrue(f.redacted(), masked);
            assertNull(f.baseValue(), masked);
        }
        assertEquals("projects_signed", fact(fs, "1X个").indicator());
    }

    @Test
    void aYearWithMaskedDigitsIsNoFigure() {
        List<Fact> fs = facts("20XX年全区新签约项目12个。");
        assertEquals(List.of("12个"), fs.stream().map(Fact::text).toList());
    }

    @Test
    void aQizhongColumnBreaksDownTheColumnBeforeIt() {
        List<Fact> fs = facts("表  1-8月各乡镇招商引资主要指标\n"
                + "单位\t新签约项目（个）\t其中亿元以上（个）\t协议投资（万元）\n"
                + "梧桐镇\t6\t3\t168500\n"
                + "青岚镇\t5\t2\t124300\n"
                + "合计\t11\t5\t292800\n");
        // each row reads 新签约项目, 其中亿元以上, 协议投资: the second cell of every row
        List<Fact> large = List.of(fs.get(1), fs.get(4), fs.get(7));
        assertEquals(List.of("3", "2", "5"), large.stream().map(Fact::text).toList());
        large.forEach(f -> assertEquals("projects_signed", f.indicator(), f.text()));
        assertEquals("projects_signed_investment", fact(fs, "168500").indicator());
    }
}
