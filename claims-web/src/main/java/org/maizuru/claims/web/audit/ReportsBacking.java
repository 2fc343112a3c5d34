package org.maizuru.claims.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maizuru.claims.audit.AuditService;
import org.maizuru.claims.audit.Report;
import org.maizuru.claims.audit.ReportRun;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.web.PerRequest;
import org.maizuru.claims.web.i18n.LanguageSelection;
import org.primefaces.PrimeFaces;

/**
 * {@code /app/audit/reports.xhtml}: one report at a time as a table and a chart, with its CSV, XLSX and PDF.
 * The report is computed in the background (see {@link ReportRun}); until it is done the page says how long it
 * has been waiting, and asks again every second. The chart sums the report's counts along the dimension that says most about it.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor actor;

    @Inject
    LanguageSelection language;

    private String name = "backlog";
    private String runId;

    public List<String> getNames() {
        return AuditService.REPORTS;
    }

    /** Starts computing the chosen report in the background; the page shows its progress until it is done. */
    public void start() {
        runId = audit.startReport(actor.get(), name).id();
        PerRequest.forget(this);
    }

    /**
     * The page's run, read once per request (it is a row in the database, its report a stored result); one
     * forgotten since (the page stood open a long time) is started again.
     */
    public ReportRun getRun() {
        return PerRequest.get(this, "run", () -> {
            var run = audit.reportRun(actor.get(), runId);
            if (run.isEmpty()) {
                start();
                return audit.reportRun(actor.get(), runId).orElseThrow();
            }
            return run.get();
        });
    }

    /** Polled while the report is computed: tells the page when to stop asking. */
    public void check() {
        PrimeFaces.current().ajax().addCallbackParam("over", getRun().isOver());
    }

    /** The report once computed; null before. */
    public Report getReport() {
        ReportRun run = getRun();
        return run.state() == ReportRun.State.DONE ? run.report() : null;
    }

    /** A Chart.js bar chart: label column → summed value column(s). */
    public String getChart() {
        Report report = getReport();
        if (report == null) {
            return "{}";
        }
        String[] plan = switch (name) {
            case "backlog" -> new String[] {"status", "claims"};
            case "decisions" -> new String[] {"month", "decisions"};
            case "repatriation-by-year" -> new String[] {"year", "internees", "releasedInRecord"};
            case "processing-times" -> new String[] {"month", "medianDays"};
            case "places" -> new String[] {"place", "claims"};
            case "payments" -> new String[] {"month", "amountYen"};
            case "outstanding" -> new String[] {"state", "amountYen"};
            case "suspended" -> new String[] {"association", "pensions"};
            case "overpayments" -> new String[] {"claim", "amountYen"};
            default -> new String[] {"day", "count"};
        };
        int labelColumn = index(report, plan[0]);
        var labels = new LinkedHashMap<String, double[]>();
        for (List<Object> row : report.rows()) {
            double[] sums = labels.computeIfAbsent(
                    String.valueOf(Report.shown(row.get(labelColumn), language.reader())),
                    k -> new double[plan.length - 1]);
            for (int i = 1; i < plan.length; i++) {
                if (row.get(index(report, plan[i])) instanceof Number number) {
                    sums[i - 1] += number.doubleValue();
                }
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        String[] colours = {"#0b3d6e", "#b35900"};
        for (int i = 1; i < plan.length; i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (double[] sums : labels.values()) {
                data.add(sums[i - 1]);
            }
            var dataset = Json.createObjectBuilder()
                    .add("label", report.columns().get(index(report, plan[i])).heading(language.reader()))
                    .add("backgroundColor", colours[i - 1])
                    .add("borderColor", colours[i - 1])
                    .add("data", data);
            if (i == 2) {
                // The historical record counts hundreds of thousands: a line on an axis of its own.
                dataset.add("type", "line").add("yAxisID", "second");
            }
            datasets.add(dataset);
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.keySet().forEach(labelArray::add);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add(
                                        "scales",
                                        plan.length > 2
                                                ? Json.createObjectBuilder()
                                                        .add(
                                                                "y",
                                                                Json.createObjectBuilder()
                                                                        .add("beginAtZero", true))
                                                        .add(
                                                                "second",
                                                                Json.createObjectBuilder()
                                                                        .add("beginAtZero", true)
                                                                        .add("position", "right")
                                                                        .add(
                                                                                "grid",
                                                                                Json.createObjectBuilder()
                                                                                        .add("drawOnChartArea", false)))
                                                : Json.createObjectBuilder()
                                                        .add(
                                                                "y",
                                                                Json.createObjectBuilder()
                                                                        .add("beginAtZero", true)))
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("position", "bottom"))))
                .build()
                .toString();
    }

    public List<Map<String, Object>> getRows() {
        Report report = getReport();
        if (report == null) {
            return List.of();
        }
        return report.rows().stream()
                .map(values -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        row.put(report.columns().get(i).key(), Report.shown(values.get(i), language.reader()));
                    }
                    return row;
                })
                .toList();
    }

    private static int index(Report report, String key) {
        for (int i = 0; i < report.columns().size(); i++) {
            if (report.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column " + key + " in " + report.name());
    }

    public String getRunId() {
        return runId;
    }

    public String getName() {
        return name;
    }

    public void setName(String value) {
        name = AuditService.REPORTS.contains(value) ? value : "backlog";
    }
}
