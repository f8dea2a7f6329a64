package org.constable.search.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Every name part of the index, by role, held in memory once for all searches: the parts in order, for
 * finding those within a typed word's edit distance, and the index's sound-alike dictionary as a map
 * from each Double Metaphone and Beider-Morse code to its parts (ADR 0063). A search for a word not seen
 * before then walks this one dictionary instead of building a fuzzy automaton and intersecting it
 * with every segment's terms.
 *
 * <p>It learns from the index in one of two ways. Standing alone, it reads every segment of a
 * reader it has not read before (a segment never changes once written). Fed by the index's writer
 * ({@link #fedByWrites()}), it reads the first reader it is given whole, and after that learns each
 * person's parts as the document is written, so a segment made by merging others is never read
 * again. Parts are never forgotten: a part no longer indexed matches nobody.
 */
public final class NamePartDictionary {

    /** The parts of one role and their sound-alike codes. */
    private static final class RoleParts {
        final ConcurrentSkipListSet<String> parts = new ConcurrentSkipListSet<>();
        final Map<String, String[]> byDoubleMetaphone = new ConcurrentHashMap<>();
        final Map<String, String[]> byBeiderMorse = new ConcurrentHashMap<>();
    }

    private final Map<NameExpansion.Role, RoleParts> roles = new EnumMap<>(NameExpansion.Role.class);
    private final Set<Object> segmentsRead = ConcurrentHashMap.newKeySet();
    private final boolean fedByWrites;
    private volatile boolean readOnce;

    private NamePartDictionary(boolean fedByWrites) {
        this.fedByWrites = fedByWrites;
        for (NameExpansion.Role role : NameExpansion.Role.values()) {
            roles.put(role, new RoleParts());
        }
    }

    /** A dictionary that reads every new segment of the readers it is given. */
    public static NamePartDictionary readingSegments() {
        return new NamePartDictionary(false);
    }

    /** A dictionary that reads the first reader it is given, then learns from {@link #learn(Document)} alone. */
    public static NamePartDictionary fedByWrites() {
        return new NamePartDictionary(true);
    }

    /** Learns the parts of the segments of {@code reader} not read before (only of the first reader, when fed by writes). */
    void read(IndexReader reader) throws IOException {
        if (fedByWrites && readOnce) {
            return;
        }
        List<LeafReaderContext> unread = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Object key = segment(leaf);
            if (key == null || !segmentsRead.contains(key)) {
                unread.add(leaf);
            }
        }
        if (unread.isEmpty() && (!fedByWrites || readOnce)) {
            return;
        }
        synchronized (this) {
            for (LeafReaderContext leaf : unread) {
                Object key = segment(leaf);
                if (key != null && segmentsRead.contains(key)) {
                    continue;
                }
                for (NameExpansion.Role role : NameExpansion.Role.values()) {
                    RoleParts into = roles.get(role);
                    readParts(leaf.reader().terms(role.field), into.parts);
                    readCodes(leaf.reader().terms(role.doubleMetaphoneField), into.byDoubleMetaphone);
                    readCodes(leaf.reader().terms(role.beiderMorseField), into.byBeiderMorse);
                }
                if (key != null) {
                    segmentsRead.add(key);
                }
            }
            readOnce = true;
        }
    }

    /** Learns the name parts and sound-alike codes of a person's document as it is written to the index. */
    public void learn(Document person) {
        synchronized (this) {
            for (NameExpansion.Role role : NameExpansion.Role.values()) {
                RoleParts into = roles.get(role);
                for (IndexableField f : person.getFields(role.field)) {
                    into.parts.add(f.stringValue());
                }
                learnCodes(person, role.doubleMetaphoneField, into.byDoubleMetaphone);
                learnCodes(person, role.beiderMorseField, into.byBeiderMorse);
            }
        }
    }

    /** The parts of {@code role} within {@code edits} of {@code word}, its first letter kept (as {@link FuzzyParts}). */
    List<String> withinEdits(String word, int edits, NameExpansion.Role role) {
        return FuzzyParts.within(roles.get(role).parts, word, edits);
    }

    /** The parts of {@code role} under any of the Double Metaphone {@code codes}. */
    List<String> byDoubleMetaphone(List<String> codes, NameExpansion.Role role) {
        return under(roles.get(role).byDoubleMetaphone, codes);
    }

    /** The parts of {@code role} under any of the Beider-Morse {@code codes}. */
    List<String> byBeiderMorse(List<String> codes, NameExpansion.Role role) {
        return under(roles.get(role).byBeiderMorse, codes);
    }

    /** How many distinct parts and code entries are held, for measuring its memory. */
    public String size() {
        StringBuilder b = new StringBuilder();
        roles.forEach((role, r) -> b.append(String.format(
                java.util.Locale.ROOT,
                "%s: %,d parts, %,d Double Metaphone codes (%,d entries), %,d Beider-Morse codes (%,d entries); ",
                role.name().toLowerCase(java.util.Locale.ROOT),
                r.parts.size(),
                r.byDoubleMetaphone.size(),
                r.byDoubleMetaphone.values().stream().mapToLong(a -> a.length).sum(),
                r.byBeiderMorse.size(),
                r.byBeiderMorse.values().stream().mapToLong(a -> a.length).sum())));
        return b.toString();
    }

    private static List<String> under(Map<String, String[]> byCode, List<String> codes) {
        List<String> parts = new ArrayList<>();
        for (String code : codes) {
            String[] found = byCode.get(code);
            if (found != null) {
                parts.addAll(List.of(found));
            }
        }
        return parts;
    }

    private static Object segment(LeafReaderContext leaf) {
        var helper = leaf.reader().getCoreCacheHelper();
        return helper == null ? null : helper.getKey();
    }

    private static void readParts(Terms terms, Set<String> into) throws IOException {
        if (terms == null) {
            return;
        }
        TermsEnum all = terms.iterator();
        for (BytesRef t = all.next(); t != null; t = all.next()) {
            into.add(t.utf8ToString());
        }
    }

    /** Reads "code␟part" terms, which come in order, so each code's parts arrive together. */
    private static void readCodes(Terms terms, Map<String, String[]> into) throws IOException {
        if (terms == null) {
            return;
        }
        TermsEnum all = terms.iterator();
        String code = null;
        List<String> parts = new ArrayList<>();
        for (BytesRef t = all.next(); t != null; t = all.next()) {
            String entry = t.utf8ToString();
            int cut = entry.indexOf(PersonDocuments.CODE_SEP);
            if (cut < 0) {
                continue;
            }
            String c = entry.substring(0, cut);
            if (!c.equals(code)) {
                add(into, code, parts);
                code = c;
                parts.clear();
            }
            parts.add(entry.substring(cut + 1));
        }
        add(into, code, parts);
    }

    private static void learnCodes(Document person, String field, Map<String, String[]> into) {
        for (IndexableField f : person.getFields(field)) {
            String entry = f.stringValue();
            int cut = entry.indexOf(PersonDocuments.CODE_SEP);
            if (cut >= 0) {
                add(into, entry.substring(0, cut), List.of(entry.substring(cut + 1)));
            }
        }
    }

    /** Adds parts under a code, keeping each part once; the array is replaced whole, so readers see one or the other. */
    private static void add(Map<String, String[]> into, String code, List<String> parts) {
        if (code == null || parts.isEmpty()) {
            return;
        }
        into.compute(code, (c, known) -> {
            if (known == null) {
                return parts.stream().distinct().toArray(String[]::new);
            }
            Set<String> merged = new java.util.LinkedHashSet<>(List.of(known));
            merged.addAll(parts);
            return merged.size() == known.length ? known : merged.toArray(String[]::new);
        });
    }
}
