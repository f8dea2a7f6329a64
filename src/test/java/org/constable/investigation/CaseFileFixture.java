package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.constable.testsupport.Api;
import org.constable.testsupport.Json;

/** A case file built over HTTP, and the zip packages it is exported as, read and rewritten byte by byte. */
public final class CaseFileFixture {

    static final String PURPOSE = "purpose=Charging%20decision";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private CaseFileFixture() {}

    public static long start(Api api, String token, long investigation) {
        var r = api.post("/api/v1/investigations/" + investigation + "/case-files", token, "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    /** A complete draft: one defendant charged, a summary, a witness, and an item on each schedule. */
    public static void fill(Api api, String token, long id) {
        ok(api.send(
                "PUT",
                "/api/v1/case-files/" + id + "/summary",
                token,
                "{\"text\":\"At 22:10 the defendant struck the victim outside the Crown.\"}"));
        ok(api.post(
                "/api/v1/case-files/" + id + "/defendants",
                token,
                "{\"name\":\"Dan DEFENDANT\",\"dateOfBirth\":\"1990-04-01\",\"address\":\"1 Low Road, Testford\"}"));
        ok(api.post(
                "/api/v1/case-files/" + id + "/charges",
                token,
                "{\"defendant\":1,\"offenceCode\":\"COMMON_ASSAULT\",\"particulars\":\"On 1 December 2026 at Testford"
                        + " assaulted Ann Victim by beating her.\"}"));
        ok(api.post(
                "/api/v1/case-files/" + id + "/witnesses",
                token,
                "{\"name\":\"Wendy Witness\",\"role\":\"Eyewitness\",\"statement\":\"I saw a man in a red coat"
                        + " strike the woman.\"}"));
        ok(api.post(
                "/api/v1/case-files/" + id + "/unused-material",
                token,
                "{\"schedule\":\"NON_SENSITIVE\",\"description\":\"CCTV from the Crown car park, nothing seen\","
                        + "\"decision\":\"DOES_NOT_MEET_TEST\"}"));
        ok(api.post(
                "/api/v1/case-files/" + id + "/unused-material",
                token,
                "{\"schedule\":\"SENSITIVE\",\"description\":\"Informant tip naming the red coat\","
                        + "\"decision\":\"FOR_PROSECUTOR_TO_DECIDE\",\"reason\":\"Would reveal a covert source\"}"));
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 204);
    }

    static HttpResponse<byte[]> export(int port, String token, long id, String kind, String recipient)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/api/v1/case-files/" + id + "/exports?" + PURPOSE))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"kind\":\"" + kind + "\",\"recipient\":\"" + recipient + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static Api.Response verify(Api api, int port, String token, byte[] zip) throws Exception {
        var r = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/case-file-verifications"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Api.Response(r.statusCode(), r.body(), r.headers());
    }

    public static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    /** The package with one byte of one file changed. */
    static byte[] tampered(byte[] zip, String file) throws IOException {
        Map<String, byte[]> e = entries(zip);
        byte[] bytes = e.get(file).clone();
        bytes[bytes.length / 2] ^= 0x01;
        e.put(file, bytes);
        return zip(e);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
