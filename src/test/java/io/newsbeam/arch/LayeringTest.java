package io.newsbeam.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.BeforeClass;
import org.junit.Test;

/** Dependencies point inward: the runner comes only from --runner, and only the pipeline wires stages. */
public class LayeringTest {
  private static JavaClasses main;

  @BeforeClass
  public static void importMain() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.newsbeam");
  }

  @Test
  public void noRunnerIsImported() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.beam.runners..").check(main);
  }

  @Test
  public void modelDependsOnNoStage() {
    noClasses().that().resideInAPackage("io.newsbeam.model..")
        .should().dependOnClassesThat().resideInAnyPackage("io.newsbeam.io..", "io.newsbeam.normalize..",
            "io.newsbeam.dedup..", "io.newsbeam.pipeline..", "io.newsbeam.schema..")
        .check(main);
  }

  @Test
  public void nothingDependsOnThePipeline() {
    noClasses().that().resideOutsideOfPackage("io.newsbeam.pipeline..")
        .should().dependOnClassesThat().resideInAPackage("io.newsbeam.pipeline..").check(main);
  }

  @Test
  public void stagesDoNotReachIntoEachOther() {
    noClasses().that().resideInAPackage("io.newsbeam.normalize..")
        .should().dependOnClassesThat().resideInAnyPackage("io.newsbeam.dedup..", "io.newsbeam.io..")
        .check(main);
    // dedup.eval is an entry point (it wires read + normalize + dedup to measure them), like the pipeline
    noClasses().that().resideInAPackage("io.newsbeam.dedup")
        .should().dependOnClassesThat().resideInAnyPackage("io.newsbeam.io..")
        .check(main);
  }
}
