package org.constable.forecasting.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constable.forecasting.best.ConstableBestForecaster;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.Forecaster;
import org.constable.forecasting.domain.Lookback;
import org.constable.forecasting.domain.NaiveCounts;
import org.constable.forecasting.domain.ProspectiveHotspot;
import org.constable.forecasting.domain.RetrospectiveHotspot;
import org.constable.forecasting.selfexciting.SelfExcitingForecaster;
import org.constable.shared.InvalidInput;

/**
 * Method names as typed on the command line or picked on the page, resolved for a dataset's
 * cadence: "naive" (28 days daily or weekly, 3 months monthly), "naive-365d", "retro-1000", "retro-500"
 * (56 days daily or weekly, 6 months monthly), "prohot" (8 cells, 8 weeks or 8 months). A window can be
 * given explicitly: "naive-12m", "retro-750-90d". Constable's own: "sepp" (self-exciting, 365-day
 * window) and "constable-best" (parameters tuned per cadence before the scored period).
 */
public final class ForecastMethods {

    /** The configurations open_cp's figures in the data README were measured with. */
    public static final List<String> REFERENCE = List.of("naive", "naive-365d", "retro-1000", "retro-500", "prohot");

    /** Constable's own methods (self-exciting; long-run plus near-repeat, see ADR 0031). */
    public static final List<String> CONSTABLE = List.of("sepp", "constable-best");

    /** What the analyst's page offers: open_cp's reference methods, then Constable's. */
    public static final List<String> SELECTABLE = java.util.stream.Stream.concat(REFERENCE.stream(), CONSTABLE.stream())
            .toList();

    private static final Pattern NAIVE = Pattern.compile("naive(?:-(\\d+)([dm]))?");
    private static final Pattern RETRO = Pattern.compile("retro-(\\d+)(?:-(\\d+)([dm]))?");
    private static final Pattern PROHOT = Pattern.compile("prohot(?:-(\\d+)-(\\d+))?");

    private static final String KNOWN =
            "naive, naive-<n>d|m, retro-<metres>[-<n>d|m], prohot[-<cells>-<units>], sepp or constable-best";

    private ForecastMethods() {}

    /** The reference methods that apply to the cadence (the 365-day count was run on exact-time data only). */
    public static List<String> referenceFor(Cadence cadence) {
        return cadence != Cadence.MONTHLY
                ? REFERENCE
                : REFERENCE.stream().filter(m -> !m.equals("naive-365d")).toList();
    }

    public static List<Forecaster> parseList(String commaSeparated, Cadence cadence) {
        return parseList(commaSeparated, cadence, "methods");
    }

    /** The methods named, comma-separated; a refusal names the request's {@code field}. */
    public static List<Forecaster> parseList(String commaSeparated, Cadence cadence, String field) {
        List<Forecaster> methods = new ArrayList<>();
        for (String name : commaSeparated.split(",")) {
            if (!name.isBlank()) {
                methods.add(parse(name.trim(), cadence, field));
            }
        }
        if (methods.isEmpty()) {
            throw new InvalidInput(field, "Choose at least one method: " + KNOWN + ".");
        }
        return methods;
    }

    public static Forecaster parse(String name, Cadence cadence) {
        return parse(name, cadence, "method");
    }

    /**
     * The method of the name for the cadence; a refusal names the request's {@code field} and says
     * what is allowed, for an unknown name and for a number out of range alike.
     */
    public static Forecaster parse(String name, Cadence cadence, String field) {
        try {
            return named(name, cadence, field);
        } catch (InvalidInput e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // a lookback, bandwidth or count the method's own rules refuse (or too long to be a number)
            throw new InvalidInput(
                    field,
                    "The method '" + name + "' has a number out of range: lookbacks and retro's metres are whole"
                            + " numbers from 1, prohot's cells and units whole numbers from 1 to 20.");
        }
    }

    private static Forecaster named(String name, Cadence cadence, String field) {
        String n = name.toLowerCase(Locale.ROOT);
        Matcher m = NAIVE.matcher(n);
        if (m.matches()) {
            return new NaiveCounts(window(
                    m.group(1), m.group(2), cadence == Cadence.MONTHLY ? Lookback.months(3) : Lookback.days(28)));
        }
        m = RETRO.matcher(n);
        if (m.matches()) {
            return new RetrospectiveHotspot(
                    Integer.parseInt(m.group(1)),
                    window(
                            m.group(2),
                            m.group(3),
                            cadence == Cadence.MONTHLY ? Lookback.months(6) : Lookback.days(56)));
        }
        m = PROHOT.matcher(n);
        if (m.matches()) {
            return m.group(1) == null
                    ? ProspectiveHotspot.classic()
                    : new ProspectiveHotspot(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (n.equals("sepp")) {
            return SelfExcitingForecaster.protocol();
        }
        if (n.equals("constable-best")) {
            return ConstableBestForecaster.forCadence(cadence);
        }
        throw new InvalidInput(field, "Unknown method '" + name + "': use " + KNOWN);
    }

    private static Lookback window(String amount, String unit, Lookback otherwise) {
        if (amount == null) {
            return otherwise;
        }
        int a = Integer.parseInt(amount);
        return unit.equals("d") ? Lookback.days(a) : Lookback.months(a);
    }
}
