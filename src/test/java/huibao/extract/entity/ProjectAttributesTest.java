package huibao.extract.entity;

import huibao.config.Dictionaries;
import huibao.extract.Extractor;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.OffsetMap;
import huibao.model.ReportExtraction;
import huibao.model.ReportSection;
import huibao.model.SourceText;
import huibao.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a sentence tells of the projects it names: stage, investor and the fact of its investment. */
class ProjectAttributesTest {

    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.load(Dictionaries.packaged());
    }

    private static ReportExtraction read(String text) {
        SourceText source = new SourceText("t.txt", "", "text/plain", text, OffsetMap.identity(),
                List.of(new ReportSection(0, null, new Span(0, text.length()))), List.of());
        return extractor.extract(source, ReportMetadataHints.none()).get(0);
    }

    private static Entity project(ReportExtraction x, String name) {
        return x.entities().stream().filter(e -> e.kind() == Entity.Kind.PROJECT && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + x.entities()));
    }

    @Test
    void aProjectTakesTheStageWordNearestItInItsClause() {
        ReportExtraction x = read("瑞丰纸业项目已竣工投产，金穗面粉项目正在洽谈，加快青禾米业项目谈判进度。");
        assertEquals("竣工投产", project(x, "瑞丰纸业项目").stage());
        assertEquals("在谈", project(x, "金穗面粉项目").stage());
        assertNull(project(x, "青禾米业项目").stage());
    }

    @Test
    void theInvestorIsTheFirmTheSentenceTiesToTheProject() {
        ReportExtraction x = read("区政府与蓝海新能源有限公司签订了风电运维基地项目投资协议。"
                + "望海物流园项目正式签约，项目由华信控股集团有限公司投资建设。");
        assertEquals("蓝海新能源有限公司", project(x, "风电运维基地项目").investor());
        assertEquals("华信控股集团有限公司", project(x, "望海物流园项目").investor());
        assertEquals("签约", project(x, "望海物流园项目").stage());
    }

    @Test
    void theAmountStatedRightBeforeAProjectIsItsInvestment() {
        ReportExtraction x = read("总投资12亿元的星河数据中心项目成功签约。");
        Entity project = project(x, "星河数据中心项目");
        Fact amount = x.facts().stream().filter(f -> f.text().equals("12亿元")).findFirst().orElseThrow();
        assertNotNull(project.factId());
        assertEquals(amount.id(), project.factId());
        assertEquals("签约", project.stage());
    }
}
