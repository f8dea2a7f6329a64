package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.constable.people.PersonNames;
import org.constable.search.domain.NameVariants;
import org.constable.search.domain.PersonDocuments;
import org.constable.search.domain.PersonHit;
import org.constable.search.domain.PersonSearch;
import org.constable.search.domain.SearchText;
import org.constable.search.domain.SearchablePerson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Person search at force scale (issue 4): ten million synthetic persons (names with real frequency
 * distributions and a long tail, dates of birth, addresses, vehicles) indexed with Constable's own
 * document schema; index build time and size; latency of exact, fuzzy, phonetic and combined
 * name + date-of-birth queries through {@link PersonSearch} (candidates + ranking + why) at 1 and 8
 * clients, next to a bare Lucene query for the same person's exact forename and surname on the same
 * index in the same rounds (the floor); and the time from a person's update to it being found, on
 * the same index. Run with
 * {@code ./mvnw -B test -Dtest=PersonSearchAtScaleBenchmark -Dconstable.benchmark=true}
 * ({@code -Dconstable.search.bench.persons=N} for another size, {@code -Dconstable.search.bench.reuse=true}
 * to measure queries on an index a previous run built).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
class PersonSearchAtScaleBenchmark {

    static final long PERSONS = Long.getLong("constable.search.bench.persons", 10_000_000L);
    static final boolean REUSE = Boolean.getBoolean("constable.search.bench.reuse");
    static final int ROUNDS = 3, QUERIES_1 = 200, QUERIES_8 = 400, WARM_UP = 300, UPDATES = 40;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SyntheticPopulation population = new SyntheticPopulation();
    private final NameVariants variants = NameVariants.standard();
    private final PersonSearch search = new PersonSearch(variants);

    @Test
    void tenMillionPersons() throws Exception {
        Path dir = Path.of("target", "search-bench", "persons-" + PERSONS);
        StringBuilder report = new StringBuilder("## Person search at scale: "
                + String.format(Locale.ROOT, "%,d", PERSONS) + " synthetic persons\n\n" + machine() + "\n\n");
        report.append(build(dir)).append('\n');
        try (FSDirectory directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(reader.numDocs()).isEqualTo(PERSONS);
            report.append(queries(searcher)).append('\n');
        }
        report.append(freshness(dir))
                .append("\nLoad average at end: ")
                .append(machine())
                .append('\n');
        BenchmarkSupport.publish("person-search-at-scale", report.toString());
    }

    private static String machine() {
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            load = "unknown";
        }
        return String.format(
                Locale.ROOT,
                "%d cores, max heap %.1f GiB, Java %s, load average at start %s, %s",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1073741824.0,
                System.getProperty("java.version"),
                load,
                java.time.Instant.now());
    }

    // ---- index build ------------------------------------------------------------------------

    private String build(Path dir) throws Exception {
        Path complete = dir.resolve("complete.txt");
        if (REUSE && Files.exists(complete)) {
            return "Index reused from an earlier run (build figures in that run's report): "
                    + Files.readString(complete) + "\n";
        }
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        int threads = 2;
        long t0 = System.nanoTime();
        long peakHeap;
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(512))) {
            AtomicLong next = new AtomicLong();
            AtomicLong progress = new AtomicLong();
            List<Thread> workers = new ArrayList<>();
            Throwable[] failure = new Throwable[1];
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    try {
                        long i;
                        while ((i = next.getAndIncrement()) < PERSONS) {
                            writer.addDocument(PersonDocuments.document(population.person(i)));
                            long done = progress.incrementAndGet();
                            if (done % 100_000 == 0) {
                                System.out.printf(
                                        Locale.ROOT,
                                        "indexed %,d persons in %.0f s%n",
                                        done,
                                        (System.nanoTime() - t0) / 1e9);
                            }
                        }
                    } catch (Throwable e) {
                        failure[0] = e;
                    }
                });
                workers.add(worker);
                worker.start();
            }
            for (Thread w : workers) {
                w.join();
            }
            if (failure[0] != null) {
                throw new IllegalStateException(failure[0]);
            }
            writer.commit();
            peakHeap = peakHeapBytes();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long bytes;
        int segments;
        try (Stream<Path> files = Files.list(dir)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(PersonSearchAtScaleBenchmark::size)
                    .sum();
        }
        try (FSDirectory directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            segments = reader.leaves().size();
        }
        String summary = String.format(
                Locale.ROOT,
                "%,d persons, %,d distinct surnames in the generator; build %.1f s (%,.0f persons/s, %d indexing threads, "
                        + "generation included); index %.2f GiB on disk in %d segments (%.0f bytes/person); peak heap %.1f GiB",
                PERSONS,
                population.distinctSurnames(),
                seconds,
                PERSONS / seconds,
                threads,
                bytes / 1073741824.0,
                segments,
                (double) bytes / PERSONS,
                peakHeap / 1073741824.0);
        Files.writeString(complete, summary);
        return "### Index build\n\n" + summary + "\n";
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    // ---- queries ----------------------------------------------------------------------------

    /** A query class: the text an officer types to find person {@code i}. */
    record QueryClass(String name, Function<SearchablePerson, String> text, boolean forgetful) {

        QueryClass(String name, Function<SearchablePerson, String> text) {
            this(name, text, false);
        }
    }

    private String queries(IndexSearcher searcher) throws InterruptedException {
        List<QueryClass> classes = List.of(
                new QueryClass("exact name", p -> p.forename() + " " + p.surname()),
                new QueryClass("fuzzy surname (1 edit)", p -> p.forename() + " " + Misspellings.oneEdit(p.surname())),
                new QueryClass("phonetic surname", p -> p.forename() + " " + Misspellings.soundAlike(p.surname())),
                new QueryClass(
                        "name + date of birth (fuzzy surname, swapped order)",
                        p -> Misspellings.oneEdit(p.surname()) + ", " + p.forename() + " "
                                + UK_DATE.format(p.dateOfBirth())),
                // the same as the first row, by a search that remembers no word's name parts from earlier queries
                new QueryClass("exact name, no name parts remembered", p -> p.forename() + " " + p.surname(), true));
        // every measured query is for a person not searched for before in this run (warm-up included), so
        // that what the search remembers between queries helps only as much as real names repeat
        SplittableRandom pick = new SplittableRandom(42);
        long[] targets = pick.longs(
                        WARM_UP + (long) ROUNDS * (QUERIES_1 + QUERIES_8) * (classes.size() + 1), 0, PERSONS)
                .toArray();
        SearchablePerson[] people =
                Arrays.stream(targets).mapToObj(population::person).toArray(SearchablePerson[]::new);
        AtomicInteger unused = new AtomicInteger(WARM_UP);

        // the first search reads the index's name parts into memory (ADR 0063; the application does so in the
        // background at start): its heap and time, measured
        long heapBefore = heapAfterGc();
        long readStart = System.nanoTime();
        search.search(searcher, SearchText.parse("Alice Smith"), TODAY, 10, id -> false);
        double readMs = (System.nanoTime() - readStart) / 1e6;
        long dictionaryBytes = heapAfterGc() - heapBefore;

        // warm up every path
        for (int k = 0; k < WARM_UP; k++) {
            SearchablePerson p = people[k];
            for (QueryClass c : classes) {
                search.search(searcher, SearchText.parse(c.text().apply(p)), TODAY, 10, id -> false);
            }
            floor(searcher, p);
        }

        StringBuilder out =
                new StringBuilder("### Query latency (ms), " + ROUNDS + " rounds, floor measured in the same rounds\n\n"
                        + "Floor = a bare Lucene BooleanQuery of the person's exact folded forename AND surname terms, top 10, on the same index.\n\n"
                        + "| query | clients | p50 | p95 | p99 | floor p50 | floor p95 | ratio p50 | ratio p95 | found in top 10 |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int clients : new int[] {1, 8}) {
            int count = clients == 1 ? QUERIES_1 : QUERIES_8;
            Map<QueryClass, BenchmarkSupport.Samples> samples = new LinkedHashMap<>();
            Map<QueryClass, AtomicInteger> found = new LinkedHashMap<>();
            BenchmarkSupport.Samples floor = new BenchmarkSupport.Samples();
            for (QueryClass c : classes) {
                samples.put(c, new BenchmarkSupport.Samples());
                found.put(c, new AtomicInteger());
            }
            for (int round = 0; round < ROUNDS; round++) {
                floor.add(BenchmarkSupport.parallel(
                        clients, count, () -> floor(searcher, people[unused.getAndIncrement()])));
                for (QueryClass c : classes) {
                    samples.get(c).add(BenchmarkSupport.parallel(clients, count, () -> {
                        SearchablePerson p = people[unused.getAndIncrement()];
                        PersonSearch by = c.forgetful() ? new PersonSearch(variants, search.dictionary()) : search;
                        List<PersonHit> hits =
                                by.search(searcher, SearchText.parse(c.text().apply(p)), TODAY, 10, id -> false);
                        if (hits.stream().anyMatch(h -> h.person().id() == p.id())) {
                            found.get(c).incrementAndGet();
                        }
                    }));
                }
            }
            for (QueryClass c : classes) {
                BenchmarkSupport.Samples s = samples.get(c);
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.1f | %.1f | %.1f | %.2f | %.2f | %.1fx | %.1fx | %.0f%% |%n",
                        c.name(),
                        clients,
                        s.percentileMs(50),
                        s.percentileMs(95),
                        s.percentileMs(99),
                        floor.percentileMs(50),
                        floor.percentileMs(95),
                        s.percentileMs(50) / floor.percentileMs(50),
                        s.percentileMs(95) / floor.percentileMs(95),
                        100.0 * found.get(c).get() / s.count()));
            }
        }
        out.append(String.format(
                Locale.ROOT,
                "%nName parts in memory (ADR 0063): %.1f MiB of heap after a full collection, read in %.0f ms "
                        + "by the first search (the application reads them in the background at start); %s%n",
                dictionaryBytes / 1048576.0,
                readMs,
                search.dictionary().size()));
        out.append(
                "\n\"Found in top 10\" counts a query as found when the generated target person is among the ten results; "
                        + "restricted persons (0.5%) are hidden as for a user without need-to-know. At this scale a name without a date "
                        + "of birth is shared by many people, so only the name + date of birth row measures finding one person.\n");
        return out.toString();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void floor(IndexSearcher searcher, SearchablePerson p) {
        Query q = new BooleanQuery.Builder()
                .add(
                        new TermQuery(new Term(PersonDocuments.FORENAMES, PersonNames.fold(p.forename()))),
                        BooleanClause.Occur.MUST)
                .add(
                        new TermQuery(new Term(
                                PersonDocuments.SURNAMES,
                                PersonNames.fold(p.surname().split("-")[0]))),
                        BooleanClause.Occur.MUST)
                .build();
        try {
            searcher.search(q, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- update to searchable --------------------------------------------------------------

    private String freshness(Path dir) throws Exception {
        long[] nanos = new long[UPDATES];
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig());
                SearcherManager manager = new SearcherManager(writer, null)) {
            SplittableRandom r = new SplittableRandom(7);
            for (int k = 0; k < UPDATES; k++) {
                SearchablePerson before = population.person(r.nextLong(PERSONS));
                String newSurname = "Quorvaleth" + (char) ('a' + k % 26) + (char) ('a' + k / 26);
                SearchablePerson after = new SearchablePerson(
                        before.id(),
                        before.forename(),
                        before.middleNames(),
                        newSurname,
                        before.dateOfBirth(),
                        before.aliases(),
                        before.places(),
                        before.vehicles(),
                        before.warnings(),
                        false);
                long t0 = System.nanoTime();
                writer.updateDocument(PersonDocuments.key(after.id()), PersonDocuments.document(after));
                manager.maybeRefreshBlocking();
                IndexSearcher s = manager.acquire();
                try {
                    List<PersonHit> hits = search.search(
                            s, SearchText.parse(after.forename() + " " + newSurname), TODAY, 10, id -> true);
                    assertThat(hits).extracting(h -> h.person().id()).contains(after.id());
                } finally {
                    manager.release(s);
                }
                nanos[k] = System.nanoTime() - t0;
            }
            writer.rollback();
        }
        Arrays.sort(nanos);
        return String.format(
                Locale.ROOT,
                "### Update to searchable on the same index%n%n"
                        + "%d updates: replace the person's document, refresh the near-real-time reader, find the person by the new name. "
                        + "p50 %.1f ms, p95 %.1f ms, max %.1f ms (the updates are rolled back afterwards).%n",
                UPDATES,
                BenchmarkSupport.percentile(nanos, 50) / 1e6,
                BenchmarkSupport.percentile(nanos, 95) / 1e6,
                nanos[UPDATES - 1] / 1e6);
    }
}
