package org.constable.forecasting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.constable.forecasting.application.BacktestData;
import org.constable.forecasting.application.BacktestJob;
import org.constable.forecasting.application.BacktestJobs;
import org.constable.forecasting.application.BacktestSources;
import org.constable.forecasting.domain.BacktestReport;
import org.constable.forecasting.domain.BacktestResult;
import org.constable.forecasting.domain.ProtocolDataset;
import org.constable.forecasting.domain.Spread;
import org.constable.forecasting.methods.ForecastMethods;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst's backtest page: choose a protocol dataset, or a force's own events file or
 * police.uk files in the import folder, the schedule and methods, start a backtest that runs
 * in the background, watch its progress (htmx polls a fragment), leave and come back, and read
 * the hit rates and PAI per coverage as a table and a chart.
 */
@Controller
class BacktestPages {

    private final BacktestJobs jobs;
    private final BacktestSources sources;
    private final CurrentActor actors;

    BacktestPages(BacktestJobs jobs, BacktestSources sources, CurrentActor actors) {
        this.jobs = jobs;
        this.sources = sources;
        this.actors = actors;
    }

    /** The form as sent: where the events come from, the schedule, and the methods. */
    record BacktestForm(
            @Nullable String source,
            @Nullable String dataset,
            @Nullable String eventsPath,
            @Nullable String crs,
            @Nullable String gridCrs,
            @Nullable String policeUkPath,
            @Nullable String crimeType,
            @Nullable String cadence,
            @Nullable String first,
            @Nullable String last) {

        /** The source chosen: a built-in dataset's id, "events" or "policeuk" ({@code dataset} alone also names one). */
        BacktestData data(BacktestSources sources) {
            String chosen = chosen(null);
            if (chosen == null) {
                throw new InvalidInput(
                        "source",
                        "Choose where the events come from: a built-in dataset, an events file or police.uk files.");
            }
            return switch (chosen) {
                case "events" -> sources.eventsFile(eventsPath, crs, gridCrs, cadence, first, last);
                case "policeuk" -> sources.policeUk(policeUkPath, crimeType, first, last);
                default -> sources.builtIn(chosen, cadence, first, last);
            };
        }

        /** The choice the page shows selected: the one sent, else {@code otherwise}. */
        @Nullable String chosen(@Nullable String otherwise) {
            String chosen = source == null || source.isBlank() ? dataset : source;
            return chosen == null || chosen.isBlank() ? otherwise : chosen;
        }
    }

    /** One row of the results table: mean hit rate and spread at each level of the table. */
    record Row(String method, List<String> hitRates, String quartilesAtFive, String paiAtFive, String wallTime) {}

    @GetMapping("/analytics/forecasting")
    @Guarded(Permission.ANALYTICS_READ)
    String page(Model model) {
        model.addAttribute("datasets", jobs.datasets());
        model.addAttribute("methods", ForecastMethods.SELECTABLE);
        model.addAttribute("jobs", jobs.recent());
        model.addAttribute("importFolder", jobs.importFolder());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new BacktestForm(null, null, null, null, null, null, null, null, null, null));
        }
        BacktestForm form = (BacktestForm) Objects.requireNonNull(model.getAttribute("form"), "put in the model above");
        List<ProtocolDataset> datasets = jobs.datasets();
        model.addAttribute(
                "chosenSource",
                form.chosen(datasets.isEmpty() ? "events" : datasets.get(0).id()));
        return "forecasting/forecasting";
    }

    @PostMapping("/analytics/forecasting/backtests")
    @Guarded(Permission.ANALYTICS_READ)
    String start(
            BacktestForm form,
            @RequestParam(required = false) @Nullable List<String> methods,
            Model model,
            HttpServletResponse response) {
        try {
            BacktestJob job =
                    jobs.startOn(form.data(sources), methods, actors.require().username());
            return "redirect:/analytics/forecasting/backtests/" + job.id();
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("form", form);
            model.addAttribute("chosenMethods", methods == null ? List.of() : methods);
            return page(model);
        }
    }

    @GetMapping("/analytics/forecasting/backtests/{id}")
    @Guarded(Permission.ANALYTICS_READ)
    String job(@PathVariable String id, Model model) {
        fill(model, id);
        return "forecasting/backtest";
    }

    @GetMapping("/analytics/forecasting/backtests/{id}/progress")
    @Guarded(Permission.ANALYTICS_READ)
    String progress(@PathVariable String id, Model model) {
        fill(model, id);
        return "forecasting/backtest :: progress";
    }

    private void fill(Model model, String id) {
        BacktestJob job = jobs.find(id).orElseThrow(() -> new RecordNotFound("backtest", id));
        // the worker may finish while the page renders: decide once what this response shows
        BacktestJob.Status status = job.status();
        model.addAttribute("job", job);
        model.addAttribute("status", status.name());
        model.addAttribute("finished", status == BacktestJob.Status.DONE || status == BacktestJob.Status.FAILED);
        model.addAttribute(
                "levels",
                Arrays.stream(BacktestReport.TABLE_LEVELS)
                        .mapToObj(BacktestPages::percent)
                        .toList());
        if (status == BacktestJob.Status.DONE) {
            List<BacktestResult> results = job.results();
            model.addAttribute("rows", results.stream().map(BacktestPages::row).toList());
            model.addAttribute("chartJson", chartJson(results));
        }
    }

    private static Row row(BacktestResult r) {
        List<String> rates = Arrays.stream(BacktestReport.TABLE_LEVELS)
                .mapToObj(c -> {
                    Spread s = r.hitRateSpread(c);
                    return String.format(Locale.ROOT, "%.1f%% ± %.1f", 100 * s.mean(), 100 * s.sd());
                })
                .toList();
        Spread five = r.hitRateSpread(0.05);
        return new Row(
                r.method(),
                rates,
                String.format(
                        Locale.ROOT, "%.1f / %.1f / %.1f%%", 100 * five.q1(), 100 * five.median(), 100 * five.q3()),
                String.format(Locale.ROOT, "%.2f", r.pai(0.05)),
                String.format(Locale.ROOT, "%.1f s", r.wallTime().toMillis() / 1000.0));
    }

    /** Data for the chart script: coverage levels and each method's mean hit rate (%) at them. Names are ours, not user input. */
    private static String chartJson(List<BacktestResult> results) {
        String labels = Arrays.stream(BacktestReport.TABLE_LEVELS)
                .mapToObj(c -> "\"" + percent(c) + "\"")
                .collect(Collectors.joining(","));
        String series = results.stream()
                .map(r -> "{\"label\":\"" + r.method().replace("\"", "") + "\",\"data\":["
                        + Arrays.stream(BacktestReport.TABLE_LEVELS)
                                .mapToObj(c -> String.format(Locale.ROOT, "%.2f", 100 * r.meanHitRate(c)))
                                .collect(Collectors.joining(","))
                        + "]}")
                .collect(Collectors.joining(","));
        return "{\"labels\":[" + labels + "],\"series\":[" + series + "]}";
    }

    private static String percent(double c) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * c);
    }
}
