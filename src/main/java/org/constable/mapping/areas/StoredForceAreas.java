package org.constable.mapping.areas;

import java.util.Objects;
import java.util.Optional;
import org.constable.mapping.Beat;
import org.constable.mapping.ForceAreas;
import org.constable.mapping.ForceGeography;
import org.constable.shared.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The force areas as stored in the mapping schema, read once and kept in memory: beats change
 * rarely and are read on every call. An empty geography is not kept, and a change made through
 * {@link ForceGeography} on this node is seen on the next call; a change made elsewhere needs a restart.
 */
@Component
class StoredForceAreas implements ForceAreas {

    private record Snapshot(BeatIndex beats, ForceBoundary boundary, String geojson, long version) {}

    private final ForceGeography geography;
    private volatile @Nullable Snapshot snapshot;

    StoredForceAreas(ForceGeography geography) {
        this.geography = geography;
    }

    @Override
    public Optional<Beat> beatAt(GeoPoint point) {
        return snapshot().beats().beatAt(point);
    }

    @Override
    public boolean isUrban(GeoPoint point) {
        return beatAt(point).map(Beat::urban).orElse(false);
    }

    @Override
    public double metresOutside(GeoPoint point) {
        return snapshot().boundary().metresOutside(point);
    }

    @Override
    public String forceGeoJson() {
        return snapshot().geojson();
    }

    private Snapshot snapshot() {
        Snapshot known = snapshot;
        long version = geography.version();
        if (known != null && known.version() == version) {
            return known;
        }
        var areas = geography.forceAreas();
        var beats = geography.beats();
        Snapshot read = new Snapshot(
                new BeatIndex(beats.stream()
                        .map(b -> new BeatIndex.StoredBeat(
                                Objects.requireNonNull(b.code(), "a beat has a code"),
                                b.name(),
                                b.urban(),
                                b.geojson()))
                        .toList()),
                new ForceBoundary(
                        areas.stream().map(ForceGeography.Area::geojson).toList()),
                ForceMapGeoJson.of(areas, beats, geography.stations()),
                version);
        if (!areas.isEmpty() || !beats.isEmpty()) {
            snapshot = read;
        }
        return read;
    }
}
