package huibao;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import huibao.extract.Extractor;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.extract.period.PeriodReader;
import huibao.extract.place.RegionResolver;
import huibao.index.FacetCount;
import huibao.index.FacetCounts;
import huibao.index.IndexStats;
import huibao.index.QuerySyntaxException;
import huibao.index.ReportHit;
import huibao.index.SearchRequest;
import huibao.index.SearchResults;
import huibao.index.SearchSort;
import huibao.index.Snippet;
import huibao.project.ProjectTracker;
import huibao.project.TrackedProject;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps the pipeline's dependencies pointing one way (model and config at the bottom, the
 * facade and the command line at the top) and each third-party library inside its own package.
 */
class ArchitectureTest {

    /** The search's request and what it answers, which the command line may build and read. */
    private static final DescribedPredicate<JavaClass> SEARCH_FRONT_DOOR = type(SearchRequest.class)
            .or(type(SearchSort.class)).or(type(SearchResults.class)).or(type(IndexStats.class))
            .or(type(QuerySyntaxException.class));

    /** What a search answers, which the exports write. */
    private static final DescribedPredicate<JavaClass> SEARCH_RESULTS = type(SearchResults.class)
            .or(type(ReportHit.class)).or(type(Snippet.class)).or(type(FacetCounts.class)).or(type(FacetCount.class));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("huibao");
    }

    @Test
    void theModelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("huibao.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("huibao.model..", "java..")
                .check(classes);
    }

    @Test
    void configurationDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("huibao.config..")
                .should().dependOnClassesThat().resideOutsideOfPackages("huibao.config..", "java..")
                .check(classes);
    }

    /**
     * Issue 9: extraction reads the text once and the later stages read its records (a fact's
     * scope parts, links and clause marks), so they hold no regular expressions. Two classes parse
     * what the user types, not report text, and keep theirs: the search query's years
     * ({@code index.QueryTranslator}) and the dataset's period filter ({@code dataset.DatasetRequest}).
     */
    @Test
    void checksDatasetAndIndexReadRecordsNotText() {
        noClasses().that().resideInAnyPackage("huibao.check..", "huibao.dataset..", "huibao.index..")
                .and().doNotHaveFullyQualifiedName("huibao.index.QueryTranslator")
                .and().doNotHaveFullyQualifiedName("huibao.dataset.DatasetRequest")
                .should().dependOnClassesThat().resideInAPackage("java.util.regex..")
                .check(classes);
    }

    /** Issue 9: the typed catalogues every stage receives sit just above the model, the text and the dictionaries. */
    @Test
    void theCataloguesDependOnlyOnConfigurationTheModelAndTheText() {
        noClasses().that().resideInAPackage("huibao.catalog..")
                .should().dependOnClassesThat().resideOutsideOfPackages("huibao.catalog..", "huibao.config..",
                        "huibao.model..", "huibao.text..", "java..")
                .check(classes);
    }

    /**
     * Issue 9: the vocabularies more than one stage reads are read once, by their catalogue; every
     * other class takes them from {@code huibao.catalog.Catalogs}.
     */
    @Test
    void onlyTheCataloguesReadTheSharedVocabularies() throws IOException {
        List<String> readers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/huibao"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String code = Files.readString(f, StandardCharsets.UTF_8);
                boolean names = code.contains("\"indicators.tsv\"") || code.contains("\"scopes.tsv\"")
                        || code.contains("\"unit-prefixes.tsv\"") || code.contains("\"investment-words.tsv\"")
                        || code.contains("\"stages.tsv\"") || code.contains("\"entities-stages.tsv\"")
                        || code.contains("\"report-self-words.tsv\"");
                if (names && !f.startsWith(Path.of("src/main/java/huibao/catalog"))) {
                    readers.add(f.toString());
                }
            }
        }
        assertEquals(List.of(), readers, "classes outside huibao.catalog that read a catalogue's dictionary");
    }

    @Test
    void textDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("huibao.text..")
                .should().dependOnClassesThat().resideOutsideOfPackages("huibao.text..", "java..")
                .check(classes);
    }

    @Test
    void extractFamiliesAreFreeOfCycles() {
        slices().matching("huibao.extract.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void extractFamiliesNeverReachBackToTheFrontDoor() {
        // the front door composes the families; a family that used it would close a cycle through it
        noClasses().that().resideInAPackage("huibao.extract.*..")
                .should().dependOnClassesThat().resideInAPackage("huibao.extract")
                .check(classes);
    }

    /** Issue 9: no class of extract reaches, through others, back to itself (a nested class counts as its top-level class). */
    @Test
    void extractClassesAreFreeOfCycles() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().startsWith("huibao.extract")) {
                continue;
            }
            String from = topLevel(c);
            Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (target.getPackageName().startsWith("huibao.extract") && !topLevel(target).equals(from)) {
                    targets.add(topLevel(target));
                }
            }
        }
        assertEquals(List.of(), cycles(uses), "classes of huibao.extract that depend on each other in a cycle");
    }

    @Test
    void outsideExtractOnlyTheFrontDoorsAreUsed() {
        // the stage itself, the hints it takes, and the two readers the facade and the search reuse
        noClasses().that().resideOutsideOfPackage("huibao.extract..")
                .should().dependOnClassesThat(resideInAPackage("huibao.extract..").and(not(belongToAnyOf(
                        Extractor.class, ReportMetadataHints.class, RegionResolver.class, PeriodReader.class))))
                .check(classes);
    }

    @Test
    void stagesDoNotReachUpThePipeline() {
        noClasses().that().resideInAnyPackage("huibao.ingest..", "huibao.extract..", "huibao.index..")
                .should().dependOnClassesThat().resideInAnyPackage("huibao.dataset..", "huibao.check..",
                        "huibao.cli..", "huibao.web..")
                .check(classes);
        noClasses().that().resideInAPackage("huibao.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("huibao.extract..", "huibao.index..")
                .check(classes);
        noClasses().that().resideInAPackage("huibao.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("huibao.ingest..", "huibao.index..")
                .check(classes);
        noClasses().that().resideInAPackage("huibao.index..")
                .should().dependOnClassesThat().resideInAnyPackage("huibao.ingest..", "huibao.extract..")
                .check(classes);
    }

    @Test
    void exportsSitAboveTheChecksAndBelowTheShells() {
        noClasses().that().resideInAnyPackage("huibao.ingest..", "huibao.extract..", "huibao.index..",
                        "huibao.dataset..", "huibao.check..")
                .should().dependOnClassesThat().resideInAPackage("huibao.export..")
                .check(classes);
        // findings are model records: the exports need no check, only what the checks produce; of the
        // search and the project tracker they read only the records the facade hands out (issue 9)
        noClasses().that().resideInAPackage("huibao.export..")
                .should().dependOnClassesThat(resideInAPackage("huibao..").and(not(resideInAnyPackage(
                        "huibao.export..", "huibao.model..", "huibao.dataset..", "huibao.config..",
                        "huibao.catalog..", "huibao.project..")).and(not(SEARCH_RESULTS))))
                .check(classes);
    }

    /** Issue 9: the command line reaches the stages only through the facade and the search's request and result. */
    @Test
    void theCommandLineCallsTheStagesOnlyThroughTheFacade() {
        noClasses().that().resideInAPackage("huibao.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("huibao.extract..", "huibao.ingest..")
                .check(classes);
        noClasses().that().resideInAPackage("huibao.cli..")
                .should().dependOnClassesThat(resideInAPackage("huibao.index..").and(not(SEARCH_FRONT_DOOR)))
                .check(classes);
        noClasses().that().resideInAPackage("huibao.cli..")
                .should().dependOnClassesThat(resideInAPackage("huibao.check..")
                        .or(resideInAPackage("huibao.project..").and(not(type(TrackedProject.class)))))
                .check(classes);
    }

    /**
     * Issue 12: the web workspace is another shell over the same facade: it reaches the stages only
     * as the command line does, and writes its JSON only through the exports' writers.
     */
    @Test
    void theWorkspaceCallsTheStagesOnlyThroughTheFacade() {
        noClasses().that().resideInAPackage("huibao.web..")
                .should().dependOnClassesThat().resideInAnyPackage("huibao.extract..", "huibao.ingest..",
                        "huibao.check..", "huibao.catalog..")
                .check(classes);
        noClasses().that().resideInAPackage("huibao.web..")
                .should().dependOnClassesThat(resideInAPackage("huibao.index..").and(not(SEARCH_FRONT_DOOR))
                        .and(not(type(FacetCount.class)))) // the findings' filters count as a search's facets do
                .check(classes);
        noClasses().that().resideInAPackage("huibao.web..")
                .should().dependOnClassesThat(resideInAPackage("huibao.project..").and(not(type(TrackedProject.class))))
                .check(classes);
        noClasses().that().resideInAPackage("huibao.web..")
                .should().dependOnClassesThat().resideInAPackage("huibao.cli..")
                .check(classes);
    }

    /** Issue 9: one place for output; a command picks a writer and writes nothing itself. */
    @Test
    void onlyTheExportsWrite() {
        noClasses().that().resideOutsideOfPackage("huibao.export..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.core..",
                        "com.fasterxml.jackson.databind..")
                .orShould().dependOnClassesThat().belongToAnyOf(CSVPrinter.class)
                .check(classes);
        // ingest reads Word files with POI's reading side; only export builds a workbook
        noClasses().that().resideOutsideOfPackage("huibao.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi.xssf.usermodel..",
                        "org.apache.poi.ss.util..")
                .check(classes);
    }

    @Test
    void theProjectTrackerReadsOnlyTheModelTheDictionariesAndTheCatalogues() {
        noClasses().that().resideInAPackage("huibao.project..")
                .should().dependOnClassesThat(resideInAPackage("huibao..").and(not(resideInAnyPackage(
                        "huibao.project..", "huibao.model..", "huibao.config..", "huibao.catalog..", "huibao.text.."))))
                .check(classes);
        // the exports write what the tracker found (issue 9: every writer lives in export), and only that
        noClasses().that().resideInAnyPackage("huibao.ingest..", "huibao.extract..", "huibao.index..",
                        "huibao.dataset..", "huibao.check..")
                .should().dependOnClassesThat().resideInAPackage("huibao.project..")
                .check(classes);
        noClasses().that().resideInAPackage("huibao.export..")
                .should().dependOnClassesThat().belongToAnyOf(ProjectTracker.class)
                .check(classes);
    }

    /**
     * Issue 13: the Solr archive builds on the index's public layout and search, the model and the
     * configuration, and only the facade's factory chooses it; the shells never see it.
     */
    @Test
    void solrArchiveSitsBesideTheIndex() {
        noClasses().that().resideInAPackage("huibao.solr..")
                .should().dependOnClassesThat(resideInAPackage("huibao..").and(not(resideInAnyPackage(
                        "huibao.solr..", "huibao.index..", "huibao.model..", "huibao.config.."))))
                .check(classes);
        noClasses().that().resideOutsideOfPackage("huibao.solr..").and().doNotHaveFullyQualifiedName("huibao.Huibao")
                .should().dependOnClassesThat().resideInAPackage("huibao.solr..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheShells() {
        noClasses().that().resideOutsideOfPackages("huibao.cli..", "huibao.web..")
                .should().dependOnClassesThat().resideInAnyPackage("huibao.cli..", "huibao.web..")
                .check(classes);
    }

    @Test
    void eachLibraryStaysInItsStage() {
        noClasses().that().resideOutsideOfPackage("huibao.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.tika..", "org.apache.pdfbox..")
                .check(classes);
        // ingest reads Word files with POI; export writes the workbook with it
        noClasses().that().resideOutsideOfPackages("huibao.ingest..", "huibao.export..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("huibao.extract..")
                .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("huibao.index..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(classes);
        // issue 13: SolrJ only in the Solr archive
        noClasses().that().resideOutsideOfPackage("huibao.solr..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.solr..")
                .check(classes);
        // issue 13: the progress bar and the terminal it asks about are ingest's output, in the shell
        noClasses().that().resideOutsideOfPackage("huibao.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("me.tongfei.progressbar..", "org.jline..")
                .check(classes);
    }

    private static String topLevel(JavaClass c) {
        String name = c.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    /** The strongly connected groups of more than one class (Tarjan), each as "A -> B -> A". */
    private static List<String> cycles(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<String> out = new ArrayList<>();
        for (String v : uses.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, uses, index, low, stack, out);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> uses, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, List<String> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        for (String w : uses.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, uses, index, low, stack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> group = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) {
                out.add(path(group, uses));
            }
        }
    }

    /** One cycle through the group, named class by class. */
    private static String path(List<String> group, Map<String, Set<String>> uses) {
        List<String> walk = new ArrayList<>();
        String at = group.get(0);
        while (!walk.contains(at)) {
            walk.add(at);
            for (String next : uses.getOrDefault(at, Set.of())) {
                if (group.contains(next)) {
                    at = next;
                    break;
                }
            }
        }
        List<String> cycle = new ArrayList<>(walk.subList(walk.indexOf(at), walk.size()));
        cycle.add(at);
        return String.join(" -> ", cycle);
    }
}
