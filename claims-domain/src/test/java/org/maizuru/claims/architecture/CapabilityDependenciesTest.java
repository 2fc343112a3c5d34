package org.maizuru.claims.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of the design between capabilities: registry ← claim ← review ← decision; association is used by
 * claim and the rest; notice (what associations are told) is used by review and decision and uses only
 * associations; imports, the bookkeeping of bulk work, is used by the capabilities that load files and
 * uses none of them; payment is downstream of decision, and no capability depends on it; audit observes all
 * through events and depends on none. Under them all: the shared kernel, the words every capability speaks (the
 * {@code Actor} every service call carries, the refusals, the clock, the audit record), which depends on no
 * capability and on none of the plumbing; and the platform, the plumbing (data source, migrations, the duties'
 * schedule and lock, letters), which may speak the kernel but knows no capability.
 */
class CapabilityDependenciesTest {

    private static final String BASE = "org.maizuru.claims.";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maizuru.claims");
    }

    @Test
    void theRegistryDependsOnNoOtherCapability() {
        forbid("registry", "association", "claim", "review", "decision", "audit", "notice");
    }

    @Test
    void noticesKnowOnlyAssociations() {
        forbid("notice", "registry", "claim", "review", "decision", "audit", "imports");
    }

    @Test
    void associationsDependOnNoOtherCapability() {
        forbid("association", "registry", "claim", "review", "decision", "audit", "imports", "notice");
    }

    @Test
    void importBookkeepingKnowsNoCapabilityThatImports() {
        forbid("imports", "registry", "association", "claim", "review", "decision", "audit");
    }

    @Test
    void claimsDependOnlyOnTheRegistryAndAssociations() {
        forbid("claim", "review", "decision", "audit", "notice");
    }

    @Test
    void reviewNeverReachesForwardIntoDecisions() {
        forbid("review", "decision", "audit");
    }

    @Test
    void decisionsDependOnNothingButTheCapabilitiesBeforeThem() {
        forbid("decision", "audit");
    }

    @Test
    void paymentsAreDownstreamOfEveryCapabilityThatDecides() {
        for (String capability : new String[] {
            "registry", "association", "claim", "review", "decision", "audit", "kernel", "platform", "imports", "notice"
        }) {
            forbid(capability, "payment");
        }
        forbid("payment", "audit", "demo");
    }

    @Test
    void theAuditTrailDependsOnNoCapability() {
        forbid("audit", "registry", "association", "claim", "review", "decision", "notice", "payment");
    }

    @Test
    void thePlatformDependsOnNoCapability() {
        forbid("platform", "registry", "association", "claim", "review", "decision", "audit", "imports", "notice");
    }

    @Test
    void theKernelDependsOnNoCapabilityAndNoPlumbing() {
        forbid(
                "kernel",
                "registry",
                "association",
                "claim",
                "review",
                "decision",
                "audit",
                "imports",
                "notice",
                "platform");
    }

    @Test
    void noCapabilityDependsOnTheDemoData() {
        for (String capability : new String[] {
            "registry", "association", "claim", "review", "decision", "audit", "kernel", "platform", "imports", "notice"
        }) {
            forbid(capability, "demo");
        }
    }

    private static void forbid(String capability, String... forbidden) {
        String[] packages = new String[forbidden.length];
        for (int i = 0; i < forbidden.length; i++) {
            packages[i] = BASE + forbidden[i] + "..";
        }
        noClasses()
                .that()
                .resideInAPackage(BASE + capability + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages)
                .because("the design's arrows between capabilities point one way only")
                .check(classes);
    }
}
