package org.maizuru.claims.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.inject.Produces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maizuru.claims.kernel.Actor;

/**
 * The web module's arrows: the API and the pages stand side by side on the capabilities' services; the API
 * never uses a page class; a page bean reads and writes only through a capability's service, never through a
 * persistence context or a query of its own. What both doors need to know of a request (who is calling, from
 * where, in which language) lives in {@code http}, which depends on neither door.
 */
class LayersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maizuru.claims");
    }

    @Test
    void theApiUsesNoPageClass() {
        noClasses()
                .that()
                .resideInAPackage("org.maizuru.claims.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.maizuru.claims.web..")
                .because("associations' systems and the pages are two doors to the same services")
                .check(classes);
    }

    @Test
    void pageBeansAndResourcesReachNoPersistenceContext() {
        noClasses()
                .that()
                .resideInAnyPackage("org.maizuru.claims.web..", "org.maizuru.claims.api..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.Query")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.TypedQuery")
                .because("a page or a resource reads and writes through its capability's service")
                .check(classes);
    }

    @Test
    void pagesAndResourcesUseOneDoorPerCapability() {
        noClasses()
                .that()
                .resideInAnyPackage("org.maizuru.claims.web..", "org.maizuru.claims.api..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Batches")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("RollRow")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("ClaimImports")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("ArchiveImports")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("Corroboration")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("ProgrammeService")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("AuditTrail")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("AuditHash")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("ReportService")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("ProofsOfLife")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("Owed")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("AddressThrottle")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("ClaimSearch")
                .because(
                        "the web module calls a capability through its doors (ClaimService and EvidenceService, ReviewService,"
                                + " DecisionService, RegistryService, AuditService; for accounts AccountService, SignIns, ApiKeys"
                                + " and FirstAdministrators; for payments BankAccounts, Pensions, PaymentRuns and"
                                + " BankingCalendar), not the helpers behind them")
                .check(classes);
    }

    @Test
    void onlyTheCapabilitiesMoveAClaimThroughItsLifecycleOrWriteItsTrail() {
        noClasses()
                .that()
                .resideInAnyPackage("org.maizuru.claims.web..", "org.maizuru.claims.api..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.maizuru.claims.claim.ClaimProgress")
                .because("a page or a resource asks a service for a step; the services move the claim and audit it")
                .check(classes);
    }

    @Test
    void whatBothDoorsShareDependsOnNeither() {
        noClasses()
                .that()
                .resideInAPackage("org.maizuru.claims.http..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.maizuru.claims.web..", "org.maizuru.claims.api..")
                .because("the pages and the API stand side by side on what they share")
                .check(classes);
    }

    @Test
    void theActingPersonIsProducedOnceForBothDoors() {
        methods()
                .that()
                .areAnnotatedWith(Produces.class)
                .and()
                .haveRawReturnType(Actor.class)
                .should()
                .beDeclaredInClassesThat()
                .resideInAPackage("org.maizuru.claims.http")
                .because("a page and a resource must see the same caller, authenticated the same way")
                .check(classes);
    }
}
