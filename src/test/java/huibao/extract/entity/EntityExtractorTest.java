package huibao.extract.entity;

import huibao.config.Dictionaries;
import huibao.extract.place.RegionResolver;
import huibao.model.Entity;
import huibao.model.Period;
import huibao.model.Region;
import huibao.model.Report;
import huibao.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How projects and organisations are named in sentences of the genre: what makes a name, where
 * it begins, what lists, partners and amounts tell, and the places a report mentions.
 */
class EntityExtractorTest {

    private static RegionResolver regions;
    private static EntityExtractor extractor;

    @BeforeAll
    static void load() {
        Dictionaries dictionaries = Dictionaries.packaged();
        regions = RegionResolver.load(dictionaries);
        extractor = new EntityExtractor(dictionaries, regions);
    }

    static List<Entity> entities(String text, Region region) {
        Report report = new Report("t.txt", "t.txt", null, null, null, new Span(0, text.length()), text, region, null,
                false, null, Period.unknown());
        return extractor.extract(report, List.of());
    }

    static List<String> names(String text, Entity.Kind kind) {
        return entities(text, null).stream().filter(e -> e.kind() == kind).map(Entity::name).toList();
    }

    @Test
    void genericPhrasesAreNoProjectNames() {
        assertEquals(List.of(), names("全区新签约项目12个，推动项目早开工，其中制造业项目8个，引进三类500强项目2个，"
                + "切实提高项目履约率，争取落户一批大项目好项目。", Entity.Kind.PROJECT));
    }

    @Test
    void aProjectNameStartsAfterTheVerbsBeforeIt() {
        String text = "局班子多次召集相关科室认真研究滨江光电显示模组项目用地问题。";
        List<Entity> found = entities(text, null).stream().filter(e -> e.kind() != Entity.Kind.PLACE).toList();
        assertEquals(1, found.size());
        assertEquals("滨江光电显示模组项目", found.get(0).name());
        assertEquals(new Span(text.indexOf("滨江"), text.indexOf("用地")), found.get(0).span());
    }

    @Test
    void aNameStaysWholeWhereCuttingAtAVerbWouldLeaveOnlyGenericWords() {
        assertEquals(List.of("华信药业缓释制剂研发及生产线项目"),
                names("总投资8亿元的华信药业缓释制剂研发及生产线项目已开工。", Entity.Kind.PROJECT));
    }

    @Test
    void aFirmAndItsProjectJoinAcrossDe() {
        assertEquals(List.of("远帆纺织的羊绒衫项目"),
                names("除远帆纺织的羊绒衫项目因环评原因暂缓外，其余项目均已开工。", Entity.Kind.PROJECT));
    }

    @Test
    void theItemsOfAListHeadedAsProjectsAreProjects() {
        assertEquals(List.of("瑞鸿三期", "嘉禾光伏", "远景储能"),
                names("上半年推动了瑞鸿三期、嘉禾光伏、远景储能等一批重点项目开工。", Entity.Kind.PROJECT));
    }

    @Test
    void theItemsOfAListFollowedByItsCountAreProjects() {
        assertEquals(List.of("云栖茶旅小镇", "青檀文创园"),
                names("重点抓好云栖茶旅小镇、青檀文创园两个项目的前期工作。", Entity.Kind.PROJECT));
    }

    @Test
    void theItemsOfAListHeadedAsEnterprisesAreOrganisations() {
        assertEquals(List.of("宏达轴承", "天润化纤", "金泰食品"),
                names("走访了宏达轴承、天润化纤、金泰食品等12家企业。", Entity.Kind.ORGANIZATION));
    }

    @Test
    void theItemsOfAListOfIndustriesAreNoNames() {
        List<Entity> found = entities("围绕智能制造、海洋工程、文化旅游等主导产业开展招商。", null);
        assertTrue(found.stream().noneMatch(e -> e.kind() != Entity.Kind.PLACE), found::toString);
    }

    @Test
    void theWordsOfAListOfPlacesOrCountsAreNoNames() {
        assertEquals(List.of(), names("赴深圳、苏州等地举办推介会，与9家企业深入座谈，落实土地、能耗等要素等项目保障。",
                Entity.Kind.ORGANIZATION));
    }

    @Test
    void partnersOfAJointFoundationAreOrganisations() {
        assertEquals(List.of("江南大学", "中科恒达"),
                names("我县与江南大学、中科恒达联合成立食品检测中心。", Entity.Kind.ORGANIZATION));
    }

    @Test
    void aNameAnAmountIsStatedForIsAProject() {
        assertEquals(List.of("华岳精工", "鼎新材料"),
                names("其中，华岳精工到资300万美元、鼎新材料到资150万美元。", Entity.Kind.PROJECT));
        assertEquals(List.of(), names("全年水利投资90亿元，协议投资5亿元，引进市外投资12亿元。", Entity.Kind.PROJECT));
    }

    @Test
    void aMaskedPlaceInFrontIsDroppedAndAMaskInsideKept() {
        assertEquals(List.of("鸿运冷链物流园项目"), names("当前**县鸿运冷链物流园项目进展顺利。", Entity.Kind.PROJECT));
        assertEquals(List.of("国家电投**渔光互补项目"), names("加快推进国家电投**渔光互补项目建设。", Entity.Kind.PROJECT));
    }

    @Test
    void aFirmThatOnlyHeadsAProjectNameIsNotListedApart() {
        List<Entity> found = entities("6月，签约了鼎盛新材料有限公司年产5万吨碳纤维项目。", null).stream()
                .filter(e -> e.kind() != Entity.Kind.PLACE).toList();
        assertEquals(1, found.size(), found::toString);
        assertEquals("鼎盛新材料有限公司年产5万吨碳纤维项目", found.get(0).name());
        assertEquals("鼎盛新材料有限公司", found.get(0).investor());
    }

    @Test
    void bankAndInstituteAbbreviationsAreOrganisations() {
        assertEquals(List.of("省建行", "市农科院"),
                names("正在协调省建行开设资本金账户，并依托市农科院开展技术合作。", Entity.Kind.ORGANIZATION));
    }

    @Test
    void hanlpRecognisesAFirmWithoutALegalEndingWhereTheRulesFindNone() {
        assertEquals(List.of("华菱药业"),
                names("副县长带队拜访了华菱药业，双方就原料药基地建设达成共识。", Entity.Kind.ORGANIZATION));
    }

    @Test
    void placesCarryTheCodeTheyResolveTo() {
        Region licheng = regions.resolve("历城区", null).orElseThrow();
        String text = "区领导赴济南市历城区考察，并与**区对接合作。";
        List<Entity> places = entities(text, licheng).stream().filter(e -> e.kind() == Entity.Kind.PLACE).toList();
        assertEquals(List.of("济南市", "历城区", "**区"), places.stream().map(Entity::name).toList());
        assertEquals("370100", places.get(0).code());
        assertEquals("370112", places.get(1).code());
        assertNull(places.get(2).code());
        assertEquals(new Span(text.indexOf("**区"), text.indexOf("**区") + 3), places.get(2).span());
    }

    @Test
    void anUnknownKindInTheAnalystsEntityDictionaryIsNamedWithItsLine(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("entities.tsv"), "# endings\nkind\tword\nproject_suffix\t项目\nsuffix\t公司\n",
                StandardCharsets.UTF_8);
        Dictionaries.DictionaryException e = assertThrows(Dictionaries.DictionaryException.class,
                () -> new EntityExtractor(Dictionaries.of(folder), regions));
        assertEquals(folder.resolve("entities.tsv") + ":4: unknown kind suffix", e.getMessage());
    }

    @Test
    void aWordTheAnalystAddsToTheGenericWordsStopsMakingNames(@TempDir Path folder) throws Exception {
        String text = "加快推进滨湖康养项目建设。";
        assertEquals(List.of("滨湖康养项目"), names(text, Entity.Kind.PROJECT));
        String generic = Files.readString(Path.of("dictionaries", "entities-generic.tsv"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("entities-generic.tsv"), generic + "滨湖\tword\n康养\tword\n",
                StandardCharsets.UTF_8);
        EntityExtractor own = new EntityExtractor(Dictionaries.of(folder), regions);
        Report report = new Report("t.txt", "t.txt", null, null, null, new Span(0, text.length()), text, null, null,
                false, null, Period.unknown());
        assertTrue(own.extract(report, List.of()).stream().noneMatch(e -> e.kind() == Entity.Kind.PROJECT));
    }

    @Test
    void emptyAndRandomTextYieldNoErrors() {
        assertEquals(List.of(), entities("", null));
        String alphabet = "项目公司集团有限等与和的、，。“”（）推动引进签约XX**0123一二三企业商会大学研究院基地工程 \n";
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(120); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            for (Entity e : entities(text, null)) {
                assertEquals(e.name(), text.substring(e.span().start(), e.span().end()), text);
            }
        }
    }
}
