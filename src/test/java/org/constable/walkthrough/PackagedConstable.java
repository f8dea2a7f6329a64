package org.constable.walkthrough;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged application ({@code java -jar target/constable-*.jar}, built by {@code ./mvnw
 * package}) started as the README starts it: in an empty folder, so the data folder is the
 * default {@code ./data}; the embedded PostgreSQL; the demo force on because nothing says
 * otherwise. Only the port is chosen, so several checkouts can run at once. Started once per test
 * run and shared by the tests that walk as users; stopped, with its embedded PostgreSQL, at the
 * end of the run.
 */
public final class PackagedConstable implements AutoCloseable {

    /** How long a first start may take on a busy two-core machine before the test gives up. */
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private static final Pattern PROBLEM_LINE =
            Pattern.compile("\\bERROR\\b|Exception\\b|Throwable\\b|^Caused by:|^\\s+at [\\w.$]+\\(");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final Path folder;
    private final Path console;
    private final int port;
    private final Process process;
    private final Duration startedIn;

    private PackagedConstable(Path folder, Path console, int port, Process process, Duration startedIn) {
        this.folder = folder;
        this.console = console;
        this.port = port;
        this.process = process;
        this.startedIn = startedIn;
    }

    /** The one packaged application of this test run, started on first use. */
    public static PackagedConstable in(ExtensionContext context) {
        ExtensionContext.Store store =
                context.getRoot().getStore(ExtensionContext.Namespace.create(PackagedConstable.class));
        // a start that failed is not tried again by the next test class: it fails with the same reason
        AssertionError failed = store.get("failed", AssertionError.class);
        if (failed != null) {
            throw failed;
        }
        try {
            return store.computeIfAbsent("app", key -> start(), PackagedConstable.class);
        } catch (AssertionError | RuntimeException e) {
            AssertionError reason = e instanceof AssertionError a ? a : new AssertionError(e.getMessage(), e);
            store.put("failed", reason);
            throw reason;
        }
    }

    static PackagedConstable start() {
        String running = System.getProperty("constable.walk.running-in");
        if (running != null && !running.isBlank()) {
            return attach(Path.of(running).toAbsolutePath());
        }
        return startOwn("first-start", List.of());
    }

    /**
     * A packaged application of the caller's own, not the shared one: started in a fresh folder under
     * {@code target/<runs>} with the given options for its JVM (such as {@code -Xmx256m}); the
     * caller closes it.
     */
    public static PackagedConstable startOwn(String runsFolder, List<String> jvmOptions) {
        return startOwn(runsFolder, jvmOptions, START_LIMIT);
    }

    /** As {@link #startOwn(String, List)}, giving the first start up to {@code limit} to answer healthy. */
    public static PackagedConstable startOwn(String runsFolder, List<String> jvmOptions, Duration limit) {
        try {
            Path runs = Path.of("target", runsFolder).toAbsolutePath();
            forgetEarlierRuns(runs); // the last run's folder is kept to read after a failure
            Path folder = runs.resolve(UUID.randomUUID().toString());
            Files.createDirectories(folder);
            return launch(folder, folder.resolve("console.log"), freePort(), jvmOptions, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the packaged jar again in this one's folder, on its data folder and port, once this one
     * has ended (stopped or killed); its console goes to {@code console-<n>.log} beside the first.
     * {@link #startedIn()} of the returned application is the time from this start to a healthy answer.
     */
    public PackagedConstable startAgain(List<String> jvmOptions, Duration limit) {
        if (process == null || process.isAlive()) {
            throw new IllegalStateException("Start again only after this application has ended");
        }
        try (Stream<Path> files = Files.list(folder)) {
            long consoles = files.filter(f -> f.getFileName().toString().startsWith("console"))
                    .count();
            return launch(folder, folder.resolve("console-" + (consoles + 1) + ".log"), port, jvmOptions, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the application's JVM outright, as {@code kill -9} does: nothing of its own runs on the way out. */
    public void killOutright() {
        if (process == null) {
            throw new IllegalStateException("An application started by hand is not killed by a test");
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("The application did not end within 30 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The embedded PostgreSQL's postmaster named in the data folder's {@code postmaster.pid}, if it runs. */
    public java.util.Optional<ProcessHandle> embeddedPostmaster() {
        Path pidFile = dataFolder().resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return java.util.Optional.empty();
        }
        try (Stream<String> lines = Files.lines(pidFile)) {
            long pid = Long.parseLong(lines.findFirst().orElse("0").trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static PackagedConstable launch(
            Path folder, Path console, int port, List<String> jvmOptions, Duration limit) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(packagedJar().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        Map<String, String> env = builder.environment();
        // as on a fresh machine: no database, data folder or demo setting from this shell (CI sets them)
        env.keySet().removeIf(name -> name.startsWith("CONSTABLE_") || name.startsWith("SPRING_"));
        env.put("CONSTABLE_PORT", Integer.toString(port));
        Instant started = Instant.now();
        Process process = builder.start();
        // a run that is cut short must not leave the application and its database behind
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        PackagedConstable app = new PackagedConstable(folder, console, port, process, null);
        Duration took = app.awaitHealthy(started, limit);
        return new PackagedConstable(folder, console, port, process, took);
    }

    /**
     * For working on a page: walk an application already started from the packaged jar in the given
     * folder (its console in {@code console.log} there), {@code -Dconstable.walk.running-in=FOLDER}.
     * It is left running.
     */
    private static PackagedConstable attach(Path folder) {
        Path console = folder.resolve("console.log");
        try {
            java.util.regex.Matcher m = Pattern.compile("Constable is running: http://localhost:(\\d+)/")
                    .matcher(Files.readString(console, StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new IllegalStateException("No running Constable in " + console);
            }
            return new PackagedConstable(folder, console, Integer.parseInt(m.group(1)), null, Duration.ZERO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Duration awaitHealthy(Instant started, Duration limit) {
        Instant deadline = started.plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The packaged application stopped while starting (exit code "
                        + process.exitValue() + "). Its console ends:\n" + tail(60));
            }
            if (consoleText().contains("Constable is running") && healthStatus() == 200) {
                return Duration.between(started, Instant.now());
            }
            pause(Duration.ofMillis(500));
        }
        close();
        throw new AssertionError("The packaged application did not answer /actuator/health within " + limit
                + ". Its console ends:\n" + tail(60));
    }

    private int healthStatus() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Whether the application's process is still running (true when attached to one started by hand). */
    public boolean isAlive() {
        return process == null || process.isAlive();
    }

    /** The folder it was started in; its data folder is {@code data} inside it, as the README's default. */
    public Path folder() {
        return folder;
    }

    public Path dataFolder() {
        return folder.resolve("data");
    }

    public Duration startedIn() {
        return startedIn;
    }

    /** Asks for an API token as a demo user, with the demo password and the code of their TOTP secret now. */
    public org.constable.testsupport.Api.Response signIn(DemoLogins logins, DemoLogins.DemoLogin login) {
        return new org.constable.testsupport.Api(port)
                .post(
                        "/api/v1/tokens",
                        null,
                        "{\"username\":\"" + login.username() + "\",\"password\":\"" + logins.password()
                                + "\",\"code\":\""
                                + org.constable.identity.domain.Rfc6238Totp.codeAt(login.totpSecret(), Instant.now())
                                + "\"}");
    }

    /** Everything it printed so far, standard output and error. */
    public String consoleText() {
        try {
            return Files.readString(console, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo logins as a user reads them: from the console, the password also from the data folder. */
    public DemoLogins demoLogins() {
        return DemoLogins.readFrom(consoleText(), dataFolder());
    }

    /**
     * Lines of the console that report an error or an exception, each with its line number: any
     * ERROR entry, exception name, "Caused by" or stack frame.
     */
    public List<String> problemLines() {
        List<String> out = new ArrayList<>();
        String[] lines = consoleText().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (PROBLEM_LINE.matcher(lines[i]).find()) {
                out.add((i + 1) + ": " + lines[i]);
            }
        }
        return out;
    }

    /** Console lines from the given line on (1-based), to see what a later action logged. */
    public int consoleLineCount() {
        return consoleText().split("\n", -1).length;
    }

    public List<String> problemLinesAfter(int line) {
        return problemLines().stream()
                .filter(l -> Integer.parseInt(l.substring(0, l.indexOf(':'))) > line)
                .toList();
    }

    /** A stack frame or "... 12 more" line: the headline above it says what went wrong. */
    public static boolean isStackFrame(String numberedLine) {
        String line = numberedLine.substring(numberedLine.indexOf(':') + 1);
        return line.matches("\\s+(at |\\.\\.\\. \\d+ more).*");
    }

    public String tail(int lines) {
        String[] all = consoleText().split("\n");
        return String.join("\n", java.util.Arrays.asList(all).subList(Math.max(0, all.length - lines), all.length));
    }

    @Override
    public void close() {
        if (process == null) {
            return; // attached to one started by hand: left running
        }
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopLeftoverPostgres();
    }

    /** The embedded PostgreSQL is stopped with the application; if a hard stop left it running, stop it too. */
    private void stopLeftoverPostgres() {
        embeddedPostmaster().ifPresent(ProcessHandle::destroy);
    }

    private static void forgetEarlierRuns(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) {
            return;
        }
        try (Stream<Path> all = Files.walk(runs)) {
            all.sorted(java.util.Comparator.reverseOrder())
                    .filter(p -> !p.equals(runs))
                    .forEach(p -> p.toFile().delete());
        }
    }

    private static Path packagedJar() {
        String configured = System.getProperty("constable.packaged-jar");
        Path jar = configured != null && !configured.isBlank() ? Path.of(configured) : null;
        if (jar == null) {
            try (Stream<Path> files = Files.list(Path.of("target"))) {
                jar = files.filter(p -> p.getFileName().toString().matches("constable-.*\\.jar"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                jar = null;
            }
        }
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged application at " + jar
                    + ": these tests run in `./mvnw verify` after the jar is built (`./mvnw package`).");
        }
        return jar.toAbsolutePath();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Gives a test class the shared packaged application as a parameter (of {@code @BeforeAll} or a test). */
    public static final class Extension implements org.junit.jupiter.api.extension.ParameterResolver {

        @Override
        public boolean supportsParameter(
                org.junit.jupiter.api.extension.ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == PackagedConstable.class;
        }

        @Override
        public Object resolveParameter(
                org.junit.jupiter.api.extension.ParameterContext parameter, ExtensionContext context) {
            return in(context);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
