package huibao.extract.place;

import huibao.config.Dictionaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegionNamePartsTest {

    private static RegionNameParts parts;

    @BeforeAll
    static void load() {
        parts = RegionNameParts.load(Dictionaries.packaged());
    }

    @Test
    void dropsTheDivisionWord() {
        assertEquals(List.of("钢城"), parts.shortForms("钢城区"));
        assertEquals(List.of("济南"), parts.shortForms("济南市"));
        assertEquals(List.of("山东"), parts.shortForms("山东省"));
        assertEquals(List.of("阿克苏"), parts.shortForms("阿克苏地区"));
        assertEquals(List.of("浦东"), parts.shortForms("浦东新区"));
        assertEquals(List.of("香港"), parts.shortForms("香港特别行政区"));
    }

    @Test
    void dropsEthnicGroupsBeforeTheAutonomySuffix() {
        assertEquals(List.of("景谷"), parts.shortForms("景谷傣族彝族自治县"));
        assertEquals(List.of("内蒙古"), parts.shortForms("内蒙古自治区"));
        assertEquals(List.of("新疆"), parts.shortForms("新疆维吾尔自治区"));
        assertEquals(List.of("西藏"), parts.shortForms("西藏自治区"));
        assertEquals(List.of("湘西"), parts.shortForms("湘西土家族苗族自治州"));
        assertEquals(List.of("积石山"), parts.shortForms("积石山保安族东乡族撒拉族自治县"));
        assertEquals(List.of("龙胜"), parts.shortForms("龙胜各族自治县"));
        assertEquals(List.of("鄂温克"), parts.shortForms("鄂温克族自治旗"));
        assertEquals(List.of("鄂伦春"), parts.shortForms("鄂伦春自治旗"));
    }

    @Test
    void neverDerivesAOneCharacterShortForm() {
        assertEquals(List.of(), parts.shortForms("和县"));
        assertEquals(List.of(), parts.shortForms("城区"));
        assertEquals(List.of(), parts.shortForms("芒市"));
        // a long division word needs a long enough stem: 清新区 is 清新, not 清
        assertEquals(List.of("清新"), parts.shortForms("清新区"));
        assertEquals(List.of("万柏林"), parts.shortForms("万柏林区"));
        assertEquals(List.of("神农架"), parts.shortForms("神农架林区"));
    }

    @Test
    void abbreviatesDevelopmentZonesAsReportsDo() {
        assertEquals(List.of("合肥经开区"), parts.zoneShortForms("合肥经济技术开发区", List.of("安徽")));
        assertEquals(List.of("衡水高新技术产业开发区", "河北衡水高新区", "衡水高新区"),
                parts.zoneShortForms("河北衡水高新技术产业开发区", List.of("河北")));
    }
}
