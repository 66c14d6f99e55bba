package huibao;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the pipeline's dependencies pointing one way (model and config at the bottom, the
 * facade and the command line at the top) and each third-party library inside its own package.
 */
class ArchitectureTest {

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
        // findings are model records: the exports need no check, only what the checks produce
        noClasses().that().resideInAPackage("huibao.export..")
                .should().dependOnClassesThat(resideInAPackage("huibao..").and(not(resideInAnyPackage(
                        "huibao.export..", "huibao.model..", "huibao.dataset..", "huibao.config.."))))
                .check(classes);
    }

    @Test
    void theProjectTrackerReadsOnlyTheModelAndTheDictionaries() {
        noClasses().that().resideInAPackage("huibao.project..")
                .should().dependOnClassesThat(resideInAPackage("huibao..").and(not(resideInAnyPackage(
                        "huibao.project..", "huibao.model..", "huibao.config.."))))
                .check(classes);
        noClasses().that().resideInAnyPackage("huibao.ingest..", "huibao.extract..", "huibao.index..",
                        "huibao.dataset..", "huibao.check..", "huibao.export..")
                .should().dependOnClassesThat().resideInAPackage("huibao.project..")
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
