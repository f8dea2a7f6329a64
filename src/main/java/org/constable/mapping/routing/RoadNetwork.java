package org.constable.mapping.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.constable.shared.GeoPoint;

/**
 * An OpenStreetMap extract imported into a GraphHopper graph with one profile, "car". The graph is
 * kept in a folder named after the file (path, size, modification time) and the import settings, so
 * the next start loads it instead of importing again, and a changed extract is imported afresh.
 */
public final class RoadNetwork implements AutoCloseable {

    public static final String PROFILE = "car";
    /** Bump when the profile or encoded values change: a graph imported with other settings must not be loaded. */
    private static final String SETTINGS_VERSION = "car-v1";

    /**
     * Where a point meets the road network: {@code snapped}, on edge (base→adj) at {@code fraction} of its
     * length from base, {@code offRoadMetres} from the point itself.
     */
    public record RoadPoint(
            int edgeId, int baseNode, int adjNode, double fraction, double offRoadMetres, GeoPoint snapped) {}

    private final GraphHopper hopper;
    private final Weighting weighting;
    private final EdgeFilter snapFilter;
    private final Path folder;

    private RoadNetwork(GraphHopper hopper, Path folder) {
        this.hopper = hopper;
        this.folder = folder;
        Profile profile = hopper.getProfile(PROFILE);
        // time-only custom model (no priority below 1, no distance influence): the weight is the driving time in
        // seconds
        this.weighting = hopper.createWeighting(profile, new PMap());
        this.snapFilter = new DefaultSnapFilter(
                weighting, hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(PROFILE)));
    }

    /** Imports {@code osmFile} into a folder under {@code graphRoot}, or loads the folder an earlier start left there. */
    public static RoadNetwork open(Path osmFile, Path graphRoot, int minNetworkSize) {
        if (!Files.isRegularFile(osmFile)) {
            throw new IllegalArgumentException("No OpenStreetMap file at " + osmFile.toAbsolutePath());
        }
        Path folder = graphRoot.resolve(folderName(osmFile, minNetworkSize));
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(osmFile.toAbsolutePath().toString());
        hopper.setGraphHopperLocation(folder.toAbsolutePath().toString());
        hopper.setEncodedValuesString("car_access, car_average_speed");
        hopper.setProfiles(new Profile(PROFILE).setCustomModel(timeOnlyCarModel()));
        hopper.setMinNetworkSize(minNetworkSize);
        hopper.importOrLoad();
        return new RoadNetwork(hopper, folder);
    }

    static CustomModel timeOnlyCarModel() {
        return new CustomModel()
                .setDistanceInfluence(0d)
                .addToPriority(Statement.If("!car_access", Statement.Op.MULTIPLY, "0"))
                .addToSpeed(Statement.If("true", Statement.Op.LIMIT, "car_average_speed"));
    }

    static String folderName(Path osmFile, int minNetworkSize) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(osmFile, BasicFileAttributes.class);
            String key = osmFile.toAbsolutePath().normalize() + "|" + attributes.size() + "|"
                    + attributes.lastModifiedTime().toMillis() + "|" + SETTINGS_VERSION + "|" + minNetworkSize;
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The nearest routable road to a point, or empty when there is none within GraphHopper's search radius. */
    public Optional<RoadPoint> snap(GeoPoint point) {
        Snap snap = hopper.getLocationIndex().findClosest(point.latitude(), point.longitude(), snapFilter);
        if (!snap.isValid()) {
            return Optional.empty();
        }
        EdgeIteratorState edge = snap.getClosestEdge();
        PointList geometry = edge.fetchWayGeometry(FetchMode.ALL);
        double along = 0, total = 0;
        int wayIndex = snap.getWayIndex();
        for (int i = 1; i < geometry.size(); i++) {
            double segment = DistanceCalcEarth.DIST_EARTH.calcDist(
                    geometry.getLat(i - 1), geometry.getLon(i - 1), geometry.getLat(i), geometry.getLon(i));
            total += segment;
            if (i <= wayIndex) {
                along += segment;
            }
        }
        along += DistanceCalcEarth.DIST_EARTH.calcDist(
                geometry.getLat(wayIndex),
                geometry.getLon(wayIndex),
                snap.getSnappedPoint().getLat(),
                snap.getSnappedPoint().getLon());
        double fraction = total == 0 ? 0 : Math.min(1, along / total);
        return Optional.of(new RoadPoint(
                edge.getEdge(),
                edge.getBaseNode(),
                edge.getAdjNode(),
                fraction,
                snap.getQueryDistance(),
                new GeoPoint(
                        snap.getSnappedPoint().getLat(), snap.getSnappedPoint().getLon())));
    }

    BaseGraph graph() {
        return hopper.getBaseGraph();
    }

    Weighting weighting() {
        return weighting;
    }

    /** GraphHopper itself, for comparing with its own point-to-point routing. */
    public GraphHopper hopper() {
        return hopper;
    }

    public Path folder() {
        return folder;
    }

    public int nodes() {
        return hopper.getBaseGraph().getNodes();
    }

    @Override
    public void close() {
        hopper.close();
    }
}
