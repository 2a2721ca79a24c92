package safetyconsole;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import safetyconsole.cloud.CloudOperations;
import safetyconsole.cloud.Confirmation;
import safetyconsole.launcher.Launcher;
import safetyconsole.ui.shell.OpenAccount;

/** The layers and walls described in docs/architecture.md, kept by the build. */
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

    /** Any constructor, whatever its parameters: a new signature must not open a way around the guard. */
    private static final DescribedPredicate<JavaConstructorCall> A_CONFIRMATION_CONSTRUCTOR =
            new DescribedPredicate<JavaConstructorCall>("a constructor of " + Confirmation.class.getSimpleName()) {
                @Override
                public boolean test(JavaConstructorCall call) {
                    return call.getTargetOwner().isAssignableTo(Confirmation.class);
                }
            };

    @ArchTest
    static final ArchRule onlyTheGuardCreatesConfirmations = noClasses()
            .that().resideOutsideOfPackage("safetyconsole.guard..")
            .should().callConstructorWhere(A_CONFIRMATION_CONSTRUCTOR)
            .because("a confirmation is proof of typed confirmation and re-verification, which only the guard does");

    private static final Set<String> MUTATIONS = Arrays.stream(CloudOperations.class.getDeclaredMethods())
            .map(Method::getName).collect(Collectors.toSet());

    private static final DescribedPredicate<JavaCall<?>> A_MUTATION =
            new DescribedPredicate<JavaCall<?>>("a mutating method of CloudOperations " + MUTATIONS) {
                @Override
                public boolean test(JavaCall<?> call) {
                    return call.getTargetOwner().isAssignableTo(CloudOperations.class)
                            && MUTATIONS.contains(call.getName());
                }
            };

    private static final Set<String> CLOCK_READERS = Set.of(Instant.class.getName(), LocalDate.class.getName(),
            LocalDateTime.class.getName(), LocalTime.class.getName(), ZonedDateTime.class.getName(),
            OffsetDateTime.class.getName(), OffsetTime.class.getName(), Year.class.getName(),
            YearMonth.class.getName(), MonthDay.class.getName());

    private static final DescribedPredicate<JavaCall<?>> READS_THE_SYSTEM_CLOCK =
            new DescribedPredicate<JavaCall<?>>(
                    "a read of the system clock (now(), currentTimeMillis(), Clock.system*)") {
                @Override
                public boolean test(JavaCall<?> call) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    return CLOCK_READERS.contains(owner) && name.equals("now")
                            || owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
                            || owner.equals(Clock.class.getName()) && name.startsWith("system")
                            || owner.equals(Date.class.getName()) && name.equals("<init>")
                            && call.getTarget().getRawParameterTypes().isEmpty();
                }
            };

    @ArchTest
    static final ArchRule timeComesFromTheOneClock = noClasses()
            .that().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().callCodeUnitWhere(READS_THE_SYSTEM_CLOCK)
            .because("all time comes from the Clock the launcher makes (set by AppClock): the demo and the tests"
                    + " must work on any date; System.nanoTime() for elapsed time is fine");

    @ArchTest
    static final ArchRule onlyTheGuardMutates = noClasses()
            .that().resideOutsideOfPackages("safetyconsole.guard..", "safetyconsole.cloud..")
            .should().callMethodWhere(A_MUTATION)
            .because("every mutating cloud call goes through the guard: confirmation, re-verification, audit");

    @ArchTest
    static final ArchRule onlyTheWindowsCompositionKnowsTheAppContext = noClasses()
            .that().resideInAPackage("safetyconsole.ui..")
            .and().doNotHaveFullyQualifiedName(OpenAccount.class.getName())
            .should().dependOnClassesThat().haveFullyQualifiedName(AppContext.class.getName())
            .because("each part of the window gets the services it uses, not the whole composition root");

    /** Every package is its own slice, the base package included. */
    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals("safetyconsole") || name.startsWith("safetyconsole.")
                    ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each package of safetyconsole";
        }
    };

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles()
            .because("a package that depends on itself through others cannot be understood, tested or moved alone");
}
