package org.constable.custody;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which custody records (detentions) exist, for a module that names one by id, as safeguarding does
 * when a referral is made from a custody record. It says nothing of the detainee.
 */
@Component
public class CustodyRecordsOnFile {

    private final JdbcClient jdbc;

    CustodyRecordsOnFile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long detentionId) {
        return existing(Set.of(detentionId)).contains(detentionId);
    }

    public Set<Long> existing(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc
                .sql("SELECT id FROM custody.detention WHERE id IN (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }
}
