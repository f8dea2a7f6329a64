package org.constable.platform;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server an application that died without stopping it left running on its
 * data folder (a {@code kill -9}, a power cut of the JVM alone): it holds {@code postmaster.pid},
 * so every restart used to wait a minute and give up until an operator stopped it by hand. Before
 * the embedded server starts, and only once this application holds the data folder's lock (so no
 * other running Constable can own that server), such a leftover is stopped.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

    private static final Duration GRACE = Duration.ofSeconds(20);

    private LeftoverServer() {}

    /** Stops the server left running on the data folder, if there is one; returns whether one was stopped. */
    static boolean stopIfLeft(File dataDirectory) {
        Optional<ProcessHandle> server = runningOn(dataDirectory.toPath());
        if (server.isEmpty()) {
            return false;
        }
        ProcessHandle postmaster = server.get();
        log.warn(
                "The embedded PostgreSQL (process {}) was left running on {} by an application that stopped"
                        + " without it; stopping it before starting again",
                postmaster.pid(),
                dataDirectory);
        signal("INT", postmaster.pid()); // fast shutdown: its clients died with the application
        if (!waitForExit(postmaster, GRACE)) {
            postmaster.destroyForcibly();
            waitForExit(postmaster, GRACE);
        }
        return true;
    }

    /** The postmaster named in the folder's {@code postmaster.pid}, if that process is alive and is PostgreSQL. */
    static Optional<ProcessHandle> runningOn(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !samePlace(dataDirectory, lines.get(1).trim())) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    }

    private static boolean samePlace(Path dataDirectory, String written) {
        try {
            return dataDirectory.toRealPath().equals(Path.of(written).toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static void signal(String name, long pid) {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(pid))
                    .redirectErrorStream(true)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration atMost) {
        try {
            process.onExit().get(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
