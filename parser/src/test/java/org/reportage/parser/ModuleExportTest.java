package org.reportage.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor of {@code reportage-parser} exports exactly {@code org.reportage.parser}: every
 * stage stays in non-exported packages. Reads {@code target/classes} (Maven runs tests with the module as
 * working directory).
 */
class ModuleExportTest {

    private static ModuleDescriptor descriptor() {
        Path classes = Path.of("target", "classes");
        assertThat(Files.exists(classes.resolve("module-info.class"))).as("compiled module-info").isTrue();
        return ModuleFinder.of(classes).find("org.reportage.parser").orElseThrow().descriptor();
    }

    @Test
    void exportsExactlyTheApiPackage() {
        ModuleDescriptor d = descriptor();
        assertThat(d.isOpen()).isFalse();
        assertThat(d.opens()).isEmpty();
        assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).as(e.toString()).isFalse());
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .isEqualTo(Set.of("org.reportage.parser"));
    }

    @Test
    void internalPackagesExistButAreHidden() {
        ModuleDescriptor d = descriptor();
        assertThat(d.packages()).contains("org.reportage.parser.internal");
        assertThat(d.packages()).filteredOn(p -> !p.equals("org.reportage.parser"))
                .allSatisfy(p -> assertThat(p).startsWith("org.reportage.parser.internal"));
    }

    @Test
    void coreIsRequiredTransitivelyBecauseItsTypesAreTheResults() {
        assertThat(descriptor().requires()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("org.reportage.core");
            assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        });
    }
}
