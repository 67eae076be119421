package org.saddlepoint.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the package layering of DESIGN.md: each layer uses only the layers above it; only
 * {@code ui} touches JavaFX; only {@code compute.opencl} touches JOCL; the core runs headless.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.saddlepoint");
    }

    @Test
    void layersDependOnlyUpwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("expr").definedBy("org.saddlepoint.expr..")
                .layer("surface").definedBy("org.saddlepoint.surface..")
                .layer("nn").definedBy("org.saddlepoint.nn..")
                .layer("optim").definedBy("org.saddlepoint.optim..")
                .layer("analysis").definedBy("org.saddlepoint.analysis..")
                .layer("compute").definedBy("org.saddlepoint.compute..")
                .layer("scene").definedBy("org.saddlepoint.scene..")
                .layer("render").definedBy("org.saddlepoint.render..")
                .layer("ui").definedBy("org.saddlepoint.ui..")
                .layer("cli").definedBy("org.saddlepoint.cli..")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("ui")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("render").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("scene").mayOnlyBeAccessedByLayers("render", "ui", "cli")
                .whereLayer("compute").mayOnlyBeAccessedByLayers("scene", "render", "ui", "cli")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("compute", "scene", "render", "ui", "cli")
                .whereLayer("optim").mayOnlyBeAccessedByLayers("analysis", "compute", "scene", "render", "ui", "cli")
                .whereLayer("nn").mayOnlyBeAccessedByLayers("optim", "analysis", "compute", "scene", "render", "ui", "cli")
                .whereLayer("surface").mayOnlyBeAccessedByLayers("nn", "optim", "analysis", "compute", "scene", "render", "ui", "cli")
                .check(classes);
    }

    @Test
    void onlyUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.saddlepoint.ui..")
                .and().doNotHaveFullyQualifiedName("org.saddlepoint.Main")
                .and().resideOutsideOfPackage("org.saddlepoint.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void cliDoesNotTouchJavaFx() {
        noClasses().that().resideInAPackage("org.saddlepoint.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyComputeOpenclTouchesJocl() {
        noClasses().that().resideOutsideOfPackage("org.saddlepoint.compute.opencl..")
                .should().dependOnClassesThat().resideInAPackage("org.jocl..")
                .check(classes);
    }

    @Test
    void libraryCodeNeverExitsTheJvm() {
        noClasses().that().doNotHaveFullyQualifiedName("org.saddlepoint.Main")
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }

    @Test
    void noStackTracesPrinted() {
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(classes);
    }
}
