package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.investigation.application.CaseFileExports;
import org.constable.investigation.application.CaseFilePackageVerifier;
import org.constable.investigation.domain.CaseFilePackageKind;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case file of about 500 PDF pages (120 witness statements of ~18 kB) exported as a signed
 * package and verified, against a same-run baseline that only hashes the package's files and
 * writes the same bytes to disk. Reports the median of 5 runs after 1 warm-up, the pages, the
 * package size, bytes allocated by the exporting thread and the peak heap in use while it ran.
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=CaseFileExportBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@org.constable.testsupport.ConstableHttpTest
class CaseFileExportBenchmark {

    static final int WITNESSES = 132;
    static final int RUNS = 5;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CurrentActor actors;

    @Autowired
    MutableClock clock;

    @Autowired
    CaseFileExports exports;

    @Autowired
    CaseFilePackageVerifier verifier;

    @Test
    void aFiveHundredPageCaseFileIsExportedAndVerified() throws Exception {
        Api api = new Api(port);
        var dc = users.create(Role.INVESTIGATOR);
        var ds = users.create(Role.SUPERVISOR);
        String token = api.token(users, dc);
        String sup = api.token(users, ds);
        var at = CommandAndControl.freshArea();
        var occurred = clock.instant().minus(Duration.ofHours(5));
        var person = api.post(
                "/api/v1/persons", sup, "{\"forename\":\"Bench\",\"surname\":\"Victim\",\"restricted\":false}");
        var loc = api.post(
                "/api/v1/locations",
                sup,
                "{\"street\":\"1 Bench Row\",\"town\":\"Testford\",\"latitude\":" + at.latitude() + ",\"longitude\":"
                        + at.longitude() + ",\"restricted\":false}");
        var crime = api.post(
                "/api/v1/crimes",
                sup,
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\"" + occurred
                        + "\",\"occurredTo\":\"" + occurred.plusSeconds(60) + "\",\"reportedAt\":\""
                        + occurred.plusSeconds(300)
                        + "\",\"locationId\":" + Json.read(loc.body()).get("id").asLong()
                        + ",\"victims\":[{\"personId\":"
                        + Json.read(person.body()).get("id").asLong() + ",\"vulnerableOrIntimidated\":false}],"
                        + "\"narrative\":\"Bench\",\"officerInCharge\":\"" + dc.username() + "\"}");
        long crimeId = Json.read(crime.body()).get("id").asLong();
        var inv = api.post(
                "/api/v1/investigations",
                token,
                "{\"title\":\"A long trial\",\"crimeIds\":[" + crimeId + "],\"officerInCharge\":\"" + dc.username()
                        + "\",\"supervisor\":\"" + ds.username() + "\"}");
        long invId = Json.read(inv.body()).get("id").asLong();
        long id = Json.read(api.post("/api/v1/investigations/" + invId + "/case-files", token, "{}")
                        .body())
                .get("id")
                .asLong();
        ok(api.send("PUT", "/api/v1/case-files/" + id + "/summary", token, "{\"text\":\"A long case.\"}"));
        ok(api.post("/api/v1/case-files/" + id + "/defendants", token, "{\"name\":\"Dee FENDANT\"}"));
        ok(api.post(
                "/api/v1/case-files/" + id + "/charges",
                token,
                "{\"defendant\":1,\"offenceCode\":\"THEFT\",\"particulars\":\"Stole a great deal.\"}"));
        String sentence =
                "On the evening in question I was standing near the corner of the street when I saw the man. ";
        String paragraph = sentence.repeat(8);
        String statement = String.join("\\n\\n", java.util.Collections.nCopies(24, paragraph));
        for (int w = 0; w < WITNESSES; w++) {
            ok(api.post(
                    "/api/v1/case-files/" + id + "/witnesses",
                    token,
                    "{\"name\":\"Witness " + w + "\",\"role\":\"Eyewitness\",\"statement\":\"" + statement + "\"}"));
        }
        for (int u = 0; u < 200; u++) {
            ok(api.post(
                    "/api/v1/case-files/" + id + "/unused-material",
                    token,
                    "{\"schedule\":\"NON_SENSITIVE\"," + "\"description\":\"Unused item " + u
                            + ": house-to-house enquiry note\",\"decision\":\"DOES_NOT_MEET_TEST\"}"));
        }
        ok(api.post("/api/v1/case-files/" + id + "/submission", token, ""));
        Actor actor = actors.load(dc.username()).orElseThrow();

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Long> exportNs = new ArrayList<>();
        List<Long> verifyNs = new ArrayList<>();
        List<Long> baselineNs = new ArrayList<>();
        List<Long> allocated = new ArrayList<>();
        List<Long> peaks = new ArrayList<>();
        int pages = 0;
        long size = 0;
        Path tmp = Files.createTempFile("case-file-bench", ".zip");
        for (int run = 0; run <= RUNS; run++) {
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            long[] peak = {before};
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long alloc0 = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            var p = exports.export(actor, id, CaseFilePackageKind.PROSECUTION_FILE, "CPS benchmark", "Benchmark");
            long t1 = System.nanoTime();
            var v = verifier.verify(new ByteArrayInputStream(p.bytes()), null, true, "benchmark");
            long t2 = System.nanoTime();
            long alloc = threads.getCurrentThreadAllocatedBytes() - alloc0;
            sampler.interrupt();
            sampler.join();
            assertThat(v.passed()).as(v.findings().toString()).isTrue();
            // baseline: hash the same files and write the same bytes
            long b0 = System.nanoTime();
            hashEntries(p.bytes());
            Files.write(tmp, p.bytes());
            long b1 = System.nanoTime();
            if (run == 0) {
                try (PdfReader r = new PdfReader(entry(p.bytes(), CaseFileExports.PDF))) {
                    pages = r.getNumberOfPages();
                }
                size = p.bytes().length;
                continue;
            }
            exportNs.add(t1 - t0);
            verifyNs.add(t2 - t1);
            baselineNs.add(b1 - b0);
            allocated.add(alloc);
            peaks.add(peak[0] - before);
        }
        Files.deleteIfExists(tmp);
        assertThat(pages).isGreaterThanOrEqualTo(500);
        double export = median(exportNs) / 1e6;
        double verify = median(verifyNs) / 1e6;
        double base = median(baselineNs) / 1e6;
        String report = String.format(
                Locale.ROOT,
                "## Case file export and verification (%d pages)%n%n"
                        + "Package %.1f MB (PDF, JSON, manifest, signature); median of %d runs after 1 warm-up, heap %d MB max.%n%n"
                        + "| step | median ms |%n|---|---:|%n"
                        + "| export (PDF + JSON + manifest + HMAC + zip, audited disclosure) | %.0f |%n"
                        + "| verify (unzip, hash every file, check signature) | %.0f |%n"
                        + "| baseline: hash the same files and write the zip's bytes to disk | %.0f |%n"
                        + "| export + verify / baseline | %.1fx |%n%n"
                        + "Bytes allocated by the exporting thread (export + verify), median: %.0f MB; peak heap in use above"
                        + " the level before the run (sampled every 2 ms, all threads), median: %.0f MB.%n",
                pages,
                size / 1e6,
                RUNS,
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                export,
                verify,
                base,
                (export + verify) / base,
                median(allocated) / 1e6,
                median(peaks) / 1e6);
        BenchmarkSupport.publish("case-file-export", report);
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 204);
    }

    static double median(List<Long> xs) {
        long[] s = xs.stream().mapToLong(Long::longValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    static void hashEntries(byte[] zip) throws Exception {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                MessageDigest.getInstance("SHA-256").digest(z.readAllBytes());
            }
        }
    }

    static byte[] entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return z.readAllBytes();
                }
            }
        }
        throw new IllegalStateException(name);
    }
}
