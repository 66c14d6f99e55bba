package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.config.Dictionaries;
import huibao.extract.relation.FactLinker;
import huibao.model.BaseUnit;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Report;
import huibao.model.ReportDate;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import huibao.model.Span;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing files into the index and reading the records back exactly. */
class ReportIndexWriteTest {

    @TempDir
    Path dataDir;

    @Test
    void emptyIndexSearchesAndReadsFine() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir.resolve("fresh"))) {
            SearchResults r = index.search(SearchRequest.of("海洋城"));
            assertEquals(List.of(), r.hits());
            assertEquals(0, r.totalHits());
            assertEquals(new FacetCounts(List.of(), List.of(), List.of(), List.of()), r.facets());
            assertEquals(new IndexStats(0, 0, 0, 0, 0, 0), index.stats());
            assertEquals(Set.of(), index.files());
            assertEquals(List.of(), index.facts());
            assertEquals(Optional.empty(), index.storedHash("gangcheng.txt"));
        }
    }

    @Test
    void everyDocumentFileRecordsIncludedHasTheLengthsRankingReads() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            DistrictReports.indexAll(index);
        }
        try (Directory dir = FSDirectory.open(dataDir.resolve(ReportIndex.FOLDER));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            assertTrue(reader.maxDoc() > reader.docFreq(new Term(Schema.TYPE, Schema.TYPE_REPORT)),
                    "the index keeps a record of each file beside its reports");
            for (LeafReaderContext leaf : reader.leaves()) {
                // the text, and the names a report ranks higher by, which some reports have none of
                for (String field : List.of(Schema.TEXT, Schema.HEADING, Schema.PROJECT, Schema.ORG)) {
                    NumericDocValues lengths = leaf.reader().getNormValues(field);
                    assertEquals(leaf.reader().maxDoc(), lengths.cost(), field + ": a length for every document, not a sparse few");
                }
            }
        }
    }

    @Test
    void factsReadBackEqualWithDecimalScaleNullsSpansAndPeriods() throws IOException {
        List<Fact> written = new ArrayList<>();
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            DistrictReports.indexAll(index);
            written.addAll(DistrictReports.gangcheng().facts());
            written.addAll(DistrictReports.huangdao().facts());
            written.addAll(DistrictReports.jinan().facts());
        }
        try (ReportIndex reopened = ReportIndex.open(dataDir)) {
            List<Fact> read = reopened.facts();
            assertEquals(written, read);
            Fact usd = read.get(1);
            assertEquals("1740万美元", usd.text());
            assertEquals(new BigDecimal("1.740E+7"), usd.baseValue());
            assertEquals(-4, usd.baseValue().scale());
            Fact masked = read.get(4);
            assertTrue(masked.redacted());
            assertNull(masked.value());
            assertNull(masked.baseValue());
            assertEquals(new Span(masked.span().start(), masked.span().start() + 4), masked.span());
            assertEquals(DistrictReports.jinan().facts(), reopened.facts("jinan.txt"));
        }
    }

    @Test
    void rangesApproximationsAndBreakdownsSurviveTheRoundTrip() throws IOException {
        String text = "莱芜区2022年招商引资工作汇报\n签约项目总投资8至10亿元，其中制造业项目约6.50亿元。\n";
        ReportExtraction x = ReportFixture.whole("laiwu.txt", text)
                .region(ReportFixture.JINAN)
                .period(2022, null, null, null)
                .fact("projects_signed_investment", Measure.VALUE, "8至10亿元", "8", "10", "亿元", "8E+8", "1.0E+9",
                        BaseUnit.CNY, false, null)
                .fact("projects_signed_investment", Measure.VALUE, "6.50亿元", "6.50", null, "亿元", "6.50E+8", null,
                        BaseUnit.CNY, true, null)
                .build();
        Fact range = x.facts().get(0);
        Fact part = x.facts().get(1).withPartOf(range.id()).withAttribution("projects_signed_investment",
                Measure.VALUE, List.of("制造业"));
        x = new ReportExtraction(x.report(), List.of(range, part), List.of(), List.of());
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            index.replace(ReportFixture.source("laiwu.txt", text, "f00d", List.of(x)), List.of(x));
            index.commit();
            List<Fact> read = index.facts();
            assertEquals(List.of(range, part), read);
            assertEquals(new BigDecimal("6.50"), read.get(1).value());
            assertEquals(List.of("制造业"), read.get(1).scope());
            assertEquals(range.id(), read.get(1).partOf());
        }
    }

    @Test
    void aFactReadByOcrKeepsItsFlagThroughTheArchive() throws IOException {
        String text = "莱芜区2022年招商引资工作汇报\n新签约项目25个，总投资52.1亿元。\n";
        ReportExtraction x = ReportFixture.whole("scan.pdf", text)
                .region(ReportFixture.JINAN)
                .period(2022, null, null, null)
                .fact("projects_signed", Measure.VALUE, "25个", "25", null, "个", "25", null, BaseUnit.COUNT, false, null)
                .fact("projects_signed_investment", Measure.VALUE, "52.1亿元", "52.1", null, "亿元", "5.21E+9", null,
                        BaseUnit.CNY, false, null)
                .build();
        List<Fact> facts = List.of(x.facts().get(0).withOcr(), x.facts().get(1));
        x = new ReportExtraction(x.report(), facts, List.of(), List.of());
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            index.replace(ReportFixture.source("scan.pdf", text, "beef", List.of(x)), List.of(x));
            index.commit();
        }
        try (ReportIndex reopened = ReportIndex.open(dataDir)) {
            assertEquals(List.of(true, false), reopened.facts().stream().map(Fact::ocr).toList());
        }
    }

    @Test
    void factsKeepTheirClauseAndLinksThroughTheArchive() throws IOException {
        String text = "鹭汀区2024年1-6月招商引资工作汇报\n全区实际使用外资3620万美元，完成市下达6500万美元任务数的55.7%；"
                + "其中制造业实际使用外资2100万美元，占全区的58.0%。\n";
        ReportExtraction x = ReportFixture.whole("luting.txt", text)
                .region(ReportFixture.JINAN)
                .date("2024年7月8日")
                .period(2024, 1, 6, "1-6月")
                .fact("fdi_actual", Measure.VALUE, "3620万美元", "3620", null, "万美元", "36200000", null,
                        BaseUnit.USD, false, null)
                .fact("fdi_actual", Measure.TARGET, "6500万美元", "6500", null, "万美元", "65000000", null,
                        BaseUnit.USD, false, null)
                .fact("fdi_actual", Measure.COMPLETION, "55.7%", "55.7", null, "%", "55.7", null,
                        BaseUnit.PERCENT, false, null)
                .fact("fdi_actual", Measure.VALUE, "2100万美元", "2100", null, "万美元", "21000000", null,
                        BaseUnit.USD, false, null)
                .fact("fdi_actual", Measure.SHARE, "58.0%", "58.0", null, "%", "58.0", null,
                        BaseUnit.PERCENT, false, null)
                .build();
        List<Fact> linked = new FactLinker(Dictionaries.packaged()).link(x.report(), x.facts());
        assertEquals(2, linked.get(2).links().size(), "the rate has its actual and target");
        assertEquals(2, linked.get(4).links().size(), "the share has its part");
        x = new ReportExtraction(x.report(), linked, List.of(), List.of());
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            index.replace(ReportFixture.source("luting.txt", text, "beef", List.of(x)), List.of(x));
            index.commit();
            assertEquals(linked, index.facts());
            assertEquals(new ReportDate(2024, 7, 8), index.reports().get(0).dated());
        }
    }

    @Test
    void reportsAndEntitiesReadBackEqual() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            DistrictReports.indexAll(index);
            assertEquals(List.of(DistrictReports.gangcheng().report(), DistrictReports.huangdao().report(),
                    DistrictReports.jinan().report()), index.reports());
            List<Entity> entities = new ArrayList<>(DistrictReports.gangcheng().entities());
            entities.addAll(DistrictReports.huangdao().entities());
            assertEquals(entities, index.entities());
            assertEquals(Optional.of(DistrictReports.jinan().report()), index.report("jinan.txt"));
            assertEquals(Optional.empty(), index.report("nowhere.txt"));
        }
    }

    @Test
    void replaceDropsTheOldVersionOfAFile() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            DistrictReports.indexAll(index);
            String revised = "钢城区2021年1-10月招商引资工作情况汇报（修订）\n全区新签约项目27个。\n";
            ReportExtraction x = ReportFixture.whole(DistrictReports.GANGCHENG_FILE, revised)
                    .region(ReportFixture.GANGCHENG)
                    .period(2021, 1, 10, "1-10月")
                    .fact("projects_signed", Measure.VALUE, "27个", "27", "个", "27", BaseUnit.COUNT)
                    .build();
            index.replace(ReportFixture.source(DistrictReports.GANGCHENG_FILE, revised, "a2", List.of(x)), List.of(x));
            index.commit();
            assertEquals(List.of(), index.search(SearchRequest.of("海洋城")).hits().stream()
                    .filter(h -> h.doc().equals("gangcheng.txt")).toList());
            assertEquals(1, index.search(SearchRequest.of("修订")).totalHits());
            assertEquals(List.of("27个"), index.facts("gangcheng.txt").stream().map(Fact::text).toList());
            assertEquals(Optional.of("a2"), index.storedHash(DistrictReports.GANGCHENG_FILE));
            assertEquals(new IndexStats(3, 3, 3, 9, 0, 2), index.stats());
        }
    }

    @Test
    void facetsCountAFileReplacedAfterTheyWereFirstCountedAsItIsNow() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            DistrictReports.indexAll(index);
            List<FacetCount> before = index.search(SearchRequest.of("")).facets().years();
            assertTrue(before.stream().anyMatch(c -> c.value().equals("2021")), before.toString());
            String moved = "钢城区2019年1-10月招商引资工作情况汇报\n全区新签约项目27个。\n";
            ReportExtraction x = ReportFixture.whole(DistrictReports.GANGCHENG_FILE, moved)
                    .region(ReportFixture.GANGCHENG)
                    .period(2019, 1, 10, "1-10月")
                    .fact("projects_signed", Measure.VALUE, "27个", "27", "个", "27", BaseUnit.COUNT)
                    .build();
            index.replace(ReportFixture.source(DistrictReports.GANGCHENG_FILE, moved, "a3", List.of(x)), List.of(x));
            index.commit();
            List<FacetCount> after = index.search(SearchRequest.of("")).facets().years();
            assertEquals(count(before, "2021") - 1, count(after, "2021"), after.toString());
            assertEquals(count(before, "2019") + 1, count(after, "2019"), after.toString());
            assertEquals(1, index.search(SearchRequest.of("year:2019")).totalHits());
            assertEquals(1, index.search(SearchRequest.of("").inYear(2019)).totalHits());
        }
    }

    private static int count(List<FacetCount> counts, String value) {
        return counts.stream().filter(c -> c.value().equals(value)).mapToInt(FacetCount::count).sum();
    }

    @Test
    void changesShowOnlyAfterCommit() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            ReportExtraction x = DistrictReports.jinan();
            index.replace(ReportFixture.source("jinan.txt", DistrictReports.JINAN_TEXT, "b2", List.of(x)), List.of(x));
            assertEquals(0, index.search(SearchRequest.of("海洋")).totalHits());
            index.commit();
            assertEquals(1, index.search(SearchRequest.of("海洋")).totalHits());
        }
    }

    @Test
    void removeDropsEverythingOfAFile() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            DistrictReports.indexAll(index);
            assertEquals(new IndexStats(3, 3, 3, 15, 1, 4), index.stats());
            index.remove(DistrictReports.GANGCHENG_FILE);
            index.commit();
            assertEquals(Set.of("huangdao.txt", "jinan.txt"), index.files());
            assertEquals(List.of(), index.search(SearchRequest.of("金雷风电")).hits());
            assertEquals(Optional.empty(), index.storedHash(DistrictReports.GANGCHENG_FILE));
            assertEquals(new IndexStats(2, 2, 2, 8, 0, 2), index.stats());
        }
    }

    @Test
    void storedHashLetsAnUnchangedFileBeSkipped() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            DistrictReports.indexAll(index);
        }
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            assertEquals(Optional.of("a1"), index.storedHash("gangcheng.txt"));
            assertEquals(Optional.of("c3"), index.storedHash("huangdao.txt"));
            assertEquals(Optional.empty(), index.storedHash("other.txt"));
            assertEquals(Set.of("gangcheng.txt", "huangdao.txt", "jinan.txt"), index.files());
        }
    }

    @Test
    void aFileWithoutReportsIsStillRecordedWithItsHash() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            SourceText empty = new SourceText("blank.txt", "e3b0c442", "text/plain", "", huibao.model.OffsetMap.identity(),
                    List.of(), List.of());
            index.replace(empty, List.of());
            index.commit();
            assertEquals(Optional.of("e3b0c442"), index.storedHash("blank.txt"));
            assertEquals(new IndexStats(0, 1, 0, 0, 0, 0), index.stats());
        }
    }

    @Test
    void compilationReportsKeepTheirOwnDocIdsAndOrder() throws IOException {
        String text = "钢城区招商引资情况\n新签约项目25个。\n济南市招商引资情况\n新签约项目86个。\n";
        int second = text.indexOf("济南市");
        ReportExtraction one = ReportFixture.section("huibian.txt", text, 1, new Span(0, second))
                .region(ReportFixture.GANGCHENG)
                .fact("projects_signed", Measure.VALUE, "25个", "25", "个", "25", BaseUnit.COUNT).build();
        ReportExtraction two = ReportFixture.section("huibian.txt", text, 2, new Span(second, text.length()))
                .region(ReportFixture.JINAN)
                .fact("projects_signed", Measure.VALUE, "86个", "86", "个", "86", BaseUnit.COUNT).build();
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            index.replace(ReportFixture.source("huibian.txt", text, "99", List.of(one, two)), List.of(two, one));
            index.commit();
            assertEquals(List.of("huibian.txt#1", "huibian.txt#2"), index.reports().stream().map(Report::doc).toList());
            assertEquals(List.of("huibian.txt#1@" + text.indexOf("25个"), "huibian.txt#2@" + text.indexOf("86个")),
                    index.facts().stream().map(Fact::id).toList());
            Snippet s = index.search(SearchRequest.of("86个")).hits().get(0).snippets().get(0);
            assertEquals("新签约项目【86个】。", s.render("【", "】"));
            int passage = text.indexOf("新签约项目86个");
            assertEquals(new Span(passage, passage + "新签约项目86个。".length()), s.location());
        }
    }

    @Test
    void refusesAReportOfAnotherFile() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            ReportExtraction x = DistrictReports.jinan();
            SourceText other = ReportFixture.source("other.txt", DistrictReports.JINAN_TEXT, "00", List.of(x));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> index.replace(other, List.of(x)));
            assertEquals("report jinan.txt belongs to jinan.txt, not to other.txt", e.getMessage());
        }
    }

    @Test
    void refusesAReportWhoseTextIsNotItsRangeOfTheFile() throws IOException {
        try (ReportIndex index = ReportIndex.open(dataDir)) {
            ReportExtraction x = DistrictReports.jinan();
            SourceText shifted = ReportFixture.source("jinan.txt", "　" + DistrictReports.JINAN_TEXT, "00", List.of(x));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> index.replace(shifted, List.of(x)));
            assertEquals("the text of report jinan.txt is not the text of jinan.txt within [0, "
                    + DistrictReports.JINAN_TEXT.length() + ")", e.getMessage());
        }
    }

    @Test
    void aSecondWriterOnTheSameFolderIsToldTheIndexIsBusy() throws IOException {
        try (ReportIndex first = ReportIndex.open(dataDir); ReportIndex second = ReportIndex.open(dataDir)) {
            first.remove("none.txt");
            IndexLockedException e = assertThrows(IndexLockedException.class, () -> second.remove("none.txt"));
            assertTrue(e.getMessage().startsWith(dataDir.resolve("index") + " is being written by another huibao "
                    + "process"), e.getMessage());
            assertEquals(0, second.search(SearchRequest.of("海洋")).totalHits());
        }
    }

    @Test
    void aDataFolderThatIsAFileCannotBeOpened() throws IOException {
        Path file = java.nio.file.Files.writeString(dataDir.resolve("not-a-folder"), "x");
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                () -> ReportIndex.open(file));
        assertTrue(e.getMessage().startsWith("cannot open the index in " + file.resolve("index")), e.getMessage());
    }

    @Test
    void anArchiveLaidOutByAnotherVersionIsRefusedSayingWhatToDo() throws IOException {
        Path folder = dataDir.resolve("old").resolve(ReportIndex.FOLDER);
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(folder);
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document passage = new org.apache.lucene.document.Document();
            passage.add(new org.apache.lucene.document.StringField(Schema.TYPE, "passage",
                    org.apache.lucene.document.Field.Store.NO));
            w.addDocument(passage);
        }
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                () -> ReportIndex.open(dataDir.resolve("old")));
        assertEquals("the archive in " + folder + " was written by another version of huibao (layout 1; this version"
                + " reads layout " + Schema.VERSION + "): delete that folder and ingest the reports again",
                e.getCause().getMessage());
    }
}
