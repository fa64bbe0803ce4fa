package th.ac.ums.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The console's shape (MVVM): packages without cycles, views that talk to their ViewModel and not
 * to the API, ViewModels that know no JavaFX nodes. Production classes only.
 */
class ArchitectureTest {
    private static final JavaClasses CONSOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("th.ac.ums.client");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("th.ac.ums.client.(*)..").should().beFreeOfCycles().check(CONSOLE);
    }

    @Test
    void viewsDoNotUseTheApi() {
        noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAPackage("th.ac.ums.client.api..")
                .because("a View talks only to its ViewModel; the ViewModels and the API client talk to the server")
                .check(CONSOLE);
    }

    @Test
    void viewModelsDoNotUseJavaFxNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("ViewModels hold state and logic (javafx.beans and javafx.collections), the Views the nodes")
                .check(CONSOLE);
    }
}
