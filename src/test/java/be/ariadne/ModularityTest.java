package be.ariadne;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The capabilities are modules with small public APIs: no module reaches into another's internals, and no cycles. */
class ModularityTest {
    private final ApplicationModules modules = ApplicationModules.of(AriadneApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    @Test
    void documentsTheModules() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
