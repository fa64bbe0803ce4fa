package th.ac.ums.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.helidon.dbclient.DbExecute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's layers point one way (docs/decisions.md, "Package map"): features and the platform
 * never form a cycle, only the composition root knows every feature, and the rules (services,
 * repositories, stores, the platform) know nothing of HTTP: {@code http} maps their
 * {@code Refusal}s to statuses; services and routes leave SQL to repositories, lists and stores.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("th.ac.ums.server");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("th.ac.ums.server.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCompositionRootKnowsTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("th.ac.ums.server")
                .should().dependOnClassesThat().resideInAPackage("th.ac.ums.server")
                .check(classes);
    }

    @Test
    void servicesRepositoriesAndStoresKnowNothingOfHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .or().haveSimpleNameEndingWith("Repository")
                .or().haveSimpleNameEndingWith("Store")
                .or().haveSimpleNameEndingWith("Lists")
                .should().dependOnClassesThat().resideInAnyPackage("th.ac.ums.server.http..", "io.helidon.webserver..",
                        "io.helidon.http..")
                .check(classes);
    }

    /**
     * SQL sits in repositories, lists and stores: a service or a route passes a transaction down
     * but never runs a statement itself (every method of Helidon's {@code DbExecute} takes SQL).
     */
    @Test
    void servicesAndRoutesRunNoSql() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Routes")
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(DbExecute.class))))
                .check(classes);
    }

    @Test
    void theLowerLayersKnowNothingOfHttp() {
        noClasses().that().resideInAnyPackage("th.ac.ums.server.domain..", "th.ac.ums.server.platform..",
                        "th.ac.ums.server.paging..", "th.ac.ums.server.records..", "th.ac.ums.server.sync..",
                        "th.ac.ums.server.cache..",
                        "th.ac.ums.server.audit..", "th.ac.ums.server.ratelimit..", "th.ac.ums.server.sessions..",
                        "th.ac.ums.server.seed..", "th.ac.ums.server.cli..", "th.ac.ums.server.commands..")
                .and().haveSimpleNameNotEndingWith("Routes")   // a feature's own HTTP edge (audit, sync)
                .should().dependOnClassesThat().resideInAPackage("th.ac.ums.server.http..")
                .check(classes);
    }

    @Test
    void theDomainKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("th.ac.ums.server.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("th.ac.ums.server.(*)..")
                .andShould().dependOnClassesThat().resideOutsideOfPackages("th.ac.ums.server.domain..",
                        "th.ac.ums.model..", "java..")
                .check(classes);
    }
}
