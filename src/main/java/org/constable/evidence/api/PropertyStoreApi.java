package org.constable.evidence.api;

import java.util.List;
import java.util.Map;
import org.constable.audit.Purpose;
import org.constable.evidence.application.PropertyStores;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Property stores over REST: the stores, what each holds by the records, and checks of a store. */
@RestController
@RequestMapping("/api/v1/property-stores")
class PropertyStoreApi {

    record StoreBody(@Nullable String name, @Nullable String address) {}

    record CheckBody(@Nullable List<String> found) {}

    private final PropertyStores stores;
    private final CurrentActor actors;

    PropertyStoreApi(PropertyStores stores, CurrentActor actors) {
        this.stores = stores;
        this.actors = actors;
    }

    @GetMapping
    @Guarded(Permission.EVIDENCE_READ)
    List<PropertyStores.Store> stores() {
        return stores.stores(actors.require());
    }

    @PostMapping
    @Guarded(Permission.PROPERTY_STORE_MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> open(@RequestBody StoreBody b) {
        return Map.of("id", stores.open(actors.require(), b.name(), b.address()));
    }

    @GetMapping("/{id}")
    @Guarded(Permission.EVIDENCE_READ)
    PropertyStores.Holdings holdings(@PathVariable long id, @Purpose String purpose) {
        return stores.holdings(actors.require(), id, purpose);
    }

    @PostMapping("/{id}/checks")
    @Guarded(Permission.PROPERTY_STORE_MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    PropertyStores.Check check(@PathVariable long id, @RequestBody CheckBody b) {
        return stores.check(actors.require(), id, b.found());
    }
}
