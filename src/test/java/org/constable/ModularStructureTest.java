package org.constable;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules depend on each other only as their package-info declares. */
class ModularStructureTest {

    @Test
    void modulesRespectTheirDeclaredBoundaries() {
        ApplicationModules.of(ConstableApplication.class).verify();
    }
}
