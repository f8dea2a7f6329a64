package org.constable.opendata.web;

import org.constable.opendata.application.OpenDataExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The disclosed file as an attachment, the same from the page and the API. */
public final class StreetLevelDownload {

    private StreetLevelDownload() {}

    public static ResponseEntity<byte[]> of(OpenDataExports.File file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .body(file.content());
    }
}
