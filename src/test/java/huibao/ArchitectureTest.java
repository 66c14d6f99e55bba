package huibao;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
                        "huibao.project..")).and(not(SEARCH_RESULTS))))
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
    void theProjectTrackerReadsOnlyTheModelAndTheDictionaries() {
        noClasses().that().resideInAPackage("huibao.project..")
                .should().dependOnClassesThat(resideInAPackage("huibao..").and(not(resideInAnyPackage(
                        "huibao.project..", "huibao.model..", "huibao.config.."))))
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
    }
}
