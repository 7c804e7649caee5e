package app.rada;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void module_diagrams_are_written_into_the_docs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        org.assertj.core.api.Assertions.assertThat(new java.io.File("docs/modules/components.puml")).exists();
    }
}
