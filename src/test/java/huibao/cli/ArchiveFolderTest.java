package huibao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data folder given with --data: only ingest makes an archive; every other command refuses a
 * folder that holds none, in one line saying what it expected, and leaves the folder as it was.
 */
class ArchiveFolderTest {

    private static Run run(String... args) {
        return Run.of(args);
    }

    private static final String REPORT = "鹭汀区2024年1-6月招商引资工作总结\n\n1-6月，全区实际使用外资6125万美元，同比增长18.3%。\n";

    private static void refusedInOneLine(Run r, String what) {
        assertEquals(2, r.code(), what + ": " + r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), what + ": " + r.err());
        assertTrue(r.err().contains("huibao ingest"), what + " says how an archive is made: " + r.err());
    }

    @Test
    void aMistypedDataFolderIsRefusedByEveryReadingCommandAndNotCreated(@TempDir Path tmp) {
        Path typo = tmp.resolve("huibao-dta");
        for (List<String> command : List.of(List.of("search", "海洋"), List.of("dataset"), List.of("check"),
                List.of("projects"), List.of("project", "84c15962"))) {
            String[] args = new String[command.size() + 2];
            args[0] = command.get(0);
            args[1] = "--data";
            args[2] = typo.toString();
            for (int i = 1; i < command.size(); i++) {
                args[i + 2] = command.get(i);
            }
            Run r = run(args);
            refusedInOneLine(r, command.get(0));
            assertTrue(r.err().contains(typo.toString()), r.err());
            assertFalse(Files.exists(typo), command.get(0) + " made the folder");
        }
    }

    @Test
    void aReportFolderGivenAsTheDataFolderIsRefusedAndGetsNoIndex(@TempDir Path tmp) throws Exception {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(reports.resolve("鹭汀区.txt"), REPORT, StandardCharsets.UTF_8);
        for (String command : List.of("search", "dataset", "check")) {
            Run r = command.equals("search") ? run(command, "--data", reports.toString(), "鹭汀")
                    : run(command, "--data", reports.toString());
            refusedInOneLine(r, command);
            assertEquals(List.of("鹭汀区.txt"), names(reports), command + " wrote into the report folder");
        }
        Run ingest = run("ingest", "--data", reports.toString(), reports.toString());
        refusedInOneLine(ingest, "ingest into a folder of other files");
        assertEquals(List.of("鹭汀区.txt"), names(reports), "ingest wrote into the report folder");
    }

    @Test
    void aFileGivenAsTheDataFolderIsAUsageError(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        refusedInOneLine(run("search", "--data", file.toString(), "海洋"), "search");
        refusedInOneLine(run("dataset", "--data", file.toString()), "dataset");
        refusedInOneLine(run("check", "--data", file.toString()), "check");
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(reports.resolve("鹭汀区.txt"), REPORT, StandardCharsets.UTF_8);
        refusedInOneLine(run("ingest", "--data", file.toString(), reports.toString()), "ingest");
        assertEquals("x", Files.readString(file));
    }

    @Test
    void ingestMakesAnArchiveInANewOrEmptyFolderAndTheOthersThenReadIt(@TempDir Path tmp) throws Exception {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(reports.resolve("鹭汀区.txt"), REPORT, StandardCharsets.UTF_8);
        Path fresh = tmp.resolve("new");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path afterTheDemo = Files.createDirectories(tmp.resolve("huibao-data").resolve("demo").resolve("index"));
        for (Path data : List.of(fresh, empty, afterTheDemo.getParent().getParent())) {
            Run ingest = run("ingest", "-q", "--data", data.toString(), reports.toString());
            assertEquals(0, ingest.code(), ingest.err());
            Run again = run("ingest", "-q", "--data", data.toString(), reports.toString());
            assertEquals(0, again.code(), "an archive is ingested into again: " + again.err());
            Run search = run("search", "--data", data.toString(), "鹭汀");
            assertEquals(0, search.code(), search.err());
            assertTrue(search.out().contains("鹭汀区"), search.out());
            assertEquals(0, run("dataset", "--data", data.toString()).code());
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
