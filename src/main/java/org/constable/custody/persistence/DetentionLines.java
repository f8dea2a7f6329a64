package org.constable.custody.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.custody.domain.ObservationLevel;
import org.constable.custody.domain.Offence;
import org.constable.custody.domain.Review;
import org.constable.custody.domain.ReviewDecision;
import org.constable.custody.domain.ReviewPostponement;
import org.constable.custody.domain.Visit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The offences, reviews, review postponements and last visit of several detentions, read with one
 * statement a table: a suite's board restores every open detention at once, and four statements for
 * each of them (241 for 60 detainees) made the next-due read 16 times the bare SQL (issue 17).
 */
final class DetentionLines {

    private final Map<Long, List<Offence>> offences = new HashMap<>();
    private final Map<Long, List<Review>> reviews = new HashMap<>();
    private final Map<Long, List<ReviewPostponement>> postponements = new HashMap<>();
    private final Map<Long, Visit> lastVisits = new HashMap<>();

    private DetentionLines() {}

    static DetentionLines of(JdbcClient jdbc, Collection<Long> detentionIds) {
        DetentionLines lines = new DetentionLines();
        if (detentionIds.isEmpty()) {
            return lines;
        }
        Long[] ids = detentionIds.toArray(Long[]::new);
        jdbc.sql("SELECT detention_id, description, indictable FROM custody.offence"
                        + " WHERE detention_id = ANY(?) ORDER BY detention_id, id")
                .param(ids)
                .query(rs -> {
                    add(lines.offences, rs, new Offence(rs.getString("description"), rs.getBoolean("indictable")));
                });
        jdbc.sql("SELECT * FROM custody.review WHERE detention_id = ANY(?) ORDER BY detention_id, id")
                .param(ids)
                .query(rs -> {
                    add(
                            lines.reviews,
                            rs,
                            new Review(
                                    DetentionStore.instant(rs, "due_at"),
                                    DetentionStore.instant(rs, "at"),
                                    rs.getString("by_user"),
                                    ReviewDecision.valueOf(rs.getString("decision")),
                                    rs.getString("grounds"),
                                    rs.getString("representations")));
                });
        jdbc.sql("SELECT * FROM custody.review_postponement WHERE detention_id = ANY(?) ORDER BY detention_id, id")
                .param(ids)
                .query(rs -> {
                    add(
                            lines.postponements,
                            rs,
                            new ReviewPostponement(
                                    DetentionStore.instant(rs, "due_at"),
                                    DetentionStore.instant(rs, "at"),
                                    rs.getString("by_user"),
                                    rs.getString("reason")));
                });
        jdbc.sql("SELECT DISTINCT ON (detention_id) * FROM custody.visit WHERE detention_id = ANY(?)"
                        + " ORDER BY detention_id, at DESC, id DESC")
                .param(ids)
                .query(rs -> {
                    lines.lastVisits.put(
                            rs.getLong("detention_id"),
                            new Visit(
                                    DetentionStore.instant(rs, "at"),
                                    rs.getString("by_user"),
                                    ObservationLevel.ofNumber(rs.getInt("observation_level")),
                                    rs.getBoolean("roused"),
                                    rs.getString("seen")));
                });
        return lines;
    }

    private static <T> void add(Map<Long, List<T>> into, ResultSet rs, T line) throws SQLException {
        into.computeIfAbsent(rs.getLong("detention_id"), k -> new ArrayList<>()).add(line);
    }

    List<Offence> offences(long detentionId) {
        return offences.getOrDefault(detentionId, List.of());
    }

    List<Review> reviews(long detentionId) {
        return reviews.getOrDefault(detentionId, List.of());
    }

    List<ReviewPostponement> postponements(long detentionId) {
        return postponements.getOrDefault(detentionId, List.of());
    }

    @Nullable Visit lastVisit(long detentionId) {
        return lastVisits.get(detentionId);
    }
}
