package org.chorus.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layers, bottom up: corpus (posts and the shared text rules); fingerprint (what
 * makes two texts copies); index (posts in Lucene); search and dupes (finding posts, finding
 * copies); network (accounts linked by copies); eval and narratives beside them, on the corpus
 * only; app on top. A package may use those below it, never one above or beside it, so each can
 * be read, tested and changed without the ones that use it. The app module sees every product
 * module, so the test lives here.
 */
@AnalyzeClasses(packages = "org.chorus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("org.chorus.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule layers = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("Corpus").definedBy("org.chorus.corpus..")
      .layer("Fingerprint").definedBy("org.chorus.fingerprint..")
      .layer("Index").definedBy("org.chorus.index..")
      .layer("Search").definedBy("org.chorus.search..")
      .layer("Dupes").definedBy("org.chorus.dupes..")
      .layer("Network").definedBy("org.chorus.network..")
      .layer("Eval").definedBy("org.chorus.eval..")
      .layer("Narratives").definedBy("org.chorus.narratives..")
      .layer("Labels").definedBy("org.chorus.labels..")
      .layer("App").definedBy("org.chorus.app..")
      .whereLayer("Corpus").mayNotAccessAnyLayer()
      .whereLayer("Fingerprint").mayOnlyAccessLayers("Corpus")
      .whereLayer("Index").mayOnlyAccessLayers("Corpus", "Fingerprint")
      .whereLayer("Search").mayOnlyAccessLayers("Corpus", "Fingerprint", "Index")
      .whereLayer("Dupes").mayOnlyAccessLayers("Corpus", "Fingerprint", "Index")
      .whereLayer("Network").mayOnlyAccessLayers("Corpus", "Fingerprint", "Index", "Dupes")
      .whereLayer("Eval").mayOnlyAccessLayers("Corpus")
      .whereLayer("Narratives").mayOnlyAccessLayers("Corpus", "Eval")
      .whereLayer("Labels").mayOnlyAccessLayers("Corpus", "Fingerprint", "Eval", "Narratives")
      .whereLayer("App").mayNotBeAccessedByAnyLayer();

  @ArchTest
  static final ArchRule productCodeUsesNoFrontEnd = noClasses()
      .that().resideInAnyPackage("org.chorus.corpus..", "org.chorus.fingerprint..",
          "org.chorus.index..", "org.chorus.search..", "org.chorus.dupes..",
          "org.chorus.network..", "org.chorus.narratives..", "org.chorus.eval..",
          "org.chorus.labels..", "org.chorus.app..")
      .should().dependOnClassesThat().resideInAnyPackage("org.chorus.cli..", "org.chorus.bench..");
}
