package safetyconsole.ui.drift;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import safetyconsole.cloud.Layer;
import safetyconsole.drift.DriftAnalyzer;
import safetyconsole.drift.DriftExport;
import safetyconsole.drift.DriftReport;
import safetyconsole.drift.GroupDrift;
import safetyconsole.drift.SyncStatus;
import safetyconsole.inventory.StackInventory;
import safetyconsole.ui.common.ExportFormat;
import safetyconsole.ui.common.ReportFile;
import safetyconsole.ui.common.TaskRunner;

/**
 * The pending-groups screen of the selected stack: the analysis of the loaded inventory (no extra calls),
 * grouped by layer, optionally problems only, with counts per layer for the chart.
 */
public final class DriftViewModel {

    /** One line of the tree: a layer heading or an instance under it. */
    public record Row(Layer layer, GroupDrift drift) {

        public boolean isLayer() {
            return drift == null;
        }
    }

    private final ReportFile reportFile;
    private final ReadOnlyObjectWrapper<DriftReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty problemsOnly = new SimpleBooleanProperty(true);

    public DriftViewModel(TaskRunner runner) {
        this.reportFile = new ReportFile(runner);
    }

    public void show(StackInventory inventory) {
        DriftReport analyzed = DriftAnalyzer.analyze(inventory);
        report.set(analyzed);
        summary.set(analyzed.summary());
    }

    public void clear(String why) {
        report.set(null);
        summary.set(why);
    }

    /** The file name the save dialog proposes. */
    public String suggestedFileName(ExportFormat format) {
        return "pending-groups-" + report.get().inventory().stack().name() + "." + format.extension();
    }

    /** Writes the shown analysis in the background; the outcome appears in {@link #exportMessageProperty()}. */
    public void export(Path file, ExportFormat format) {
        DriftReport current = report.get();
        reportFile.write("Export pending groups", file, () -> switch (format) {
            case CSV -> DriftExport.csv(current);
            case MARKDOWN -> DriftExport.markdown(current);
        });
    }

    /** Layers with their instances (problems only when asked); an instance in several layers is under each. */
    public Map<Layer, List<GroupDrift>> grouped() {
        DriftReport current = report.get();
        if (current == null) {
            return Map.of();
        }
        Map<Layer, List<GroupDrift>> grouped = new LinkedHashMap<>();
        current.byLayer().forEach((layer, drifts) -> grouped.put(layer, drifts.stream()
                .filter(d -> !problemsOnly.get() || d.hasProblem()).collect(Collectors.toList())));
        return grouped;
    }

    /** Instances per status in each layer, for the chart. */
    public Map<Layer, Map<SyncStatus, Long>> countsByLayer() {
        DriftReport current = report.get();
        if (current == null) {
            return Map.of();
        }
        Map<Layer, Map<SyncStatus, Long>> counts = new LinkedHashMap<>();
        current.byLayer().forEach((layer, drifts) -> counts.put(layer, drifts.stream()
                .collect(Collectors.groupingBy(GroupDrift::status, Collectors.counting()))));
        return counts;
    }

    /** The distinct instances behind the selected rows; a layer row stands for its shown instances. */
    public List<GroupDrift> instancesOf(List<Row> selected) {
        Map<Layer, List<GroupDrift>> grouped = grouped();
        List<GroupDrift> out = new ArrayList<>();
        for (Row row : selected) {
            List<GroupDrift> drifts = row.isLayer() ? grouped.getOrDefault(row.layer(), List.of())
                    : List.of(row.drift());
            drifts.stream().filter(d -> !out.contains(d)).forEach(out::add);
        }
        return out;
    }

    /** The pending instances of one layer, for "fix them now" after a layer edit. */
    public List<GroupDrift> pendingIn(String layerId) {
        return Optional.ofNullable(report.get()).map(r -> r.instances().stream()
                .filter(d -> d.layerIds().contains(layerId) && d.status() == SyncStatus.PENDING)
                .collect(Collectors.toList())).orElse(List.of());
    }

    public ReadOnlyObjectProperty<DriftReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return reportFile.messageProperty();
    }

    public BooleanProperty problemsOnlyProperty() {
        return problemsOnly;
    }
}
