package dk.samspil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails the build when a module reaches into another's internals, uses a module it does not declare in
 * {@code allowedDependencies}, or modules depend on each other in a cycle.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SamspilApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresWhichModulesItMayUse() {
        assertThat(modules.stream()).isNotEmpty().allSatisfy(module -> {
            ApplicationModule declared = module.getBasePackage()
                    .findAnnotation(ApplicationModule.class)
                    .orElseThrow();
            assertThat(declared.allowedDependencies())
                    .as(module.getIdentifier().toString())
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        });
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
