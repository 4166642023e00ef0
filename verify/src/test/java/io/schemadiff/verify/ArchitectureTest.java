package io.schemadiff.verify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The architecture, checked on the compiled main classes of every module (this module's tests see them all): no two
 * packages use each other however indirectly, a module's root package is its facade (its subpackages never use it),
 * and the module edges the design forbids are absent: model, parser and differ never reach cli or verify, the
 * differ's main code never reaches the parser nor the parser the differ (the differ's tests read SQL with it), and
 * the model reaches no other module.
 */
class ArchitectureTest {
    private static final String ROOT = "io.schemadiff";
    private static final List<String> MODULES = List.of("model", "parser", "differ", "cli", "verify");
    private static final JavaClasses MAIN = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);

    @Test
    void everyModuleIsSeen() {
        Set<String> modules = new TreeSet<>();
        for (JavaClass c : MAIN) {
            String rest = c.getPackageName().substring(ROOT.length() + 1);
            modules.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
        }
        assertEquals(new TreeSet<>(MODULES), modules, "the modules whose main classes were imported");
    }

    @Test
    void noPackageCycle() {
        cycles().check(MAIN);
    }

    @Test
    void subpackagesNeverUseTheirModulesFacade() {
        for (String m : MODULES) {
            String facade = ROOT + "." + m;
            noClasses().that().resideInAPackage(facade + ".*..")
                .should().dependOnClassesThat().resideInAPackage(facade)
                .because("a module's root package is its facade: it uses its subpackages, they never use it")
                .allowEmptyShould(true)
                .check(MAIN);
        }
    }

    @Test
    void modelParserAndDifferNeverReachCliOrVerify() {
        noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".parser..", ROOT + ".differ..")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage(ROOT + ".cli..", ROOT + ".verify..")
            .check(MAIN);
    }

    @Test
    void differAndParserNeverReachEachOther() {
        noClasses().that().resideInAPackage(ROOT + ".differ..")
            .should().transitivelyDependOnClassesThat().resideInAPackage(ROOT + ".parser..")
            .because("the differ works on catalogs and never reads SQL")
            .check(MAIN);
        noClasses().that().resideInAPackage(ROOT + ".parser..")
            .should().transitivelyDependOnClassesThat().resideInAPackage(ROOT + ".differ..")
            .because("the parser reads schemas and knows nothing of plans")
            .check(MAIN);
    }

    @Test
    void theModelReachesNoOtherModule() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
            .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".model..", "java..")
            .check(MAIN);
    }

    /** The cycle rule finds one: two test classes in two packages that use each other. */
    @Test
    void aCycleIsFound() {
        JavaClasses fixture = new ClassFileImporter().importPackages(ROOT + ".verify.archcycle");
        assertTrue(fixture.size() >= 2, "the fixture was imported: " + fixture.size());
        assertTrue(cycles().evaluate(fixture).hasViolation(), "a cycle between archcycle.a and archcycle.b");
    }

    private static ArchRule cycles() {
        return slices().matching(ROOT + ".(**)").should().beFreeOfCycles();
    }
}
