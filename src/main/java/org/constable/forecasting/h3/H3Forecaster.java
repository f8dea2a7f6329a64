package org.constable.forecasting.h3;

import java.util.Map;

/**
 * A predictive-mapping method on H3 cells: from the events before the cut-off, a positive risk per
 * H3 cell index (cells left out have none). As with the square-grid {@code Forecaster}, only the
 * ranking matters, implementations keep no state between calls, and the name gives the parameters.
 */
public interface H3Forecaster {

    String name();

    Map<Long, Double> risk(H3History history);
}
