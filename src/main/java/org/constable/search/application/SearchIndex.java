package org.constable.search.application;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.constable.search.domain.NamePartDictionary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Lucene index on disk (under the data folder) with one writer and a near-real-time searcher:
 * a change is searchable as soon as it is written and the searcher refreshed, without a commit.
 * The last commit records whether the index was closed cleanly and whole; one that was not (a crash,
 * a rebuild cut short, a record that could not be indexed) is rebuilt at the next start, since
 * records may be missing from it.
 */
@Component
public class SearchIndex {

    /** Bump when documents change shape: an index of another shape is rebuilt at start. */
    static final String SCHEMA = "4";

    private static final String SCHEMA_KEY = "schema";
    private static final String CLEAN_KEY = "clean";

    private final Path folder;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, String> openedWith;

    private final SearchIndexState state;
    /** Every person's name parts, learnt as documents are written (ADR 0063). */
    private final NamePartDictionary personParts = NamePartDictionary.fedByWrites();

    /** An index with a state of its own, for tests of the index alone. */
    SearchIndex(String folder) {
        this(folder, new SearchIndexState());
    }

    @Autowired
    public SearchIndex(
            @Value("${constable.search.index-dir:${constable.data-dir:./data}/search-index}") String folder,
            SearchIndexState state) {
        this.state = state;
        try {
            this.folder = Path.of(folder);
            Files.createDirectories(this.folder);
            this.directory = FSDirectory.open(this.folder);
            this.openedWith = DirectoryReader.indexExists(directory)
                    ? Map.copyOf(DirectoryReader.listCommits(directory)
                            .get(DirectoryReader.listCommits(directory).size() - 1)
                            .getUserData())
                    : Map.of();
            // An index of another shape is emptied now, fields and all, not merely deleted document by
            // document: a field whose structure changed between shapes could not take new documents.
            boolean sameShape = SCHEMA.equals(openedWith.get(SCHEMA_KEY));
            this.writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig()
                            .setOpenMode(
                                    sameShape
                                            ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                                            : IndexWriterConfig.OpenMode.CREATE));
            commit(false);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** True when the index on disk was written by this version and closed cleanly. */
    boolean wasClosedCleanly() {
        return SCHEMA.equals(openedWith.get(SCHEMA_KEY)) && "true".equals(openedWith.get(CLEAN_KEY));
    }

    Path folder() {
        return folder;
    }

    /** The name parts of the persons in this index, kept current as they are written, for person search. */
    NamePartDictionary personParts() {
        return personParts;
    }

    /**
     * Reads every person's name parts in the index into memory (ADR 0063); run once, in the background
     * at start. Until it is done, person search finds fuzzy parts in the index's segments instead.
     */
    void readPersonParts() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            personParts.load(searcher.getIndexReader());
        } finally {
            searchers.release(searcher);
        }
    }

    void put(Term key, Document doc) {
        try {
            personParts.learn(doc);
            writer.updateDocument(key, doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(Term key) {
        try {
            writer.deleteDocuments(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every change so far visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T withSearcher(Function<IndexSearcher, T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents of a kind (person, location, vehicle) now searchable. */
    long count(String kind) {
        return withSearcher(s -> {
            try {
                return (long) s.count(new TermQuery(new Term(org.constable.search.domain.PersonDocuments.KIND, kind)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    void commit(boolean clean) {
        try {
            Map<String, String> data = new HashMap<>();
            data.put(SCHEMA_KEY, SCHEMA);
            data.put(CLEAN_KEY, Boolean.toString(clean));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Commits and closes. The commit says the index was closed cleanly only when it holds every
     * record (no rebuild under way or failed, no record that could not be indexed), so that the next
     * start rebuilds an index that was not.
     */
    @PreDestroy
    void close() throws IOException {
        if (writer.isOpen()) {
            commit(state.whole());
            searchers.close();
            writer.close();
        }
        directory.close();
    }
}
