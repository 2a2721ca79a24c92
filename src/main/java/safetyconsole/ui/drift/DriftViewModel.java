package safetyconsole.ui.drift;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import safetyconsole.cloud.Layer;
import safetyconsole.drift.DriftAnalyzer;
import safetyconsole.drift.DriftExport;
import safetyconsole.drift.DriftReport;
import safetyconsole.drift.GroupDrift;
import safetyconsole.drift.SyncStatus;
import safetyconsole.inventory.StackInventory;
import safetyconsole.ui.common.ExportFormat;
import safetyconsole.ui.common.NewestResult;
import safetyconsole.ui.common.ShownAnalysis;
import safetyconsole.ui.common.TaskRunner;

/**
 * The pending-groups screen of the selected stack: the analysis of the loaded inventory (no extra calls, made on the
 * task runner: a stack has thousands of instances), grouped by layer, optionally problems only, with counts per layer
 * for the chart, both worked out with the analysis.
 */
public final class DriftViewModel {

    /** One line of the tree: a layer heading or an instance under it. */
    public record Row(Layer layer, GroupDrift drift) {

        public boolean isLayer() {
            return drift == null;
        }
    }

    /** The analysis with what the screen shows of it, all worked out off the FX thread. */
    private record Analysis(DriftReport report, String summary, Map<Layer, List<GroupDrift>> byLayer,
                            Map<Layer, Map<SyncStatus, Long>> countsByLayer) {

        static Analysis of(StackInventory inventory) {
            DriftReport report = DriftAnalyzer.analyze(inventory);
            Map<Layer, List<GroupDrift>> byLayer = report.byLayer();
            Map<Layer, Map<SyncStatus, Long>> counts = new LinkedHashMap<>();
            byLayer.forEach((layer, drifts) -> counts.put(layer, drifts.stream()
                    .collect(Collectors.groupingBy(GroupDrift::status, Collectors.counting()))));
            return new Analysis(report, report.summary(), byLayer, counts);
        }
    }

    private final ShownAnalysis<DriftReport> shown;
    private final NewestResult analyses;
    /** The analysis shown; null while there is none. */
    private Analysis analysis;
    /** What waits for the analysis being made; null when nothing does. */
    private Runnable afterAnalysis;

    public DriftViewModel(TaskRunner runner) {
        this.shown = new ShownAnalysis<>(runner);
        this.analyses = new NewestResult(runner);
    }

    /** Analyses {@code inventory} in the background, then shows it. */
    public void show(StackInventory inventory) {
        String name = inventory.stack().name();
        analyses.run("Check the pending groups of " + name, () -> Analysis.of(inventory), made -> {
            analysis = made;
            shown.show(made.report(), made.summary());
            Runnable then = afterAnalysis;
            afterAnalysis = null;
            if (then != null) {
                then.run();
            }
        }, error -> clear("The pending groups of " + name + " could not be checked."));
    }

    /**
     * Runs {@code then} with an analysis shown: at once if one is, else once the one being made arrives (the last
     * {@code then} given wins; a failed analysis runs none).
     */
    public void whenAnalysed(Runnable then) {
        if (shown.get() != null) {
            then.run();
        } else {
            afterAnalysis = then;
        }
    }

    public void clear(String why) {
        analyses.forget();
        afterAnalysis = null; // it was for the stack cleared away, never for the next one
        analysis = null;
        shown.clear(why);
    }

    /** The file name the save dialog proposes. */
    public String suggestedFileName(ExportFormat format) {
        return "pending-groups-" + shown.get().inventory().stack().name() + "." + format.extension();
    }

    /** Writes the shown analysis in the background; the outcome appears in {@link #exportMessageProperty()}. */
    public void export(Path file, ExportFormat format) {
        shown.export("Export pending groups", file, report -> switch (format) {
            case CSV -> DriftExport.csv(report);
            case MARKDOWN -> DriftExport.markdown(report);
        });
    }

    /** Layers with their instances (problems only when asked); an instance in several layers is under each. */
    public Map<Layer, List<GroupDrift>> grouped() {
        Map<Layer, List<GroupDrift>> byLayer = analysis == null ? Map.of() : analysis.byLayer();
        if (!shown.problemsOnlyProperty().get()) {
            return byLayer;
        }
        Map<Layer, List<GroupDrift>> grouped = new LinkedHashMap<>();
        byLayer.forEach((layer, drifts) -> grouped.put(layer, drifts.stream().filter(GroupDrift::hasProblem)
                .collect(Collectors.toList())));
        return grouped;
    }

    /** Instances per status in each layer, for the chart. */
    public Map<Layer, Map<SyncStatus, Long>> countsByLayer() {
        return analysis == null ? Map.of() : analysis.countsByLayer();
    }

    /** The distinct instances behind the selected rows; a layer row stands for its shown instances. */
    public List<GroupDrift> instancesOf(List<Row> selected) {
        Map<Layer, List<GroupDrift>> grouped = grouped();
        // The report holds one GroupDrift per instance, under each of its layers: identity finds the repeats in
        // linear time where a list's contains made selecting a layer of thousands quadratic.
        Set<GroupDrift> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<GroupDrift> out = new ArrayList<>();
        for (Row row : selected) {
            List<GroupDrift> drifts = row.isLayer() ? grouped.getOrDefault(row.layer(), List.of())
                    : List.of(row.drift());
            drifts.stream().filter(seen::add).forEach(out::add);
        }
        return out;
    }

    /** The pending instances of one layer, for "fix them now" after a layer edit. */
    public List<GroupDrift> pendingIn(String layerId) {
        return Optional.ofNullable(shown.get()).map(r -> r.instances().stream()
                .filter(d -> d.layerIds().contains(layerId) && d.status() == SyncStatus.PENDING)
                .collect(Collectors.toList())).orElse(List.of());
    }

    public ReadOnlyObjectProperty<DriftReport> reportProperty() {
        return shown.analysisProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return shown.summaryProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return shown.exportMessageProperty();
    }

    public BooleanProperty problemsOnlyProperty() {
        return shown.problemsOnlyProperty();
    }
}
