package safetyconsole;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md, kept by the build. */
@AnalyzeClasses(packages = "safetyconsole", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheAwsAdapterUsesTheAwsSdk = noClasses()
            .that().resideOutsideOfPackage("safetyconsole.cloud.aws..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
            .because("only cloud.aws may import the AWS SDK");

    @ArchTest
    static final ArchRule javaFxOnlyInTheUi = noClasses()
            .that().resideOutsideOfPackage("safetyconsole.ui..")
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("logic stays free of JavaFX so it can be tested and reused headless");

    @ArchTest
    static final ArchRule nothingBelowTheUiImportsIt = noClasses()
            .that().resideOutsideOfPackage("safetyconsole.ui..")
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().dependOnClassesThat().resideInAPackage("safetyconsole.ui..")
            .because("dependencies point downwards: nothing imports ui");

    @ArchTest
    static final ArchRule uiDoesNotUseTheAwsSdk = noClasses()
            .that().resideInAPackage("safetyconsole.ui..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..");

    @ArchTest
    static final ArchRule onlyTheCompositionRootPicksAProvider = noClasses()
            .that().doNotHaveFullyQualifiedName(AppContext.class.getName())
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .and().resideOutsideOfPackages("safetyconsole.cloud.demo..", "safetyconsole.cloud.aws..",
                    "safetyconsole.cloud.snapshot..")
            .should().dependOnClassesThat().resideInAnyPackage("safetyconsole.cloud.demo..",
                    "safetyconsole.cloud.aws..", "safetyconsole.cloud.snapshot..")
            .because("the rest of the console works against the cloud port, whatever the provider");

    @ArchTest
    static final ArchRule thePortKnowsNoFeature = noClasses()
            .that().resideInAPackage("safetyconsole.cloud..")
            .should().dependOnClassesThat().resideInAnyPackage("safetyconsole.context..", "safetyconsole.inventory..",
                    "safetyconsole.settings..", "safetyconsole.ui..")
            .because("cloud is the bottom layer");
}
