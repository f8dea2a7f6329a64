package org.constable.dispatch.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.constable.dispatch.GradeCatalogue;
import org.constable.dispatch.ResponseTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The response-time report computed by PostgreSQL over the incidents raised in a period. */
@Repository
class ResponseTimesSql implements ResponseTimes {

    private final JdbcClient jdbc;
    private final GradeCatalogue grades;

    ResponseTimesSql(JdbcClient jdbc, GradeCatalogue grades) {
        this.jdbc = jdbc;
        this.grades = grades;
    }

    @Override
    @Transactional(readOnly = true)
    public List<GradeFigures> between(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("The period must end after it starts.");
        }
        return jdbc
                .sql("""
                SELECT grade, count(*) AS incidents,
                       count(first_assigned_at) AS dispatched,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_assigned_at - opened_at)) AS median_dispatch,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_assigned_at - opened_at)) AS p90_dispatch,
                       count(first_arrived_at) AS attended,
                       count(*) FILTER (WHERE first_arrived_at IS NOT NULL AND attend_by IS NOT NULL AND first_arrived_at <= attend_by) AS in_target,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_arrived_at - opened_at)) AS median_arrive
                FROM dispatch.incident WHERE opened_at >= ? AND opened_at < ? GROUP BY grade""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> {
                    String grade = rs.getString("grade");
                    long attended = rs.getLong("attended");
                    long inTarget = rs.getLong("in_target");
                    return new GradeFigures(
                            grade,
                            grades.find(grade).map(g -> g.label()).orElse(grade),
                            rs.getLong("incidents"),
                            rs.getLong("dispatched"),
                            (Double) rs.getObject("median_dispatch"),
                            (Double) rs.getObject("p90_dispatch"),
                            attended,
                            inTarget,
                            (Double) rs.getObject("median_arrive"),
                            attended == 0 ? null : (double) inTarget / attended);
                })
                .list()
                .stream()
                .sorted(java.util.Comparator.comparingInt(f -> grades.urgency(f.grade())))
                .toList();
    }
}
