package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.investigation.CaseFileFixture.PURPOSE;
import static org.constable.investigation.CaseFileFixture.entries;
import static org.constable.investigation.CaseFileFixture.text;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.constable.identity.Role;
import org.constable.investigation.application.CaseFilePackageVerifier;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An investigator builds the prosecution file for an investigation whose crime has a recording
 * uploaded as evidence, submits it (after which it cannot change), and exports it twice: the
 * prosecution file with the non-sensitive schedule, and the sensitive schedule on its own. Each
 * package verifies; a changed byte in the PDF, the JSON, the manifest or a media file fails,
 * naming the file; every export is a disclosure naming its recipient.
 */
@ConstableHttpTest
class BuildingAndExportingACaseFileOverTheApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    CaseFilePackageVerifier verifier;

    @Value("${constable.evidence.storage-dir}")
    Path storage;

    Api api;
    String investigator;
    String supervisor;
    String investigatorName;
    String supervisorName;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        var i = users.create(Role.INVESTIGATOR);
        var s = users.create(Role.SUPERVISOR);
        investigatorName = i.username();
        supervisorName = s.username();
        investigator = api.token(users, i);
        supervisor = api.token(users, s);
    }

    long crime() {
        var occurred = clock.instant().minus(Duration.ofHours(3));
        var at = CommandAndControl.freshArea();
        var person = api.post(
                "/api/v1/persons",
                supervisor,
                "{\"forename\":\"Ann\",\"surname\":\"Victim" + System.nanoTime() % 100000 + "\",\"restricted\":false}");
        var loc = api.post(
                "/api/v1/locations",
                supervisor,
                "{\"street\":\"1 Crown Yard\",\"town\":\"Testford\"," + "\"latitude\":" + at.latitude()
                        + ",\"longitude\":" + at.longitude() + ",\"restricted\":false}");
        var crime = api.post(
                "/api/v1/crimes",
                supervisor,
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\"" + occurred + "\",\"occurredTo\":\""
                        + occurred.plusSeconds(60) + "\",\"reportedAt\":\"" + occurred.plusSeconds(300)
                        + "\",\"locationId\":" + Json.read(loc.body()).get("id").asLong()
                        + ",\"victims\":[{\"personId\":"
                        + Json.read(person.body()).get("id").asLong()
                        + ",\"vulnerableOrIntimidated\":false}],\"narrative\":\"Struck\",\"officerInCharge\":\""
                        + supervisorName + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);
        return Json.read(crime.body()).get("id").asLong();
    }

    long investigation(long crime) {
        var r = api.post(
                "/api/v1/investigations",
                investigator,
                "{\"title\":\"Assault outside the Crown\",\"crimeIds\":[" + crime + "],\"officerInCharge\":\""
                        + investigatorName + "\",\"supervisor\":\"" + supervisorName + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    /** An exhibit of the crime with a recording uploaded through the evidence API; answers its SHA-256. */
    String recording(long crime, byte[] bytes) {
        var ex = api.post(
                "/api/v1/exhibits",
                supervisor,
                "{\"crimeId\":" + crime + ",\"reference\":\"WW/1\","
                        + "\"description\":\"Interview recording of Dan Defendant\",\"seizedWhere\":\"Custody suite\",\"seal\":\"S77\"}");
        assertThat(ex.status()).as(ex.body()).isEqualTo(201);
        var item = api.post(
                "/api/v1/exhibits/" + Json.read(ex.body()).get("id").asLong() + "/digital-evidence",
                investigator,
                "{\"fileName\":\"interview.wav\",\"mediaType\":\"audio/wav\",\"size\":" + bytes.length + "}");
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        var sent = api.send(
                "PATCH",
                "/api/v1/digital-evidence/" + Json.read(item.body()).get("id").asLong() + "/upload",
                investigator,
                new String(bytes, StandardCharsets.ISO_8859_1),
                "Upload-Offset",
                "0");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return Json.read(sent.body()).get("sha256").asString();
    }

    @Test
    void aSubmittedFileIsExportedSignedWithTheRecordingsHashAndTheSensitiveScheduleLeavesAlone() throws Exception {
        long crime = crime();
        String sha =
                recording(crime, "RIFF interview audio, plain ascii for the test".getBytes(StandardCharsets.US_ASCII));
        long inv = investigation(crime);
        long id = CaseFileFixture.start(api, investigator, inv);
        var early = api.post("/api/v1/case-files/" + id + "/submission", investigator, "");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("defendants").contains("charges").contains("summary");
        var badCharge = api.post(
                "/api/v1/case-files/" + id + "/charges",
                investigator,
                "{\"defendant\":1,\"offenceCode\":\"NO_SUCH\",\"particulars\":\"x\"}");
        assertThat(badCharge.status()).isEqualTo(400);
        assertThat(badCharge.body()).contains("offenceCode");
        CaseFileFixture.fill(api, investigator, id);
        var draft = Json.read(api.get("/api/v1/case-files/" + id + "?" + PURPOSE, investigator)
                .body());
        assertThat(draft.get("evidenceListLive").asBoolean()).isTrue();
        assertThat(draft.get("content").get("evidence").toString()).contains(sha);

        CaseFileFixture.ok(api.post("/api/v1/case-files/" + id + "/submission", investigator, ""));
        var late = api.post(
                "/api/v1/case-files/" + id + "/witnesses",
                investigator,
                "{\"name\":\"Late Witness\",\"role\":\"Neighbour\",\"statement\":\"Heard shouting.\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body())
                .contains("was submitted")
                .contains("never changes")
                .contains("new version");
        var file = Json.read(api.get("/api/v1/case-files/" + id + "?" + PURPOSE, investigator)
                .body());
        assertThat(file.get("submitted").asBoolean()).isTrue();
        assertThat(file.get("content").get("witnesses")).hasSize(1);
        assertThat(file.get("content")
                        .get("charges")
                        .get(0)
                        .get("statementOfOffence")
                        .asString())
                .isEqualTo("Assault by beating");

        var exported =
                CaseFileFixture.export(port, investigator, id, "PROSECUTION_FILE", "CPS Testford, lawyer A. Brown");
        assertThat(exported.statusCode()).as(text(exported.body())).isEqualTo(200);
        Map<String, byte[]> pkg = entries(exported.body());
        assertThat(pkg.keySet()).containsExactly("case-file.pdf", "case-file.json", "manifest.sha256", "manifest.sig");
        String manifest = text(pkg.get("manifest.sha256"));
        assertThat(manifest)
                .contains(sha + "  media/")
                .contains("interview.wav")
                .contains(hash(pkg.get("case-file.pdf")) + "  case-file.pdf");
        String pdf = pdfText(pkg.get("case-file.pdf"));
        assertThat(pdf)
                .contains("Dan DEFENDANT")
                .contains("Assault by beating")
                .contains("Wendy Witness")
                .contains(sha.substring(0, 32))
                .contains("CCTV from the Crown car park");
        assertThat(text(pkg.get("case-file.json")))
                .contains("Dan DEFENDANT")
                .contains(sha)
                .contains("CCTV from the Crown");
        // the sensitive schedule is nowhere in the prosecution package
        for (byte[] b : pkg.values()) {
            assertThat(text(b)).doesNotContain("Informant").doesNotContain("covert source");
        }
        assertThat(pdf).doesNotContain("Informant");

        var sensitive =
                CaseFileFixture.export(port, investigator, id, "SENSITIVE_SCHEDULE", "CPS Testford, lawyer A. Brown");
        assertThat(sensitive.statusCode()).isEqualTo(200);
        Map<String, byte[]> sens = entries(sensitive.body());
        String sensPdf = pdfText(sens.get("case-file.pdf"));
        assertThat(sensPdf)
                .contains("Informant tip naming the red coat")
                .doesNotContain("CCTV from the Crown")
                .doesNotContain("Wendy Witness");
        assertThat(text(sens.get("case-file.json")))
                .contains("Informant")
                .doesNotContain("CCTV from the Crown")
                .doesNotContain("Wendy Witness")
                .doesNotContain(sha);

        for (byte[] zip : new byte[][] {exported.body(), sensitive.body()}) {
            var ok = CaseFileFixture.verify(api, port, investigator, zip);
            assertThat(ok.status()).as(ok.body()).isEqualTo(200);
            assertThat(Json.read(ok.body()).get("passed").asBoolean())
                    .as(ok.body())
                    .isTrue();
        }
        for (String changed : new String[] {"case-file.pdf", "case-file.json", "manifest.sha256"}) {
            var bad = Json.read(
                    CaseFileFixture.verify(api, port, investigator, CaseFileFixture.tampered(exported.body(), changed))
                            .body());
            assertThat(bad.get("passed").asBoolean()).isFalse();
            assertThat(bad.get("findings").toString()).contains(changed);
        }
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'DISCLOSURE' AND record_refs LIKE ?"
                                + " AND recipient = 'CPS Testford, lawyer A. Brown'",
                        "%case-file:" + id + "%"))
                .isEqualTo(2);

        // a new version starts from the submitted one, with its content, as a draft
        var next = api.post("/api/v1/investigations/" + inv + "/case-files", investigator, "{}");
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        assertThat(Json.read(next.body()).get("version").asInt()).isEqualTo(2);
        long v2 = Json.read(next.body()).get("id").asLong();
        CaseFileFixture.ok(api.post(
                "/api/v1/case-files/" + v2 + "/witnesses",
                investigator,
                "{\"name\":\"Late Witness\",\"role\":\"Neighbour\",\"statement\":\"Heard shouting.\"}"));
        assertThat(Json.read(api.get("/api/v1/case-files/" + v2 + "?" + PURPOSE, investigator)
                                .body())
                        .get("content")
                        .get("witnesses"))
                .hasSize(2);
        assertThat(api.post("/api/v1/investigations/" + inv + "/case-files", investigator, "{}")
                        .status())
                .isEqualTo(409);
        var draftExport = CaseFileFixture.export(port, investigator, v2, "PROSECUTION_FILE", "CPS");
        assertThat(draftExport.statusCode()).isEqualTo(409);
    }

    @Test
    void aMediaFileChangedBesideThePackageOrInTheStoreFailsVerificationNamingIt(@TempDir Path media) throws Exception {
        long crime = crime();
        byte[] recording = "a recording whose bytes the test will change".getBytes(StandardCharsets.US_ASCII);
        String sha = recording(crime, recording);
        long id = CaseFileFixture.start(api, investigator, investigation(crime));
        CaseFileFixture.fill(api, investigator, id);
        CaseFileFixture.ok(api.post("/api/v1/case-files/" + id + "/submission", investigator, ""));
        byte[] zip = CaseFileFixture.export(port, investigator, id, "PROSECUTION_FILE", "CPS Testford")
                .body();
        String name = text(entries(zip).get("manifest.sha256"))
                .lines()
                .filter(l -> l.startsWith(sha))
                .findFirst()
                .orElseThrow()
                .substring(66);
        Path supplied = media.resolve(name.substring("media/".length()));
        Files.write(supplied, recording);
        var good = verifier.verify(new ByteArrayInputStream(zip), media, true, "test");
        assertThat(good.passed()).as(good.findings().toString()).isTrue();
        assertThat(good.media().get(0).supplied()).isEqualTo("matches");
        assertThat(good.media().get(0).store()).isEqualTo("held intact");

        recording[3] ^= 0x01;
        Files.write(supplied, recording);
        var bad = verifier.verify(new ByteArrayInputStream(zip), media, false, "test");
        assertThat(bad.passed()).isFalse();
        assertThat(bad.findings())
                .extracting(CaseFilePackageVerifier.Finding::file)
                .containsExactly(name);

        Path stored = storage.resolve("sha256")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
        stored.toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(stored.toFile(), "rw")) {
            f.seek(2);
            int b = f.read();
            f.seek(2);
            f.write(b ^ 0x01);
        }
        var atForce =
                Json.read(CaseFileFixture.verify(api, port, investigator, zip).body());
        assertThat(atForce.get("passed").asBoolean()).isFalse();
        assertThat(atForce.get("findings").toString()).contains(name).contains("evidence store");
    }

    /**
     * Names and statements in the scripts of the people a force meets: each reads back from the
     * PDF's text as it was typed, never as '?'. Arabic and Urdu are compared after compatibility
     * normalisation, since their letters are drawn in their joined forms.
     */
    @Test
    void namesAndStatementsInEveryScriptReadBackFromThePdf() throws Exception {
        Map<String, String> people = new java.util.LinkedHashMap<>();
        people.put("Polish", "Zofia Wąsowska-Żółć");
        people.put("Romanian", "Ștefan Țăranu");
        people.put("Greek", "Γιώργος Παπαδόπουλος");
        people.put("Russian", "Ольга Смирнова");
        people.put("Urdu", "نوید اختر");
        people.put("Arabic", "محمد الحسن");
        people.put("Chinese", "王小明");
        long id = CaseFileFixture.start(api, investigator, investigation(crime()));
        CaseFileFixture.fill(api, investigator, id);
        people.forEach((language, name) -> CaseFileFixture.ok(api.post(
                "/api/v1/case-files/" + id + "/witnesses",
                investigator,
                "{\"name\":\"" + name + "\",\"role\":\"Speaks " + language + "\",\"statement\":\"" + name + " "
                        + language + "\"}")));
        CaseFileFixture.ok(api.post("/api/v1/case-files/" + id + "/submission", investigator, ""));

        var exported = CaseFileFixture.export(port, investigator, id, "PROSECUTION_FILE", "CPS Testford");
        assertThat(exported.statusCode()).as(text(exported.body())).isEqualTo(200);
        byte[] pdf = entries(exported.body()).get("case-file.pdf");
        String read;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            read = java.text.Normalizer.normalize(
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFKC);
        }
        for (String name : people.values()) {
            assertThat(read).as(name).contains(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC));
        }
        assertThat(read).doesNotContain("?");
    }

    static String hash(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PdfReader r = new PdfReader(pdf)) {
            PdfTextExtractor x = new PdfTextExtractor(r);
            StringBuilder b = new StringBuilder();
            for (int p = 1; p <= r.getNumberOfPages(); p++) {
                b.append(x.getTextFromPage(p)).append('\n');
            }
            return b.toString();
        }
    }
}
