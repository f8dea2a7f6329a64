package org.constable.forecasting.h3;

import org.constable.forecasting.domain.Forecaster;
import org.constable.forecasting.domain.NaiveCounts;
import org.constable.forecasting.domain.ProspectiveHotspot;
import org.constable.forecasting.domain.RetrospectiveHotspot;

/**
 * Which square-grid methods have an H3 port, and the port of each with the same parameters. The
 * self-exciting and Constable-best methods are fitted on the square grid's row-major cells and
 * have no H3 version (ADR 0032).
 */
public final class H3Methods {

    public static final String SUPPORTED = "naive, retro-<metres> and prohot";

    private H3Methods() {}

    public static H3Forecaster port(Forecaster method) {
        if (method instanceof NaiveCounts naive) {
            return new H3NaiveCounts(naive.lookback());
        }
        if (method instanceof RetrospectiveHotspot retro) {
            return new H3RetrospectiveHotspot(retro.bandwidthMetres(), retro.lookback());
        }
        if (method instanceof ProspectiveHotspot prohot) {
            return new H3ProspectiveHotspot(prohot);
        }
        throw new IllegalArgumentException("The method '" + method.name()
                + "' is not available on H3 cells; on H3 cells use " + SUPPORTED + ", or choose square cells");
    }
}
