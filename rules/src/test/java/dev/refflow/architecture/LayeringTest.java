package dev.refflow.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package layout is the design: data flows source → flow → model → rules → report, the engine orchestrates,
 * the cache stores, and the plugin and the command line talk to the request/result API. These rules keep it so.
 */
@AnalyzeClasses(packages = "dev.refflow", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /** Only reading and modelling a file may know the parser: everything after works on RefFlow's own facts. */
    @ArchTest
    static final ArchRule parserOnlyInSourceAndFlow = noClasses()
            .that().resideOutsideOfPackages("dev.refflow.source..", "dev.refflow.flow..")
            .should().dependOnClassesThat().resideInAPackage("com.github.javaparser..")
            .because("only source (parsing) and flow (the interpreter) may import JavaParser");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.refflow.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("source").definedBy("dev.refflow.source..")
            .layer("flow").definedBy("dev.refflow.flow..")
            .layer("model").definedBy("dev.refflow.model..")
            .layer("rules").definedBy("dev.refflow.rules..")
            .layer("report").definedBy("dev.refflow.report..")
            .layer("cache").definedBy("dev.refflow.cache..")
            .layer("api").definedBy("dev.refflow.api..")
            .layer("engine").definedBy("dev.refflow.engine..")
            .layer("cli").definedBy("dev.refflow.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("engine").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("flow").mayOnlyBeAccessedByLayers("engine")
            .whereLayer("cache").mayOnlyBeAccessedByLayers("engine")
            .whereLayer("report").mayOnlyBeAccessedByLayers("engine", "cli")
            .whereLayer("api").mayOnlyBeAccessedByLayers("report", "cache", "engine", "cli")
            .whereLayer("rules").mayOnlyBeAccessedByLayers("report", "cache", "api", "engine", "cli")
            .whereLayer("model").mayOnlyBeAccessedByLayers("flow", "rules", "report", "cache", "api", "engine", "cli");
}
