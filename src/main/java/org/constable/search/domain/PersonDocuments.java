package org.constable.search.domain;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.constable.people.PersonNames;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene document of a person. Names (own and aliases) are indexed as folded parts by role:
 * forename parts (with middle names) and a forename of several parts joined, surname parts and the
 * whole surname joined, and the parts of a surname of several parts once more on their own, as a
 * forename word may be one of them. Field names differ from those of addresses and vehicles, which
 * share the index (ADR 0038). Each part
 * is also written as "code␟part" terms of its Double Metaphone and Beider-Morse codes: a sound-alike
 * dictionary that a search reads to turn a typed word into the real parts that sound like it (ADR
 * 0036). Dates of birth are indexed as the full date, the year, and the day number for age ranges.
 * The person itself is kept in two binary doc values, what the ranker reads and what is only shown
 * (places, vehicles, warnings), so that results are ranked and shown without going back to the
 * database and without decompressing blocks of stored documents (ADR 0063).
 */
public final class PersonDocuments {

    public static final String TYPE = "person";
    static final String KEY = "key";
    public static final String KIND = "kind";
    /** Forename and middle-name parts, own and aliases'. */
    public static final String FORENAMES = "fn";
    /** Surname parts and joined surnames, own and aliases'. */
    public static final String SURNAMES = "sn";
    /** The parts of surnames of several parts ("smith", "jones" of Smith-Jones). */
    static final String SURNAME_PARTS = "sn_part";

    static final String FORENAME_DM = "fn_dm";
    static final String FORENAME_BM = "fn_bm";
    static final String SURNAME_DM = "sn_dm";
    static final String SURNAME_BM = "sn_bm";
    /** What the ranker reads of a person, kept as a doc value so candidates are ranked without decompressing stored documents. */
    static final String RANKING = "ranking";
    /** What is shown of a person beyond the ranking view: places, vehicles and warnings, as a doc value. */
    static final String SHOWN = "shown";
    /** On restricted persons only, so that a search can keep them apart. */
    static final Term RESTRICTED_TERM = new Term("restricted_flag", "yes");
    /** Between a sound-alike code and the name part it was made from. */
    static final char CODE_SEP = '\u001e';

    static final String DOB = "dob";
    static final String DOB_YEAR = "dob_year";
    static final String DOB_DAY = "dob_day";
    private static final String SEP = "\u001f";
    /** Stored: a linked address as location id, address in one line and postcode. */
    private static final String PLACE = "place";
    /** Stored: a linked vehicle as vehicle id and registration mark. */
    private static final String VEHICLE = "person_vehicle";

    private static final String ALIAS_SEP = "\u001d";
    /** Between the places, the vehicles and the warnings of the shown doc value. */
    private static final String SECTION_SEP = "\u001c";
    /** Between the entries of one section of the shown doc value. */
    private static final String ENTRY_SEP = "\u001e";

    private PersonDocuments() {}

    /** The term that identifies the person's document, for {@code IndexWriter.updateDocument} and {@code deleteDocuments}. */
    public static Term key(long personId) {
        return new Term(KEY, TYPE + ":" + personId);
    }

    public static Document document(SearchablePerson p) {
        Document doc = new Document();
        doc.add(new StringField(KEY, TYPE + ":" + p.id(), Field.Store.NO));
        doc.add(new StringField(KIND, TYPE, Field.Store.NO));
        if (p.restricted()) {
            doc.add(new StringField(RESTRICTED_TERM.field(), RESTRICTED_TERM.text(), Field.Store.NO));
        }
        Set<String> forenames = new LinkedHashSet<>();
        Set<String> surnames = new LinkedHashSet<>();
        Set<String> surnameParts = new LinkedHashSet<>();
        addName(forenames, surnames, surnameParts, p.forename(), p.middleNames(), p.surname());
        List<LocalDate> dobs = new ArrayList<>();
        if (p.dateOfBirth() != null) {
            dobs.add(p.dateOfBirth());
        }
        for (SearchablePerson.Alias a : p.aliases()) {
            addName(forenames, surnames, surnameParts, a.forename(), null, a.surname());
            if (a.dateOfBirth() != null) {
                dobs.add(a.dateOfBirth());
            }
        }
        addParts(doc, forenames, FORENAMES, FORENAME_DM, FORENAME_BM);
        addParts(doc, surnames, SURNAMES, SURNAME_DM, SURNAME_BM);
        surnameParts.forEach(part -> doc.add(new StringField(SURNAME_PARTS, part, Field.Store.NO)));
        for (LocalDate dob : new LinkedHashSet<>(dobs)) {
            doc.add(new StringField(DOB, dob.toString(), Field.Store.NO));
            doc.add(new StringField(DOB_YEAR, Integer.toString(dob.getYear()), Field.Store.NO));
            doc.add(new IntPoint(DOB_DAY, (int) dob.toEpochDay()));
        }
        doc.add(new BinaryDocValuesField(RANKING, new BytesRef(rankingText(p))));
        doc.add(new BinaryDocValuesField(SHOWN, new BytesRef(shownText(p))));
        return doc;
    }

    private static String shownText(SearchablePerson p) {
        List<String> places = new ArrayList<>();
        p.places().forEach(a -> places.add(a.locationId() + SEP + nz(a.oneLine()) + SEP + nz(a.postcode())));
        List<String> vehicles = new ArrayList<>();
        p.vehicles().forEach(v -> vehicles.add(v.vehicleId() + SEP + v.vrm()));
        return String.join(ENTRY_SEP, places)
                + SECTION_SEP
                + String.join(ENTRY_SEP, vehicles)
                + SECTION_SEP
                + String.join(ENTRY_SEP, p.warnings());
    }

    /** Every name part the person is indexed under, in any role: own and aliases', parts and joined. */
    static Set<String> nameParts(SearchablePerson p) {
        Set<String> forenames = new LinkedHashSet<>();
        Set<String> surnames = new LinkedHashSet<>();
        Set<String> surnameParts = new LinkedHashSet<>();
        addName(forenames, surnames, surnameParts, p.forename(), p.middleNames(), p.surname());
        for (SearchablePerson.Alias a : p.aliases()) {
            addName(forenames, surnames, surnameParts, a.forename(), null, a.surname());
        }
        forenames.addAll(surnames);
        return forenames;
    }

    private static String rankingText(SearchablePerson p) {
        StringBuilder b = new StringBuilder()
                .append(p.id())
                .append(SEP)
                .append(nz(p.forename()))
                .append(SEP)
                .append(nz(p.middleNames()))
                .append(SEP)
                .append(nz(p.surname()))
                .append(SEP)
                .append(p.dateOfBirth() == null ? "" : p.dateOfBirth())
                .append(SEP)
                .append(p.restricted() ? 1 : 0);
        p.aliases().forEach(a -> b.append(SEP).append(alias(a)));
        return b.toString();
    }

    /** The person as the ranker needs it (names, aliases, dates of birth, restriction), from its ranking doc value. */
    static SearchablePerson rankingView(BytesRef value) {
        String[] f = value.utf8ToString().split(SEP, -1);
        List<SearchablePerson.Alias> aliases = new ArrayList<>();
        for (int k = 6; k < f.length; k++) {
            aliases.add(alias(f[k]));
        }
        return new SearchablePerson(
                Long.parseLong(f[0]),
                f[1],
                f[2].isEmpty() ? null : f[2],
                f[3],
                f[4].isEmpty() ? null : LocalDate.parse(f[4]),
                aliases,
                List.of(),
                List.of(),
                List.of(),
                "1".equals(f[5]));
    }

    private static String alias(SearchablePerson.Alias a) {
        return nz(a.forename())
                + ALIAS_SEP
                + nz(a.surname())
                + ALIAS_SEP
                + (a.dateOfBirth() == null ? "" : a.dateOfBirth());
    }

    private static SearchablePerson.Alias alias(String text) {
        String[] f = text.split(ALIAS_SEP, -1);
        return new SearchablePerson.Alias(f[0], f[1], f[2].isEmpty() ? null : LocalDate.parse(f[2]));
    }

    private static void addName(
            Set<String> forenames,
            Set<String> surnames,
            Set<String> surnameParts,
            String forename,
            @Nullable String middleNames,
            String surname) {
        List<String> forenameParts = PersonNames.parts(forename);
        forenames.addAll(forenameParts);
        if (forenameParts.size() > 1) {
            forenames.add(String.join("", forenameParts));
        }
        forenames.addAll(PersonNames.parts(middleNames));
        List<String> parts = PersonNames.parts(surname);
        surnames.addAll(parts);
        if (parts.size() > 1) {
            surnames.add(PersonNames.joined(surname));
            surnameParts.addAll(parts);
        }
    }

    private static void addParts(Document doc, Set<String> parts, String field, String dmField, String bmField) {
        Set<String> dm = new LinkedHashSet<>();
        Set<String> bm = new LinkedHashSet<>();
        for (String part : parts) {
            doc.add(new StringField(field, part, Field.Store.NO));
            NamePhonetics.doubleMetaphone(part).forEach(code -> dm.add(code + CODE_SEP + part));
            NamePhonetics.beiderMorse(part).forEach(code -> bm.add(code + CODE_SEP + part));
        }
        dm.forEach(term -> doc.add(new StringField(dmField, term, Field.Store.NO)));
        bm.forEach(term -> doc.add(new StringField(bmField, term, Field.Store.NO)));
    }

    /** The person of document {@code doc} of {@code reader} as it was indexed, read from its two doc values. */
    public static SearchablePerson read(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues ranking = leaf.reader().getBinaryDocValues(RANKING);
        BinaryDocValues shown = leaf.reader().getBinaryDocValues(SHOWN);
        int inLeaf = doc - leaf.docBase;
        if (ranking == null || shown == null || !ranking.advanceExact(inLeaf) || !shown.advanceExact(inLeaf)) {
            throw new IllegalStateException("person document " + doc + " has no doc values: rebuild the search index");
        }
        return shown(rankingView(ranking.binaryValue()), shown.binaryValue());
    }

    /** The whole person: its ranking view with the places, vehicles and warnings of its shown doc value. */
    static SearchablePerson shown(SearchablePerson ranked, BytesRef value) {
        String[] sections = value.utf8ToString().split(SECTION_SEP, -1);
        List<SearchablePerson.Place> places = new ArrayList<>();
        for (String a : entries(sections[0])) {
            String[] f = a.split(SEP, -1);
            places.add(new SearchablePerson.Place(Long.parseLong(f[0]), f[1], f[2].isEmpty() ? null : f[2]));
        }
        List<SearchablePerson.Vehicle> vehicles = new ArrayList<>();
        for (String v : entries(sections[1])) {
            String[] f = v.split(SEP, -1);
            vehicles.add(new SearchablePerson.Vehicle(Long.parseLong(f[0]), f[1]));
        }
        return new SearchablePerson(
                ranked.id(),
                ranked.forename(),
                ranked.middleNames(),
                ranked.surname(),
                ranked.dateOfBirth(),
                ranked.aliases(),
                places,
                vehicles,
                entries(sections[2]),
                ranked.restricted());
    }

    private static List<String> entries(String section) {
        return section.isEmpty() ? List.of() : List.of(section.split(ENTRY_SEP, -1));
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
