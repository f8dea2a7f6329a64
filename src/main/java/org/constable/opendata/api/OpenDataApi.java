package org.constable.opendata.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import org.constable.audit.Purpose;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.opendata.application.OpenDataExports;
import org.constable.opendata.application.SnapPointSets;
import org.constable.opendata.domain.SnapPoint;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The police.uk street-level export and its snap-point set. */
@RestController
@RequestMapping("/api/v1/open-data")
class OpenDataApi {

    record ExportForm(
            @NotNull YearMonth month,
            @NotBlank @Size(max = 200) String recipient,
            @NotBlank @Size(max = 1000) String justification) {}

    private final OpenDataExports exports;
    private final SnapPointSets snapPoints;
    private final CurrentActor actors;

    OpenDataApi(OpenDataExports exports, SnapPointSets snapPoints, CurrentActor actors) {
        this.exports = exports;
        this.snapPoints = snapPoints;
        this.actors = actors;
    }

    @PostMapping("/exports")
    @ResponseStatus(HttpStatus.CREATED)
    @Guarded(Permission.OPEN_DATA_EXPORT)
    ResponseEntity<OpenDataExports.Export> export(@Valid @RequestBody ExportForm f) {
        var export = exports.export(
                actors.require(), new OpenDataExports.Request(f.month(), f.recipient(), f.justification()));
        return ResponseEntity.created(URI.create("/api/v1/open-data/exports/" + export.id() + "/file"))
                .body(export);
    }

    @GetMapping("/exports")
    @Guarded(Permission.OPEN_DATA_EXPORT)
    List<OpenDataExports.Publication> exports() {
        return exports.recent(actors.require());
    }

    @GetMapping("/exports/{id}/file")
    @Guarded(Permission.OPEN_DATA_EXPORT)
    ResponseEntity<byte[]> file(@PathVariable long id, @Purpose String purpose) {
        return org.constable.opendata.web.StreetLevelDownload.of(exports.file(actors.require(), id, purpose));
    }

    @GetMapping("/snap-points")
    @Guarded(Permission.OPEN_DATA_EXPORT)
    List<SnapPoint> snapPoints() {
        return snapPoints.current(actors.require());
    }

    @PutMapping("/snap-points")
    @Guarded(Permission.OPEN_DATA_EXPORT)
    SnapPointSets.Replaced replace(@RequestBody String csv) {
        return snapPoints.replaceFromCsv(actors.require(), csv);
    }

    @PostMapping("/snap-points/derivation")
    @Guarded(Permission.OPEN_DATA_EXPORT)
    SnapPointSets.Replaced derive() {
        return snapPoints.deriveFromGazetteer(actors.require());
    }
}
