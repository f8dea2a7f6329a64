package org.constable.search.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Every forename and surname part of the index, held in memory once for all searches as one sorted
 * array a role, for finding the parts within a typed word's edit distance without building a fuzzy
 * automaton or walking every segment's terms (ADR 0063). Only the parts are held: sound-alike codes
 * stay in the index's own dictionary terms, looked up per search.
 *
 * <p>It learns from the index in one of two ways. Standing alone ({@link #readingSegments()}), it
 * reads every segment of a reader it has not read before, on the search that meets it. Fed by the
 * index's writer ({@link #fedByWrites()}), it learns each person's parts as the document is written
 * and reads the index once, when {@link #load(IndexReader)} is called (in the background at start);
 * until that is done it is not {@link #ready()} and a search finds fuzzy parts in the segments
 * instead, as before. Parts learnt from writes wait in a small ordered set until there are enough of
 * them to fold into the arrays. Parts are never forgotten: a part no longer indexed matches nobody.
 */
public final class NamePartDictionary {

    /** Parts learnt from writes held apart before they are folded into the sorted array. */
    static final int MOST_RECENT = 4096;

    /** The parts of one role: a sorted array, replaced whole, and the parts learnt since. */
    private static final class RoleParts {
        volatile String[] sorted = new String[0];
        final ConcurrentSkipListSet<String> recent = new ConcurrentSkipListSet<>();
    }

    private final Map<NameExpansion.Role, RoleParts> roles = new EnumMap<>(NameExpansion.Role.class);
    private final Set<Object> segmentsRead = ConcurrentHashMap.newKeySet();
    private final boolean fedByWrites;
    private volatile boolean ready;

    private NamePartDictionary(boolean fedByWrites) {
        this.fedByWrites = fedByWrites;
        for (NameExpansion.Role role : NameExpansion.Role.values()) {
            roles.put(role, new RoleParts());
        }
    }

    /** A dictionary that reads every new segment of the readers it is given, and is ready at once. */
    public static NamePartDictionary readingSegments() {
        NamePartDictionary d = new NamePartDictionary(false);
        d.ready = true;
        return d;
    }

    /** A dictionary that learns from {@link #learn(Document)} and is ready once {@link #load} has read the index. */
    public static NamePartDictionary fedByWrites() {
        return new NamePartDictionary(true);
    }

    /** True once every part of the index is held; until then searches look fuzzy parts up in the segments. */
    public boolean ready() {
        return ready;
    }

    /** Reads every part of {@code reader} (the index as it was when loading began) and makes the dictionary ready. */
    public void load(IndexReader reader) throws IOException {
        for (NameExpansion.Role role : NameExpansion.Role.values()) {
            TreeSet<String> parts = new TreeSet<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                readParts(leaf.reader().terms(role.field), parts);
            }
            fold(partsOf(role), parts);
        }
        ready = true;
    }

    /** Learns the parts of the segments of {@code reader} not read before; nothing when fed by writes. */
    void read(IndexReader reader) throws IOException {
        if (fedByWrites) {
            return;
        }
        List<LeafReaderContext> unread = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Object key = segment(leaf);
            if (key == null || !segmentsRead.contains(key)) {
                unread.add(leaf);
            }
        }
        if (unread.isEmpty()) {
            return;
        }
        synchronized (this) {
            for (LeafReaderContext leaf : unread) {
                Object key = segment(leaf);
                if (key != null && segmentsRead.contains(key)) {
                    continue;
                }
                for (NameExpansion.Role role : NameExpansion.Role.values()) {
                    TreeSet<String> parts = new TreeSet<>();
                    readParts(leaf.reader().terms(role.field), parts);
                    fold(partsOf(role), parts);
                }
                if (key != null) {
                    segmentsRead.add(key);
                }
            }
        }
    }

    /** Learns the name parts of a person's document as it is written to the index. */
    public void learn(Document person) {
        for (NameExpansion.Role role : NameExpansion.Role.values()) {
            RoleParts into = partsOf(role);
            for (IndexableField f : person.getFields(role.field)) {
                String part = f.stringValue();
                if (Arrays.binarySearch(into.sorted, part) < 0) {
                    into.recent.add(part);
                }
            }
            if (into.recent.size() > MOST_RECENT) {
                synchronized (this) {
                    if (into.recent.size() > MOST_RECENT) {
                        fold(into, new TreeSet<>(into.recent));
                    }
                }
            }
        }
    }

    /** The parts of {@code role} within {@code edits} of {@code word}, its first letter kept (as {@link FuzzyParts}). */
    List<String> withinEdits(String word, int edits, NameExpansion.Role role) {
        RoleParts parts = partsOf(role);
        List<String> found = FuzzyParts.within(parts.sorted, word, edits);
        if (!parts.recent.isEmpty()) {
            found.addAll(FuzzyParts.within(parts.recent, word, edits));
        }
        return found;
    }

    /** How many distinct parts are held, for measuring its memory. */
    public String size() {
        StringBuilder b = new StringBuilder();
        roles.forEach((role, r) -> b.append(String.format(
                java.util.Locale.ROOT,
                "%s: %,d parts (%,d of them learnt from writes); ",
                role.name().toLowerCase(java.util.Locale.ROOT),
                r.sorted.length + r.recent.size(),
                r.recent.size())));
        return b.toString();
    }

    /**
     * Merges {@code more} into the role's sorted array and takes them out of the recent ones. The new
     * array is published before the recent parts are taken out, so a search sees every part throughout
     * (some twice for a moment).
     */
    private synchronized void fold(RoleParts into, TreeSet<String> more) {
        String[] old = into.sorted;
        String[] merged = new String[old.length + more.size()];
        int i = 0, n = 0;
        for (String part : more) {
            while (i < old.length && old[i].compareTo(part) < 0) {
                merged[n++] = old[i++];
            }
            if (i < old.length && old[i].equals(part)) {
                continue;
            }
            merged[n++] = part;
        }
        while (i < old.length) {
            merged[n++] = old[i++];
        }
        into.sorted = n == merged.length ? merged : Arrays.copyOf(merged, n);
        into.recent.removeAll(more);
    }

    private RoleParts partsOf(NameExpansion.Role role) {
        return Objects.requireNonNull(roles.get(role), "every role has its parts from the start");
    }

    private static @Nullable Object segment(LeafReaderContext leaf) {
        var helper = leaf.reader().getCoreCacheHelper();
        return helper == null ? null : helper.getKey();
    }

    private static void readParts(@Nullable Terms terms, Set<String> into) throws IOException {
        if (terms == null) {
            return;
        }
        TermsEnum all = terms.iterator();
        for (BytesRef t = all.next(); t != null; t = all.next()) {
            into.add(t.utf8ToString());
        }
    }
}
