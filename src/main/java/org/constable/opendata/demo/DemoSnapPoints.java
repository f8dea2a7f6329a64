package org.constable.opendata.demo;

import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.constable.opendata.application.SnapPointSets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo force's analyst derived its open-data snap points from the gazetteer once, as a force
 * does before its first police.uk publication, so the export of last month's crime works on the
 * first start. A set already there (loaded or derived) is left alone.
 */
@Component
@Order(70)
class DemoSnapPoints implements ApplicationRunner {

    private final DemoMode demo;
    private final SnapPointSets snapPoints;
    private final CurrentActor actors;

    DemoSnapPoints(DemoMode demo, SnapPointSets snapPoints, CurrentActor actors) {
        this.demo = demo;
        this.snapPoints = snapPoints;
        this.actors = actors;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        actors.load(DemoMode.DEMO_USER_PREFIX + "intelligence-analyst")
                .filter(analyst -> snapPoints.current(analyst).isEmpty())
                .ifPresent(snapPoints::deriveFromGazetteer);
    }
}
