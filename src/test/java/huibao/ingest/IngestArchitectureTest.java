package huibao.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Holds ingest to its place: Tika stays in this package, and ingest reads only model and config of huibao. */
class IngestArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("huibao");

    @Test
    void tikaStaysInIngest() {
        noClasses().that().resideOutsideOfPackage("huibao.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.tika..", "org.apache.pdfbox..")
                .allowEmptyShould(true)
                .check(MAIN);
        // POI reads Word files here; the only other user is export, which writes the workbook
        noClasses().that().resideOutsideOfPackages("huibao.ingest..", "huibao.export..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void ingestUsesOnlyModelConfigAndItsParsers() {
        classes().that().resideInAPackage("huibao.ingest..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("huibao.ingest..", "huibao.model..",
                        "huibao.config..", "java..", "org.apache.tika..", "org.apache.poi..", "org.xml.sax..",
                        "javax.xml.stream..")
                .check(MAIN);
    }

    @Test
    void onlyTheReaderItsFailureAndTheFileListingArePublic() {
        classes().that().resideInAPackage("huibao.ingest..").and().arePublic()
                .should().haveSimpleName("ReportReader").orShould().haveSimpleName("UnreadableFileException")
                .orShould().haveSimpleName("ReportFiles").orShould().haveSimpleName("InputFile")
                .check(MAIN);
    }
}
