package org.constable.evidence.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.constable.evidence.domain.RecordingKind;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Debian's ffmpeg and ffprobe, run as separate processes on files (ADR 0095): never through a shell,
 * with fixed arguments, no network protocols and a time limit. Whether they are installed is asked
 * each time, so installing ffmpeg needs no restart.
 */
@Component
public class Ffmpeg {

    private final String ffmpeg;
    private final String ffprobe;
    private final long limitSeconds;

    Ffmpeg(
            @Value("${constable.evidence.ffmpeg:/usr/bin/ffmpeg}") String ffmpeg,
            @Value("${constable.evidence.ffprobe:/usr/bin/ffprobe}") String ffprobe,
            @Value("${constable.evidence.ffmpeg-limit-seconds:7200}") long limitSeconds) {
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
        this.limitSeconds = limitSeconds;
    }

    /** Whether ffmpeg can be run here. */
    public boolean available() {
        return Files.isExecutable(Path.of(ffmpeg));
    }

    /** A browser-playable copy: H.264 and AAC in MP4 (sound only for audio), its index at the front for seeking. */
    void workingCopy(Path master, RecordingKind kind, Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                ffmpeg,
                "-nostdin",
                "-hide_banner",
                "-loglevel",
                "error",
                "-protocol_whitelist",
                "file",
                "-y",
                "-i",
                master.toString()));
        if (kind == RecordingKind.VIDEO) {
            args.addAll(List.of(
                    "-map",
                    "0:v:0?",
                    "-map",
                    "0:a:0?",
                    "-c:v",
                    "libx264",
                    "-preset",
                    "veryfast",
                    "-crf",
                    "26",
                    "-pix_fmt",
                    "yuv420p",
                    "-vf",
                    "scale='min(1280,iw)':-2"));
        } else {
            args.addAll(List.of("-map", "0:a:0", "-vn"));
        }
        args.addAll(List.of("-c:a", "aac", "-b:a", "128k", "-movflags", "+faststart", "-f", "mp4", out.toString()));
        run(args);
    }

    /** A picture of the sound's loudness over time, for finding speech and silences at a glance. */
    void waveform(Path master, Path out) throws IOException {
        run(List.of(
                ffmpeg,
                "-nostdin",
                "-hide_banner",
                "-loglevel",
                "error",
                "-protocol_whitelist",
                "file",
                "-y",
                "-i",
                master.toString(),
                "-filter_complex",
                "[0:a:0]aformat=channel_layouts=mono,showwavespic=s=1200x160:colors=0x1d4ed8",
                "-frames:v",
                "1",
                "-f",
                "image2",
                "-c:v",
                "png",
                out.toString()));
    }

    /** The length of the recording in milliseconds, when ffprobe can tell. */
    @Nullable Long durationMillis(Path file) {
        if (!Files.isExecutable(Path.of(ffprobe))) {
            return null;
        }
        try {
            String out = run(List.of(
                            ffprobe,
                            "-v",
                            "error",
                            "-protocol_whitelist",
                            "file",
                            "-show_entries",
                            "format=duration",
                            "-of",
                            "default=noprint_wrappers=1:nokey=1",
                            file.toString()))
                    .strip();
            return Math.round(Double.parseDouble(out) * 1000);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private String run(List<String> command) throws IOException {
        Path log = Files.createTempFile("constable-ffmpeg", ".log");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            boolean ended = p.waitFor(limitSeconds, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly();
                throw new IOException("ffmpeg ran longer than " + limitSeconds + " seconds and was stopped");
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                // the tool's own words stay in the server log; the page says only that it failed
                throw new IOException("ffmpeg ended with " + p.exitValue() + ": " + tail(out));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg ran", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String tail(String s) {
        return s.length() <= 500 ? s : s.substring(s.length() - 500);
    }
}
