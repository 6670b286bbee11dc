package org.reportage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor of {@code reportage-core} exports exactly the API packages and opens the
 * records to Jackson only. Reads {@code target/classes} (Maven runs tests with the module as working directory).
 */
class ModuleExportTest {

    private static ModuleDescriptor descriptor() {
        Path classes = Path.of("target", "classes");
        assertThat(Files.exists(classes.resolve("module-info.class"))).as("compiled module-info").isTrue();
        return ModuleFinder.of(classes).find("org.reportage.core").orElseThrow().descriptor();
    }

    @Test
    void exportsExactlyTheApiPackagesToEveryone() {
        ModuleDescriptor d = descriptor();
        assertThat(d.isOpen()).isFalse();
        assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).as(e.toString()).isFalse());
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .isEqualTo(Set.of("org.reportage.core", "org.reportage.core.json"));
    }

    @Test
    void opensTheRecordsToJacksonOnly() {
        assertThat(descriptor().opens()).allSatisfy(o -> {
            assertThat(o.source()).isEqualTo("org.reportage.core");
            assertThat(o.targets()).containsExactly("tools.jackson.databind");
        });
    }

    @Test
    void jacksonIsARequiresTransitiveBecauseItsTypesAppearInTheApi() {
        // ReportageJson.read declares tools.jackson.core.JacksonException, so users need it readable.
        assertThat(descriptor().requires()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("tools.jackson.databind");
            assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        });
    }
}
