package org.civiclab;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the engine behind one package, so that moving to a maintained fork of Camunda 7
 * stays a mechanical change (docs/adr/0002).
 */
@AnalyzeClasses(packages = "org.civiclab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule onlyThePipelinePackageUsesTheEngine = noClasses().that()
		.resideOutsideOfPackage("org.civiclab.pipeline..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.camunda..")
		.because("only org.civiclab.pipeline may talk to the process engine (docs/adr/0002)");

}
