package org.constable.mapping.api;

import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.mapping.ForceAreas;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The force's own map (area, beats, stations) as GeoJSON, for maps that must work with no internet. */
@RestController
@RequestMapping("/api/v1/map")
class ForceMapApi {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final ForceAreas areas;

    ForceMapApi(ForceAreas areas) {
        this.areas = areas;
    }

    @GetMapping("/force")
    @Guarded(Permission.SIGNED_IN)
    ResponseEntity<String> force() {
        return ResponseEntity.ok().contentType(GEO_JSON).body(areas.forceGeoJson());
    }
}
