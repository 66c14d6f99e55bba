package huibao.bench;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import huibao.export.json.FiguresJson;
import huibao.index.BareIndex;
import huibao.index.IndexStats;
import huibao.index.SearchRequest;
import huibao.index.SearchResults;
import huibao.ingest.ReportReader;
import org.junit.jupiter.api.Test;

/**
 * The benchmark measures huibao from outside: it ingests and searches through the facade, and
 * reaches the stages only for its baseline's two pieces ({@link ReportReader#plainText}, {@link BareIndex}),
 * the search's request and answer, and the results file's writer; nothing but the command line
 * depends on it.
 */
class BenchArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("huibao");

    @Test
    void theBenchReachesTheStagesOnlyThroughTheFacadeAndItsBaseline() {
        noClasses().that().resideInAPackage("huibao.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("huibao.extract..", "huibao.check..",
                        "huibao.dataset..", "huibao.project..", "huibao.cli..", "huibao.web..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("huibao.bench..")
                .should().dependOnClassesThat(resideInAPackage("huibao.ingest..").and(not(type(ReportReader.class))))
                .check(CLASSES);
        noClasses().that().resideInAPackage("huibao.bench..")
                .should().dependOnClassesThat(resideInAPackage("huibao.index..").and(not(type(BareIndex.class)))
                        .and(not(type(SearchRequest.class))).and(not(type(SearchResults.class)))
                        .and(not(type(IndexStats.class))))
                .check(CLASSES);
        noClasses().that().resideInAPackage("huibao.bench..")
                .should().dependOnClassesThat(resideInAPackage("huibao.export..").and(not(type(FiguresJson.class))))
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineUsesTheBench() {
        noClasses().that().resideOutsideOfPackages("huibao.bench..", "huibao.cli..")
                .should().dependOnClassesThat().resideInAPackage("huibao.bench..")
                .check(CLASSES);
    }
}
