package org.constable.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.constable.search.domain.LocationSearch;
import org.constable.search.domain.PersonDocuments;
import org.constable.search.domain.SearchableLocation;
import org.constable.search.domain.SearchablePerson;
import org.constable.search.domain.SearchableVehicle;
import org.constable.search.domain.VehicleSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Persons, addresses and vehicles share one Lucene index, and Lucene refuses a document whose field
 * has other options than the same field had before (schema 2's "postcode" did: search was dead on
 * the demo force). Every kind, with every field it can have, goes in after every other, in every order.
 */
class OneIndexHoldsPersonsAddressesAndVehiclesTest {

    private static final SearchablePerson PERSON = new SearchablePerson(
            1,
            "Ada",
            "Grace May",
            "Quill-Smith",
            LocalDate.of(1990, 1, 2),
            List.of(new SearchablePerson.Alias("Addy", "Quill", LocalDate.of(1990, 2, 1))),
            List.of(new SearchablePerson.Place(2, "Flat 3, 12a Acacia Road, Levenfield, M19 4QX", "M19 4QX")),
            List.of(new SearchablePerson.Vehicle(3, "AB12CDE")),
            List.of("Violence"),
            true);
    private static final SearchableLocation LOCATION = new SearchableLocation(
            2, "Flat 3", "12a Acacia Road", "Burnage", "Levenfield", "M19 4QX", 53.43, -2.2, List.of("Weapons"), true);
    private static final SearchableVehicle VEHICLE = new SearchableVehicle(3, "AB12CDE", "Ford", "Focus", "Blue", true);

    @Test
    void every_kind_of_record_can_join_an_index_already_holding_the_others_in_any_order(@TempDir Path folder)
            throws Exception {
        List<Consumer<SearchIndex>> kinds = List.of(
                i -> i.put(PersonDocuments.key(PERSON.id()), PersonDocuments.document(PERSON)),
                i -> i.put(LocationSearch.key(LOCATION.id()), LocationSearch.document(LOCATION)),
                i -> i.put(VehicleSearch.key(VEHICLE.id()), VehicleSearch.document(VEHICLE)));
        int order = 0;
        for (List<Integer> permutation : permutations(List.of(0, 1, 2))) {
            SearchIndex index =
                    new SearchIndex(folder.resolve("order-" + order++).toString());
            try {
                for (int k : permutation) {
                    assertThatCode(() -> kinds.get(k).accept(index))
                            .as("kind %d after %s", k, permutation)
                            .doesNotThrowAnyException();
                }
                index.refresh();
                assertThat(index.count(PersonDocuments.TYPE)).isEqualTo(1);
                assertThat(index.count(LocationSearch.TYPE)).isEqualTo(1);
                assertThat(index.count(VehicleSearch.TYPE)).isEqualTo(1);
            } finally {
                index.close();
            }
        }
    }

    private static List<List<Integer>> permutations(List<Integer> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Integer>> all = new ArrayList<>();
        for (Integer first : items) {
            List<Integer> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<Integer> tail : permutations(rest)) {
                List<Integer> p = new ArrayList<>();
                p.add(first);
                p.addAll(tail);
                all.add(p);
            }
        }
        return all;
    }
}
