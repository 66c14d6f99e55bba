package huibao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.config.Dictionaries;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.ReportReader;
import huibao.model.Fact;
import huibao.model.Problem;
import huibao.model.ReportExtraction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTest {

    private static final Dictionaries DICTIONARIES = Dictionaries.of(Path.of("dictionaries"));

    @TempDir
    Path dir;

    /**
     * A long annex: a little over 2,000,000 characters whose last paragraph holds a figure. Either
     * the figure is read, or a warning on the file says the text was cut; never a silent loss. The
     * annex is mostly empty lines, which count as characters but cost extraction nothing (2,000,000
     * characters of prose take it some 15 s).
     */
    @Test
    void longTextIsReadToItsEndOrWarnedAboutByName() throws Exception {
        String title = "关于城北区2023年招商引资工作情况的汇报\n城北区投资促进局\n\n";
        String filler = "附件说明：本部分列示各园区的工作台账。\n" + "\n".repeat(1000);
        String last = "全区实际使用外资1740万美元。\n";
        StringBuilder text = new StringBuilder(title);
        while (text.length() < ReportReader.DEFAULT_WRITE_LIMIT + 10_000) {
            text.append(filler);
        }
        text.append(last);
        Path file = dir.resolve("long-annex.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        List<ReportExtraction> reports = Extractor.load(DICTIONARIES)
                .extract(new ReportReader(DICTIONARIES).read(file, "long-annex.txt"), ReportMetadataHints.none());

        boolean figureRead = reports.stream().flatMap(r -> r.facts().stream())
                .map(Fact::text).anyMatch(t -> t != null && t.contains("1740"));
        List<Problem> warnings = reports.stream().flatMap(r -> r.problems().stream())
                .filter(p -> p.doc().equals("long-annex.txt") && p.message().contains("cut")).toList();
        assertTrue(figureRead || !warnings.isEmpty(), "the last figure is neither read nor warned about");
    }

    /**
     * A length is read but has no place among the facts' units, and 万亿元 has no number at all: both
     * are warned about, each for what it is, not both as an unreadable number.
     */
    @Test
    void aFigureInAUnitNoFactHoldsIsWarnedAboutForItsUnitNotItsNumber() throws Exception {
        Path file = dir.resolve("roads.txt");
        Files.writeString(file, "东港区2024年招商引资工作总结\n今年新修园区道路8.5公里，全力培育万亿元级先进制造业集群。\n",
                StandardCharsets.UTF_8);

        List<String> warnings = Extractor.load(DICTIONARIES)
                .extract(new ReportReader(DICTIONARIES).read(file, "roads.txt"), ReportMetadataHints.none())
                .stream().flatMap(r -> r.problems().stream())
                .filter(p -> p.kind() == Problem.Kind.UNREADABLE_FIGURE).map(Problem::message).toList();

        assertEquals(List.of("'8.5公里' is in a unit no fact holds (a length, a score), so it is no fact",
                "cannot read the number in '万亿元'"), warnings);
    }
}
