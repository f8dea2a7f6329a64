package org.constable.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Interview recordings made for a test by Debian's ffmpeg from its built-in sources (a test picture
 * and a tone), so no media file is committed. Where ffmpeg is missing the test is skipped, unless
 * the run requires the real tools ({@code CONSTABLE_REQUIRE_BROWSER}, as CI sets), when it fails.
 */
/** Media made by ffmpeg for the tests (never committed files); public for the security walks. */
public final class TestMedia {

    static final Path FFMPEG = Path.of("/usr/bin/ffmpeg");

    private TestMedia() {}

    static void requireFfmpeg() {
        if (!Files.isExecutable(FFMPEG)) {
            if (System.getenv("CONSTABLE_REQUIRE_BROWSER") != null) {
                throw new AssertionError("ffmpeg is required here (apt-get install ffmpeg)");
            }
            Assumptions.abort("ffmpeg is not installed");
        }
    }

    /** A video with sound of the given length: a test picture and a 440 Hz tone. */
    static byte[] video(int seconds) throws IOException, InterruptedException {
        return make(List.of(
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=320x240:rate=25:duration=" + seconds,
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:duration=" + seconds,
                "-c:v",
                "mpeg4",
                "-q:v",
                "5",
                "-c:a",
                "aac",
                "-shortest",
                "-f",
                "matroska"));
    }

    /** Sound only: a tone of the given length, as WAV. */
    public static byte[] audio(int seconds) throws IOException, InterruptedException {
        return audio(seconds, 330);
    }

    /**
     * A tone of the given pitch. The store keeps equal bytes once, so a test whose recording must not
     * share its stored bytes with another test's (one that tampers with them) gives its own pitch.
     */
    public static byte[] audio(int seconds, int hertz) throws IOException, InterruptedException {
        return make(List.of("-f", "lavfi", "-i", "sine=frequency=" + hertz + ":duration=" + seconds, "-f", "wav"));
    }

    private static byte[] make(List<String> args) throws IOException, InterruptedException {
        requireFfmpeg();
        Path out = Files.createTempFile("constable-test-media", ".bin");
        try {
            var command = new java.util.ArrayList<String>(
                    List.of(FFMPEG.toString(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y"));
            command.addAll(args);
            command.add(out.toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(said).isZero();
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
