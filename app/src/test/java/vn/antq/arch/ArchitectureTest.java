package vn.antq.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.antq.about.AppInfo;
import vn.antq.storage.StoreOptions;

/** The layers of the product, enforced: the domain knows nothing of JavaFX, SQL, files or the outer layers. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.antq");
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage("vn.antq.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.nio.file..",
                        "org.sqlite..", "org.apache.poi..", "com.lowagie..", "com.fasterxml..", "picocli..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.antq.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.antq.storage..", "vn.antq.ui..",
                        "vn.antq.dossier..", "vn.antq.cli..", "vn.antq.importer..", "vn.antq.rules..",
                        "vn.antq.interchange..", "vn.antq.app..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.antq.domain..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .check(classes);
    }

    @Test
    void storageExportAndImportKnowNoScreens() {
        noClasses().that().resideInAnyPackage("vn.antq.storage..", "vn.antq.dossier..", "vn.antq.importer..",
                        "vn.antq.rules..", "vn.antq.interchange..", "vn.antq.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.antq.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void sqlStaysInStorage() {
        noClasses().that().resideOutsideOfPackages("vn.antq.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("vn.antq.(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void nothingDependsOnTheLauncher() {
        noClasses().that().resideOutsideOfPackage("vn.antq.app..")
                .should().dependOnClassesThat().resideInAPackage("vn.antq.app..")
                .check(classes);
    }

    @Test
    void viewsDoNotUseTheStore() {
        noClasses().that().resideInAPackage("vn.antq.ui..").and().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAPackage("vn.antq.storage..")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().resideInAPackage("vn.antq.ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    /**
     * The shipped rules are chosen by the composition root (the launcher, the command line, the
     * application, and {@code StoreOptions.defaults()} which binds them lazily for the store);
     * everything below takes them from the store's options, never from the loaders' static defaults
     * ({@code RulesLoader.defaultRubric/defaultProfile}, {@code ChecklistLoader.defaultChecklist},
     * {@code ReviewRulesLoader.defaultRules}, {@code RecognitionLoader.defaultRules}, and any
     * {@code default…} a loader adds later).
     */
    @Test
    void onlyTheCompositionRootReadsTheShippedRules() {
        // calls and method references (RulesLoader::defaultRubric) alike
        noClasses().that().resideOutsideOfPackages("vn.antq.rules..", "vn.antq.app..", "vn.antq.cli..")
                .and().doNotHaveFullyQualifiedName("vn.antq.ui.AntqApplication")
                .and().doNotHaveFullyQualifiedName("vn.antq.storage.StoreOptions")
                .should().accessTargetWhere(STATIC_RULE_DEFAULT)
                .check(classes);
        // in StoreOptions, only defaults() (and the lambdas it declares) binds them
        List<String> elsewhere = classes.get(StoreOptions.class).getAccessesFromSelf().stream()
                .filter(STATIC_RULE_DEFAULT)
                .filter(a -> !a.getOrigin().getName().equals("defaults")
                        && !a.getOrigin().getName().startsWith("lambda$defaults$"))
                .map(JavaAccess::getDescription)
                .toList();
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void theRuleOnStaticDefaultsSeesEveryLoader() {
        // the predicate is what the rule above stands on: it must know every loader's default
        List<String> seen = classes.get(StoreOptions.class).getAccessesFromSelf().stream()
                .filter(STATIC_RULE_DEFAULT)
                .map(a -> a.getTargetOwner().getSimpleName() + "." + a.getName())
                .distinct().sorted().toList();
        assertThat(seen).containsExactly("ChecklistLoader.defaultChecklist", "RecognitionLoader.defaultRules",
                "ReviewRulesLoader.defaultRules", "RulesLoader.defaultProfile", "RulesLoader.defaultRubric");
    }

    /** A static {@code default…} method of a rules loader ({@code vn.antq.rules}). */
    static final DescribedPredicate<JavaAccess<?>> STATIC_RULE_DEFAULT = new DescribedPredicate<>(
            "a static rule default") {
        @Override
        public boolean test(JavaAccess<?> access) {
            return access.getTargetOwner().getPackageName().equals("vn.antq.rules")
                    && access.getName().startsWith("default");
        }
    };
}
