package org.constable.search.domain;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Lucene document of a person. Every name (own and aliases) is indexed as folded parts, as the
 * whole surname joined, and as Double Metaphone and Beider-Morse codes; dates of birth as the full
 * date, the year, and the day number for age ranges. The person itself is stored so that results
 * are ranked and shown without going back to the database.
 */
public final class PersonDocuments {

    public static final String TYPE = "person";
    static final String KEY = "key";
    public static final String KIND = "kind";
    static final String NAME = "name";
    static final String NAME_DM = "name_dm";
    static final String NAME_BM = "name_bm";
    static final String DOB = "dob";
    static final String DOB_YEAR = "dob_year";
    static final String DOB_DAY = "dob_day";
    static final String POSTCODE = "postcode";
    static final String VRM = "vrm";
    private static final String SEP = "\u001f";

    private PersonDocuments() {
    }

    /** The term that identifies the person's document, for {@code IndexWriter.updateDocument} and {@code deleteDocuments}. */
    public static Term key(long personId) {
        return new Term(KEY, TYPE + ":" + personId);
    }

    public static Document document(SearchablePerson p) {
        Document doc = new Document();
        doc.add(new StringField(KEY, TYPE + ":" + p.id(), Field.Store.NO));
        doc.add(new StringField(KIND, TYPE, Field.Store.NO));
        Set<String> parts = new LinkedHashSet<>();
        addName(parts, p.forename(), p.middleNames(), p.surname());
        List<LocalDate> dobs = new ArrayList<>();
        if (p.dateOfBirth() != null) {
            dobs.add(p.dateOfBirth());
        }
        for (SearchablePerson.Alias a : p.aliases()) {
            addName(parts, a.forename(), null, a.surname());
            if (a.dateOfBirth() != null) {
                dobs.add(a.dateOfBirth());
            }
        }
        Set<String> dm = new LinkedHashSet<>();
        Set<String> bm = new LinkedHashSet<>();
        for (String part : parts) {
            doc.add(new StringField(NAME, part, Field.Store.NO));
            dm.addAll(NamePhonetics.doubleMetaphone(part));
            bm.addAll(NamePhonetics.beiderMorse(part));
        }
        dm.forEach(code -> doc.add(new StringField(NAME_DM, code, Field.Store.NO)));
        bm.forEach(code -> doc.add(new StringField(NAME_BM, code, Field.Store.NO)));
        for (LocalDate dob : new LinkedHashSet<>(dobs)) {
            doc.add(new StringField(DOB, dob.toString(), Field.Store.NO));
            doc.add(new StringField(DOB_YEAR, Integer.toString(dob.getYear()), Field.Store.NO));
            doc.add(new IntPoint(DOB_DAY, (int) dob.toEpochDay()));
        }
        p.postcodes().forEach(pc -> doc.add(new StringField(POSTCODE, pc.replace(" ", "").toUpperCase(java.util.Locale.ROOT), Field.Store.NO)));
        p.vrms().forEach(v -> doc.add(new StringField(VRM, v, Field.Store.NO)));
        store(doc, p);
        return doc;
    }

    private static void addName(Set<String> parts, String forename, String middleNames, String surname) {
        parts.addAll(Names.parts(forename));
        parts.addAll(Names.parts(middleNames));
        List<String> surnameParts = Names.parts(surname);
        parts.addAll(surnameParts);
        if (surnameParts.size() > 1) {
            parts.add(Names.joined(surname));
        }
    }

    private static void store(Document doc, SearchablePerson p) {
        doc.add(new StoredField("id", p.id()));
        doc.add(new StoredField("forename", nz(p.forename())));
        doc.add(new StoredField("middle", nz(p.middleNames())));
        doc.add(new StoredField("surname", nz(p.surname())));
        doc.add(new StoredField("born", p.dateOfBirth() == null ? "" : p.dateOfBirth().toString()));
        doc.add(new StoredField("restricted", p.restricted() ? 1 : 0));
        p.aliases().forEach(a -> doc.add(new StoredField("alias", nz(a.forename()) + SEP + nz(a.surname()) + SEP
                + (a.dateOfBirth() == null ? "" : a.dateOfBirth()))));
        p.addresses().forEach(a -> doc.add(new StoredField("address", a)));
        p.postcodes().forEach(a -> doc.add(new StoredField("postcode_shown", a)));
        p.vrms().forEach(a -> doc.add(new StoredField("vrm_shown", a)));
        p.warnings().forEach(a -> doc.add(new StoredField("warning", a)));
    }

    /** The person as it was indexed. */
    public static SearchablePerson read(Document doc) {
        List<SearchablePerson.Alias> aliases = new ArrayList<>();
        for (String a : doc.getValues("alias")) {
            String[] f = a.split(SEP, -1);
            aliases.add(new SearchablePerson.Alias(f[0], f[1], f[2].isEmpty() ? null : LocalDate.parse(f[2])));
        }
        String born = doc.get("born");
        String middle = doc.get("middle");
        IndexableField restricted = doc.getField("restricted");
        return new SearchablePerson(doc.getField("id").numericValue().longValue(), doc.get("forename"),
                middle.isEmpty() ? null : middle, doc.get("surname"), born.isEmpty() ? null : LocalDate.parse(born), aliases,
                List.of(doc.getValues("address")), List.of(doc.getValues("postcode_shown")), List.of(doc.getValues("vrm_shown")),
                List.of(doc.getValues("warning")), restricted.numericValue().intValue() == 1);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
