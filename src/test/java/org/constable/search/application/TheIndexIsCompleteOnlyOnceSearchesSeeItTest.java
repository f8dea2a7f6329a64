package org.constable.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.constable.identity.Role;
import org.constable.people.PoleSearchFeed;
import org.constable.search.domain.PersonDocuments;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, the first start: a rebuild said "complete" before searches could see what it had written,
 * so a search answered in between (as a searcher polling on a first start does) was told the index was
 * whole and found nobody. At the moment the state turns complete, a search must already count every
 * person the database holds.
 */
@ConstableHttpTest
class TheIndexIsCompleteOnlyOnceSearchesSeeItTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    PoleSearchFeed feed;

    @TempDir
    Path folder;

    @Test
    void when_a_rebuild_says_complete_searches_already_see_every_person() throws Exception {
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        assertThat(api.post("/api/v1/persons", supervisor, "{\"forename\":\"Ottoline\",\"surname\":\"Brackenbury\"}")
                        .status())
                .isEqualTo(201);

        AtomicLong seenWhenComplete = new AtomicLong(-1);
        AtomicLong personsWritten = new AtomicLong();
        SearchIndex index = new SearchIndex(folder.toString());
        SearchIndexState state = new SearchIndexState() {
            @Override
            void rebuildEnded(boolean finished) {
                if (finished) {
                    seenWhenComplete.set(index.count(PersonDocuments.TYPE));
                }
                super.rebuildEnded(finished);
            }
        };
        try {
            new SearchProjection(feed, index, state).rebuild(p -> {
                if (p.kind().equals(PersonDocuments.TYPE)) {
                    personsWritten.set(p.done());
                }
            });
        } finally {
            index.close();
        }
        assertThat(seenWhenComplete.get())
                .as("persons a search saw when the index said it was complete")
                .isEqualTo(personsWritten.get())
                .isPositive();
        assertThat(state.status().complete()).isTrue();
    }
}
