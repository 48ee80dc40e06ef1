package io.cartomaps;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: bundle → validate → maps → backend, with the front ends (mcp, cli, http) and
 * render at the edges and {@code app} composing the core for them. These rules fail the build on
 * the first import against it.
 */
class PackageDirectionsTest {

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cartomaps");
  }

  @Test
  void noPackageDependsOnItselfThroughAnother() {
    // Each package is a slice, so a parent and its child may not need each other either.
    slices().matching("io.cartomaps.(**)").should().beFreeOfCycles().check(main);
  }

  @Test
  void theCoreKnowsNoFrontEnd() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.cartomaps.json..",
            "io.cartomaps.config..",
            "io.cartomaps.bundle..",
            "io.cartomaps.validate..",
            "io.cartomaps.maps..",
            "io.cartomaps.backend..",
            "io.cartomaps.render..",
            "io.cartomaps.export..",
            "io.cartomaps.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.cartomaps.mcp..", "io.cartomaps.cli..", "io.cartomaps.http..")
        .check(main);
  }

  @Test
  void frontEndsDoNotReachIntoEachOther() {
    noClasses()
        .that()
        .resideInAnyPackage("io.cartomaps.mcp..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.cartomaps.cli..", "io.cartomaps.http..")
        .check(main);
    noClasses()
        .that()
        .resideInAnyPackage("io.cartomaps.http..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.cartomaps.cli..")
        .check(main);
  }

  @Test
  void backendsKnowOnlyTheirContractBelowThem() {
    noClasses()
        .that()
        .resideInAnyPackage("io.cartomaps.backend..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.cartomaps.maps..",
            "io.cartomaps.validate..",
            "io.cartomaps.render..",
            "io.cartomaps.export..",
            "io.cartomaps.app..")
        .check(main);
  }

  @Test
  void onlyTheEntryPointLivesAtTheRoot() {
    classes()
        .that()
        .resideInAPackage("io.cartomaps")
        .should()
        .haveSimpleNameStartingWith("Main")
        .check(main);
  }
}
