package org.sovereign.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module edges of docs/architecture.md: base depends on nothing, the platform on no pillar,
 * pillars never on each other, nothing on the app. Maven already refuses undeclared module
 * dependencies; this test also catches a dependency added to a POM by mistake.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sovereign");
  }

  @Test
  void base_shouldDependOnTheJdkOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.sovereign.base..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("org.sovereign.base..", "java..")
        .check(classes);
  }

  @Test
  void chain_shouldNotReachThePlatformPillarsOrApp() {
    noClasses()
        .that()
        .resideInAPackage("org.sovereign.chain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sovereign.platform..",
            "org.sovereign.reserve..",
            "org.sovereign.power..",
            "org.sovereign.supervision..",
            "org.sovereign.app..")
        .check(classes);
  }

  @Test
  void platform_shouldNotReachChainPillarsOrApp() {
    noClasses()
        .that()
        .resideInAPackage("org.sovereign.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sovereign.chain..",
            "org.sovereign.reserve..",
            "org.sovereign.power..",
            "org.sovereign.supervision..",
            "org.sovereign.app..")
        .check(classes);
  }

  @Test
  void reserve_shouldNotReachOtherPillars() {
    pillarIsolated("reserve", "power", "supervision");
  }

  @Test
  void power_shouldNotReachOtherPillarsOrTheChain() {
    pillarIsolated("power", "reserve", "supervision");
    noClasses()
        .that()
        .resideInAPackage("org.sovereign.power..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.sovereign.chain..")
        .check(classes);
  }

  @Test
  void supervision_shouldNotReachOtherPillars() {
    pillarIsolated("supervision", "reserve", "power");
  }

  @Test
  void solvency_shouldDependOnTheJdkAndBaseOnly() {
    // The proof-of-solvency core is a format: verifiers elsewhere must be able to reimplement it
    // from the JDK alone, and persistence stays outside it, behind NodeSink and NodeSource.
    noClasses()
        .that()
        .resideInAPackage("org.sovereign.supervision.solvency..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "org.sovereign.supervision.solvency..", "org.sovereign.base..", "java..")
        .check(classes);
  }

  @Test
  void screening_shouldDependOnTheJdkAndBaseOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.sovereign.supervision.screening..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "org.sovereign.supervision.screening..",
            "org.sovereign.base..",
            "java..",
            "javax.xml..")
        .check(classes);
  }

  private static void pillarIsolated(String pillar, String... others) {
    String[] forbidden = new String[others.length + 1];
    for (int i = 0; i < others.length; i++) {
      forbidden[i] = "org.sovereign." + others[i] + "..";
    }
    forbidden[others.length] = "org.sovereign.app..";
    noClasses()
        .that()
        .resideInAPackage("org.sovereign." + pillar + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .check(classes);
  }
}
