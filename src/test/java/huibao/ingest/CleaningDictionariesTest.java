package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import huibao.config.Dictionaries;
import huibao.model.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cleaning rules are the analyst's data: extendable without rebuilding, and checked when read. */
class CleaningDictionariesTest {

    @TempDir
    Path dir;

    @Test
    void readsMarkerAnalystAdded() throws Exception {
        Files.writeString(dir.resolve("boilerplate.tsv"), "kind\tpattern\tcomment\nmarker\t【内部资料 注意保存】\tstamp\n",
                StandardCharsets.UTF_8);
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "【内部资料 注意保存】\n关于全区招商引资工作情况的汇报\n新签约项目25个。\n", StandardCharsets.UTF_8);
        SourceText source = new ReportReader(Dictionaries.of(dir)).read(report, "report.txt");
        assertEquals("关于全区招商引资工作情况的汇报\n新签约项目25个。\n", source.text());
    }

    @Test
    void rejectsUnknownKindNamingFileAndLine() throws Exception {
        Files.writeString(dir.resolve("boilerplate.tsv"), "kind\tpattern\tcomment\n# stamps\nfooter\t内部资料\t\n",
                StandardCharsets.UTF_8);
        Dictionaries.DictionaryException e = assertThrows(Dictionaries.DictionaryException.class,
                () -> new ReportReader(Dictionaries.of(dir)));
        assertEquals(dir.resolve("boilerplate.tsv") + ":3: unknown kind 'footer' (known: marker, marker_regex, advert,"
                + " page_number, page_number_at_break)", e.getMessage());
    }

    @Test
    void rejectsBadRegexNamingFileAndLine() throws Exception {
        Files.writeString(dir.resolve("cleaning.tsv"), "kind\tvalue\tcomment\nlist_item\t（[一二三\tunclosed\n",
                StandardCharsets.UTF_8);
        Dictionaries.DictionaryException e = assertThrows(Dictionaries.DictionaryException.class,
                () -> new ReportReader(Dictionaries.of(dir)));
        assertEquals(dir.resolve("cleaning.tsv") + ":2: bad regex '（[一二三': Unclosed character class", e.getMessage());
    }

    @Test
    void rejectsUnitLongerThanOneCharacter() throws Exception {
        Files.writeString(dir.resolve("cleaning.tsv"), "kind\tvalue\tcomment\nfigure_unit\t亿元\t\n",
                StandardCharsets.UTF_8);
        Dictionaries.DictionaryException e = assertThrows(Dictionaries.DictionaryException.class,
                () -> new ReportReader(Dictionaries.of(dir)));
        assertEquals(dir.resolve("cleaning.tsv") + ":2: expected one character, got '亿元'", e.getMessage());
    }
}
