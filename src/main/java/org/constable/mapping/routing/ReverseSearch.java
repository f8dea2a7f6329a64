package org.constable.mapping.routing;

import com.carrotsearch.hppc.IntDoubleHashMap;
import com.carrotsearch.hppc.IntHashSet;
import com.carrotsearch.hppc.IntObjectHashMap;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.EdgeIteratorState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import org.constable.mapping.routing.RoadNetwork.RoadPoint;

/**
 * One Dijkstra search from a destination over the reversed road graph: the time a node is settled
 * with is the driving time from that node to the destination. A candidate sits on an edge, so its
 * time is the better of its two ways onto the graph (partial edge, then the node's time). The search
 * stops when every candidate's nodes are settled, when nothing is left to reach, when the time limit
 * is passed, or as soon as the {@code limit} fastest candidates are certain: every candidate not yet
 * final is then slower than all of them, whatever its true time. Not thread-safe: one per query.
 */
final class ReverseSearch {

    private record Hook(int candidate, double seconds, double metres) {}

    private record Label(int node, double seconds, double metres) {}

    private record Best(int candidate, double roadSeconds) {}

    private final BaseGraph graph;
    private final Weighting weighting;
    private final RoadPoint target;
    private final List<RoadPoint> candidates;
    private final double offRoadMetresPerSecond;
    private final double maxRoadSeconds;
    private final int limit;

    private final double[] roadSeconds;
    private final double[] roadMetres;
    private final boolean[] certain;
    private final IntObjectHashMap<List<Hook>> hooks = new IntObjectHashMap<>();
    private int pendingHooks;
    private boolean stoppedEarly;

    ReverseSearch(
            BaseGraph graph,
            Weighting weighting,
            RoadPoint target,
            List<RoadPoint> candidates,
            double offRoadMetresPerSecond,
            double maxRoadSeconds,
            int limit) {
        this.graph = graph;
        this.weighting = weighting;
        this.target = target;
        this.candidates = candidates;
        this.offRoadMetresPerSecond = offRoadMetresPerSecond;
        this.maxRoadSeconds = maxRoadSeconds;
        this.limit = limit;
        this.roadSeconds = new double[candidates.size()];
        this.roadMetres = new double[candidates.size()];
        this.certain = new boolean[candidates.size()];
        Arrays.fill(roadSeconds, Double.POSITIVE_INFINITY);
    }

    void run() {
        PriorityQueue<Best> byBest = new PriorityQueue<>((a, b) -> Double.compare(a.roadSeconds, b.roadSeconds));
        hookCandidates(byBest);
        // the `limit` fastest certain totals, slowest on top
        PriorityQueue<Double> fastestTotals = new PriorityQueue<>(Collections.reverseOrder());
        double minUnitOffRoad = Double.POSITIVE_INFINITY;
        for (RoadPoint c : candidates) {
            minUnitOffRoad = Math.min(minUnitOffRoad, offRoadSeconds(c));
        }
        double destinationOffRoad = offRoadSeconds(target);

        PriorityQueue<Label> queue = new PriorityQueue<>((a, b) -> Double.compare(a.seconds, b.seconds));
        IntDoubleHashMap tentative = new IntDoubleHashMap();
        IntHashSet settled = new IntHashSet();
        EdgeIteratorState onTarget = graph.getEdgeIteratorState(target.edgeId(), target.adjNode());
        double forward = weighting.calcEdgeWeight(onTarget, false), backward = weighting.calcEdgeWeight(onTarget, true);
        offer(
                queue,
                tentative,
                target.baseNode(),
                target.fraction() * forward,
                target.fraction() * onTarget.getDistance());
        offer(
                queue,
                tentative,
                target.adjNode(),
                (1 - target.fraction()) * backward,
                (1 - target.fraction()) * onTarget.getDistance());

        EdgeExplorer explorer = graph.createEdgeExplorer();
        while (!queue.isEmpty() && pendingHooks > 0) {
            Label label = queue.poll();
            if (settled.contains(label.node)
                    || label.seconds > tentative.getOrDefault(label.node, Double.POSITIVE_INFINITY)) {
                continue;
            }
            if (label.seconds > maxRoadSeconds) {
                break;
            }
            settled.add(label.node);
            settle(label, byBest);
            while (!byBest.isEmpty() && byBest.peek().roadSeconds <= label.seconds) {
                Best best = byBest.poll();
                if (certain[best.candidate] || best.roadSeconds != roadSeconds[best.candidate]) {
                    continue;
                }
                certain[best.candidate] = true;
                fastestTotals.add(
                        best.roadSeconds + offRoadSeconds(candidates.get(best.candidate)) + destinationOffRoad);
                if (fastestTotals.size() > limit) {
                    fastestTotals.poll();
                }
            }
            if (fastestTotals.size() == limit
                    && fastestTotals.peek() < label.seconds + minUnitOffRoad + destinationOffRoad) {
                stoppedEarly = true;
                return;
            }
            EdgeIterator edges = explorer.setBaseNode(label.node);
            while (edges.next()) {
                int from = edges.getAdjNode();
                if (settled.contains(from)) {
                    continue;
                }
                // reversed graph: the journey runs from the neighbour to this node
                double seconds = weighting.calcEdgeWeight(edges, true);
                if (Double.isFinite(seconds)) {
                    offer(queue, tentative, from, label.seconds + seconds, label.metres + edges.getDistance());
                }
            }
        }
    }

    private void hookCandidates(PriorityQueue<Best> byBest) {
        for (int i = 0; i < candidates.size(); i++) {
            RoadPoint c = candidates.get(i);
            EdgeIteratorState edge = graph.getEdgeIteratorState(c.edgeId(), c.adjNode());
            double forward = weighting.calcEdgeWeight(edge, false), backward = weighting.calcEdgeWeight(edge, true);
            double f = c.fraction(), length = edge.getDistance();
            if (Double.isFinite(forward)) {
                hook(c.adjNode(), new Hook(i, (1 - f) * forward, (1 - f) * length));
            }
            if (Double.isFinite(backward)) {
                hook(c.baseNode(), new Hook(i, f * backward, f * length));
            }
            if (c.edgeId() == target.edgeId() && c.baseNode() != c.adjNode()) {
                // on the destination's own edge: it may be reached along the edge without touching a node
                double from = c.baseNode() == target.baseNode() ? f : 1 - f, to = target.fraction();
                double seconds = from <= to
                        ? (to - from) * (c.baseNode() == target.baseNode() ? forward : backward)
                        : (from - to) * (c.baseNode() == target.baseNode() ? backward : forward);
                if (Double.isFinite(seconds)) {
                    improve(i, seconds, Math.abs(to - from) * length, byBest);
                }
            }
        }
    }

    private void hook(int node, Hook hook) {
        List<Hook> at = hooks.get(node);
        if (at == null) {
            at = new ArrayList<>(2);
            hooks.put(node, at);
        }
        at.add(hook);
        pendingHooks++;
    }

    private void settle(Label label, PriorityQueue<Best> byBest) {
        List<Hook> at = hooks.get(label.node);
        if (at == null) {
            return;
        }
        for (Hook hook : at) {
            improve(hook.candidate, label.seconds + hook.seconds, label.metres + hook.metres, byBest);
            pendingHooks--;
        }
    }

    private void improve(int candidate, double seconds, double metres, PriorityQueue<Best> byBest) {
        if (seconds < roadSeconds[candidate]) {
            roadSeconds[candidate] = seconds;
            roadMetres[candidate] = metres;
            byBest.add(new Best(candidate, seconds));
        }
    }

    private static void offer(
            PriorityQueue<Label> queue, IntDoubleHashMap tentative, int node, double seconds, double metres) {
        if (Double.isFinite(seconds) && seconds < tentative.getOrDefault(node, Double.POSITIVE_INFINITY)) {
            tentative.put(node, seconds);
            queue.add(new Label(node, seconds, metres));
        }
    }

    private double offRoadSeconds(RoadPoint point) {
        return point.offRoadMetres() / offRoadMetresPerSecond;
    }

    /** Whether candidate i has a road time to report (certain, or the best found when the search ran out). */
    boolean reached(int i) {
        return stoppedEarly ? certain[i] : Double.isFinite(roadSeconds[i]);
    }

    /** Whether candidate i was left out because the {@code limit} fastest were already known. */
    boolean knownSlower(int i) {
        return stoppedEarly && !certain[i];
    }

    /** Road time plus the off-road legs at both ends. */
    double seconds(int i) {
        return roadSeconds[i] + offRoadSeconds(candidates.get(i)) + offRoadSeconds(target);
    }

    double metres(int i) {
        return roadMetres[i] + candidates.get(i).offRoadMetres() + target.offRoadMetres();
    }
}
