package safetyconsole;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import safetyconsole.cloud.Confirmation;
import safetyconsole.cloud.Operation;

/** The architecture rule for confirmations really fails on a class outside the guard that makes one. */
class ConfirmationRuleTest {

    /** Outside the guard package, like any view or provider that might try. */
    static final class Forger {
        Confirmation forge() {
            return new Confirmation("plan", "stack", Operation.DELETE_STACK, Set.of("stack"), Instant.MAX);
        }
    }

    @Test
    void aConfirmationMadeOutsideTheGuardBreaksTheRule() {
        JavaClasses forger = new ClassFileImporter().importClasses(Forger.class);

        assertThatThrownBy(() -> ArchitectureTest.onlyTheGuardCreatesConfirmations.check(forger))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Confirmation.<init>");
    }
}
