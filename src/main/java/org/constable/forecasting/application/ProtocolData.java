package org.constable.forecasting.application;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.ProtocolDataset;
import org.constable.forecasting.domain.ProtocolFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The forecast-protocol folder ({@code constable.backtest.data}, by default
 * ../shared/data/forecast-protocol): which datasets are present, each loaded once and kept
 * (the largest is about 200,000 events, a few megabytes of primitive arrays).
 */
@Component
public class ProtocolData {

    private final ProtocolFiles files;
    private final Map<ProtocolDataset, EventLog> loaded = new ConcurrentHashMap<>();

    ProtocolData(@Value("${constable.backtest.data:../shared/data/forecast-protocol}") String folder) {
        this.files = new ProtocolFiles(Path.of(folder));
    }

    public Path folder() {
        return files.folder().toAbsolutePath().normalize();
    }

    public List<ProtocolDataset> available() {
        return Arrays.stream(ProtocolDataset.values()).filter(files::has).toList();
    }

    public EventLog events(ProtocolDataset dataset) {
        if (!files.has(dataset)) {
            throw new IllegalStateException("The data for " + dataset.id() + " is not in " + folder());
        }
        return loaded.computeIfAbsent(dataset, files::load);
    }
}
