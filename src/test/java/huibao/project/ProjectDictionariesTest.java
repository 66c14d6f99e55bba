package huibao.project;

import huibao.config.Dictionaries;
import huibao.model.Entity;
import huibao.model.Period;
import huibao.model.Region;
import huibao.model.RegionLevel;
import huibao.model.Report;
import huibao.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The tracker's vocabularies are the analyst's to extend, and a bad row is named by file and line. */
class ProjectDictionariesTest {

    private static final String TEXT = "海洋装备产业园项目正在洽谈。海洋装备项目正式签约。";

    private static List<TrackedProject> track(Dictionaries dictionaries) {
        Report report = new Report("h1.txt", "h1.txt", null, null, null, new Span(0, TEXT.length()), TEXT,
                new Region("321702", "鹭汀区", RegionLevel.COUNTY, "321700"), "鹭汀区", false, RegionLevel.COUNTY,
                new Period(2024, 1, 6, "1-6月"));
        List<Entity> entities = List.of(
                new Entity("h1.txt", Entity.Kind.PROJECT, "海洋装备产业园项目", new Span(0, 9), "海洋装备产业园项目正在洽谈。",
                        "在谈", null, null, null),
                new Entity("h1.txt", Entity.Kind.PROJECT, "海洋装备项目", new Span(14, 20), "海洋装备项目正式签约。",
                        "签约", null, null, null));
        return new ProjectTracker(dictionaries).track(List.of(report), List.of(), entities);
    }

    private static Path withNames(Path dir, String extraRows) throws IOException {
        String packaged;
        try (var in = Dictionaries.class.getResourceAsStream("/dictionaries/projects-names.tsv")) {
            packaged = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("projects-names.tsv"), packaged + extraRows, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void anEndingTheAnalystAddsMakesTwoNamesOne(@TempDir Path dir) throws IOException {
        assertEquals(2, track(Dictionaries.packaged()).size());
        List<TrackedProject> merged = track(Dictionaries.of(withNames(dir, "ending\t产业园\n")));
        assertEquals(1, merged.size());
        assertEquals(List.of("在谈", "签约"), merged.get(0).stagePath());
    }

    @Test
    void aRowOfAnUnknownKindIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Path folder = withNames(dir, "endng\t产业园\n");
        long line = Files.readAllLines(folder.resolve("projects-names.tsv")).size();
        Dictionaries.DictionaryException e = assertThrows(Dictionaries.DictionaryException.class,
                () -> new ProjectTracker(Dictionaries.of(folder)));
        assertEquals(folder.resolve("projects-names.tsv") + ":" + line
                + ": unknown kind 'endng' (ending, phase, ignore, company_ending, anaphor)", e.getMessage());
    }

    @Test
    void aPhaseThatIsNoNumberIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Path folder = withNames(dir, "phase\t六期\tsix\n");
        Dictionaries.DictionaryException e = assertThrows(Dictionaries.DictionaryException.class,
                () -> new ProjectTracker(Dictionaries.of(folder)));
        assertEquals(folder.resolve("projects-names.tsv") + ":" + Files.readAllLines(folder.resolve("projects-names.tsv")).size()
                + ": phase is not a number: 'six'", e.getMessage());
    }
}
