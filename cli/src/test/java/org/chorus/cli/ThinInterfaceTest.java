package org.chorus.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The command line is an interface, not an engine: it parses, calls the app layer, and prints.
 * It may hold the data the operations return (records, enums, exceptions), but it never drives
 * Lucene or a product class that does work, so the web server and the Spark jobs, calling the
 * same app layer, can never disagree with it. The web server is held to the same rule.
 */
@AnalyzeClasses(packages = "org.chorus", importOptions = ImportOption.DoNotIncludeTests.class)
class ThinInterfaceTest {
  private static final DescribedPredicate<JavaClass> ENGINES = resideInAnyPackage(
      "org.chorus.fingerprint..", "org.chorus.index..", "org.chorus.search..",
      "org.chorus.dupes..", "org.chorus.network..", "org.chorus.narratives..",
      "org.chorus.eval..", "org.chorus.accounts..", "org.chorus.labels..")
      .and(not(assignableTo(Record.class)))
      .and(not(assignableTo(Enum.class)))
      .and(not(assignableTo(Throwable.class)))
      .and(not(simpleName("Builder")))
      .as("product classes that do work (not records, their builders, enums or exceptions)");

  @ArchTest
  static final ArchRule cliCallsTheAppLayerOnly = noClasses()
      .that().resideInAnyPackage("org.chorus.cli..", "org.chorus.web..")
      .should().dependOnClassesThat(ENGINES)
      .orShould().dependOnClassesThat().resideInAPackage("org.apache.lucene..");
}
