package dk.samspil.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Something tests need from the machine rather than from the project (a browser, files next to the project). In CI,
 * which sets {@code CI=true}, a missing one fails the build: CI must never pass without running these tests.
 * Elsewhere each test that needs it is skipped with the reason. Check it in {@code @BeforeAll} and call
 * {@link #assume()} in {@code @BeforeEach}: an assumption that fails in {@code @BeforeAll} leaves no test in the
 * report at all, so the tests would seem to pass.
 *
 * @param missing what is missing and how to get it, {@code null} when it is there
 */
public record Prerequisite(String missing) {

    public static Prerequisite check(boolean present, String missing) {
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI must run these tests, but " + missing);
        }
        return new Prerequisite(present ? null : missing);
    }

    public boolean present() {
        return missing == null;
    }

    /** Skips the test, with the reason, when the prerequisite is missing. */
    public void assume() {
        Assumptions.assumeTrue(present(), () -> "Skipped outside CI (with CI=true it fails): " + missing);
    }
}
