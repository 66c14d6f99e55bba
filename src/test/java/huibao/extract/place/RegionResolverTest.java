package huibao.extract.place;

import huibao.config.Dictionaries;
import huibao.model.Region;
import huibao.model.RegionLevel;
import huibao.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionResolverTest {

    private static RegionResolver regions;

    @BeforeAll
    static void load() {
        regions = RegionResolver.load(Dictionaries.packaged());
    }

    private static List<String> found(String text) {
        return regions.findPlaces(text).stream().map(p -> p.text() + "/" + p.form()).toList();
    }

    private static String code(Optional<Region> r) {
        return r.map(Region::code).orElse(null);
    }

    @Test
    void findsFullNamesWithSpansAndCandidates() {
        List<PlaceMention> places = regions.findPlaces("多措并举推动顺义区招商引资工作。");
        assertEquals(1, places.size());
        PlaceMention p = places.get(0);
        assertEquals(new Span(6, 9), p.span());
        assertEquals("顺义区", p.text());
        assertEquals(PlaceMention.Form.FULL_NAME, p.form());
        assertEquals("110113", p.unique().orElseThrow().code());
    }

    @Test
    void readsUnambiguousShortFormsInsideOrdinaryPhrases() {
        assertEquals(List.of("钢城/SHORT_NAME", "钢城/SHORT_NAME"), found("打造钢城供应链生态圈，吸引客商来钢城投资"));
        assertEquals(List.of("上海/SHORT_NAME"), found("与上海医药集团签订合作协议"));
    }

    @Test
    void listsOfDestinationsAreAllPlaces() {
        assertEquals(List.of("上海/SHORT_NAME", "杭州/SHORT_NAME", "南京/SHORT_NAME"), found("赴上海、杭州、南京开展招商推介"));
    }

    @Test
    void shortFormsThatAreOrdinaryWordsNeedAPlaceCue() {
        assertEquals(List.of(), found("营造和平稳定的发展环境"));
        assertEquals(List.of("和平/SHORT_NAME"), found("组织企业赴和平考察"));
        assertEquals(List.of("和平区", "和平区", "和平县"),
                regions.findPlaces("组织企业赴和平考察").get(0).candidates().stream().map(Region::name).toList());
    }

    @Test
    void shortFormsStraddlingAWordAreNoPlaces() {
        assertEquals(List.of(), found("召开平台建设推进会"));
    }

    @Test
    void universityAndStreetNamesAreNoMentionOfTheCity() {
        assertEquals(List.of(), found("与中山大学共建研究院，打造中山路商圈"));
        assertEquals(List.of("中山市/FULL_NAME"), found("中山市来我区考察"));
    }

    @Test
    void findsFormerNames() {
        PlaceMention laiwu = regions.findPlaces("原莱芜市钢城区").get(0);
        assertEquals(PlaceMention.Form.FORMER_NAME, laiwu.form());
        assertEquals("370100", laiwu.unique().orElseThrow().code());
    }

    @Test
    void findsMaskedNamesWithTheirDivisionWord() {
        List<PlaceMention> places = regions.findPlaces(
                "XX市、xx市、**区、****市、×× 县和XX傣族彝族自治县，XX市场主体新增XX家，投资XX亿元");
        assertEquals(List.of("XX市", "xx市", "**区", "****市", "×× 县", "XX傣族彝族自治县"),
                places.stream().map(PlaceMention::text).toList());
        assertTrue(places.stream().allMatch(p -> p.isMasked() && p.candidates().isEmpty()));
    }

    @Test
    void resolvesDuplicateCountyNamesByContext() {
        Region beijing = regions.byCode("110000");
        Region shunyi = regions.byCode("110113");
        Region changchun = regions.byCode("220100");
        assertEquals("110105", code(regions.resolve("朝阳区", beijing)));
        assertEquals("110105", code(regions.resolve("朝阳区", shunyi)));
        assertEquals("220104", code(regions.resolve("朝阳区", changchun)));
        assertEquals(Optional.empty(), regions.resolve("朝阳区", null));
        assertEquals("350102", code(regions.resolve("鼓楼区", regions.byCode("350100"))));
        assertEquals("320106", code(regions.resolve("鼓楼区", regions.byCode("320100"))));
        // 南京 and 徐州 both have a 鼓楼区: the province alone cannot tell them apart
        assertEquals(Optional.empty(), regions.resolve("鼓楼区", regions.byCode("320000")));
    }

    @Test
    void resolvesShortFormsAndFormerNamesToCurrentDivisions() {
        assertEquals("370117", code(regions.resolve("钢城", null)));
        assertEquals("370100", code(regions.resolve("济南", null)));
        assertEquals("530824", code(regions.resolve("景谷", null)));
        assertEquals("370100", code(regions.resolve("莱芜市", null)));
        assertEquals("420600", code(regions.resolve("襄樊市", null)));
        assertEquals("襄阳市", regions.resolve("襄樊市", null).orElseThrow().name());
        assertEquals("普洱市", regions.resolve("思茅市", null).orElseThrow().name());
        // a current name wins over the former prefecture of the same name
        assertEquals("340181", code(regions.resolve("巢湖市", null)));
        // the current 莱芜区 wins over the former city for the short form
        assertEquals("370116", code(regions.resolve("莱芜", null)));
        assertEquals(Optional.empty(), regions.resolve("青澜市", null));
    }

    @Test
    void resolvesStatisticalZonesAsCountyLevelUnits() {
        Region zone = regions.resolve("合肥经开区", null).orElseThrow();
        assertEquals("340177", zone.code());
        assertEquals("合肥经济技术开发区", zone.name());
        assertEquals(RegionLevel.COUNTY, zone.level());
        assertEquals("340100", zone.parentCode());
    }

    @Test
    void walksTheHierarchy() {
        Region gangcheng = regions.byCode("370117");
        assertEquals("钢城区", gangcheng.name());
        assertEquals("济南市", regions.parent(gangcheng).orElseThrow().name());
        assertEquals("山东省", regions.parent(regions.byCode("370100")).orElseThrow().name());
        assertEquals(Optional.empty(), regions.parent(regions.byCode("370000")));
        assertTrue(regions.children("370100").contains(gangcheng));
        assertTrue(regions.children("110000").stream().anyMatch(r -> r.name().equals("顺义区")));
        assertNull(regions.byCode("371200"));
    }

    @Test
    void readsTheAnalystsAdditions(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("regions-sample.tsv"), String.join("\n",
                "# a city of huibao's own sample corpus",
                "code\tname\tlevel\tparent_code\tshort_names\tstatus\tsuccessor_codes",
                "379900\t青澜市\tcity\t370000\t青澜\tactive\t",
                "379901\t澄江新区\tcounty\t379900\t澄江新\tactive\t", ""), StandardCharsets.UTF_8);
        RegionResolver withSample = RegionResolver.load(Dictionaries.of(dir), dir);
        assertEquals("379900", code(withSample.resolve("青澜", null)));
        assertEquals(List.of("379901"), withSample.children("379900").stream().map(Region::code).toList());
        assertEquals(List.of("青澜市"), withSample.findPlaces("青澜市招商引资工作").stream()
                .map(PlaceMention::text).toList());
    }

    @Test
    void randomTextNeverThrows() {
        java.util.Random random = new java.util.Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : 0x4E00 + random.nextInt(0x5000)));
        }
        String text = sb.toString();
        for (PlaceMention p : regions.findPlaces(text)) {
            assertEquals(p.text(), text.substring(p.span().start(), p.span().end()));
        }
        assertEquals(List.of(), regions.findPlaces(""));
    }

    @Test
    void aZoneWordAloneNamesOnlyTheZoneOfTheContextCity() {
        assertEquals(Optional.empty(), regions.resolve("经济开发区", null));
        assertEquals(Optional.empty(), regions.resolve("经济开发区", regions.byCode("440300")));
        assertEquals("220271", code(regions.resolve("经济开发区", regions.byCode("220200"))));
        assertEquals("220271", code(regions.resolve("吉林经开区", null)));
    }

    @Test
    void aReportsPlacesAreFoundOnceForItsFactsAndItsEntities() {
        String text = "钢城区新签约项目12个，其中钢城供应链生态圈项目3个，济南市级重点项目3个。";
        Region gangcheng = regions.byCode("370117");
        List<PlaceMention> forFacts = regions.findPlaces(text, gangcheng);
        assertSame(forFacts, regions.findPlaces(text, gangcheng));
        assertEquals(List.of("钢城区", "钢城", "济南市"), forFacts.stream().map(PlaceMention::text).toList());
        // another context, or another report's text, is read again
        assertNotSame(forFacts, regions.findPlaces(text, regions.byCode("370100")));
        List<PlaceMention> again = regions.findPlaces(new String(text), gangcheng);
        assertNotSame(forFacts, again);
        assertEquals(forFacts, again);
    }
}
