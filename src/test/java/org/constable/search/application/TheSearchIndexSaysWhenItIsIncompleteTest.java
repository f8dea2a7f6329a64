package org.constable.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * What the search page's banner, the search API's {@code indexStatus} and the health endpoint say in
 * each state of the index: the exact sentences, since officers read them and other tests rely on them.
 */
class TheSearchIndexSaysWhenItIsIncompleteTest {

    private final SearchIndexState state = new SearchIndexState();
    private SearchIndex index;
    private SearchIndexHealthIndicator health;

    @BeforeEach
    void open(@TempDir Path folder) {
        index = new SearchIndex(folder.toString(), state);
        health = new SearchIndexHealthIndicator(state, index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void person_search_says_whether_it_holds_the_name_parts_in_memory_yet() throws IOException {
        assertThat(health.health().getDetails()).containsEntry("personNameParts", "READING");
        index.readPersonParts();
        assertThat(health.health().getDetails()).containsEntry("personNameParts", "IN_MEMORY");
    }

    @Test
    void complete_is_up_with_no_message() {
        assertThat(state.status())
                .isEqualTo(new SearchIndexState.IndexStatus(SearchIndexState.State.COMPLETE, true, null, 0));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void a_rebuild_due_or_under_way_is_degraded_and_says_how_far_it_has_got() {
        state.rebuildDue();
        assertThat(state.status().message())
                .isEqualTo("Search results may be incomplete: the search index is being rebuilt.");
        state.rebuildStarted(new SearchProjection.Progress("person", 0, 3030));
        state.rebuildProgressed(new SearchProjection.Progress("location", 1000, 1515));
        SearchIndexState.IndexStatus s = state.status();
        assertThat(s.state()).isEqualTo(SearchIndexState.State.REBUILDING);
        assertThat(s.complete()).isFalse();
        assertThat(s.message())
                .isEqualTo(
                        "Search results may be incomplete: the search index is being rebuilt (locations 1,000 of 1,515).");
        Health h = health.health();
        assertThat(h.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(h.getDetails()).containsEntry("state", "REBUILDING").containsEntry("reason", s.message());
    }

    @Test
    void a_rebuild_that_stopped_is_down_until_the_next_one_finishes() {
        state.rebuildStarted(new SearchProjection.Progress("person", 0, 10));
        state.rebuildEnded(false);
        assertThat(state.status().state()).isEqualTo(SearchIndexState.State.FAILED);
        assertThat(state.status().message())
                .isEqualTo("Search results may be incomplete: the search index could not be rebuilt. "
                        + "An administrator can find why in the log and rebuild the index.");
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        state.rebuildStarted(new SearchProjection.Progress("person", 0, 10));
        state.rebuildEnded(true);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void records_that_could_not_be_indexed_are_counted_until_they_are_indexed() {
        state.failed("location", 7);
        state.failed("location", 7);
        state.failed("person", 9);
        assertThat(state.status().failedDocuments()).isEqualTo(2);
        assertThat(state.status().message())
                .isEqualTo("Search results may be incomplete: 2 records could not be added to the search index. "
                        + "An administrator can find why in the log and rebuild the index.");
        assertThat(health.health().getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health.health().getDetails()).containsEntry("failedDocuments", 2L);
        assertThat(state.whole())
                .as("a clean close records an incomplete index as not clean")
                .isFalse();
        state.indexed("location", 7);
        state.indexed("person", 9);
        assertThat(state.status().complete()).isTrue();
        assertThat(state.whole()).isTrue();
    }
}
