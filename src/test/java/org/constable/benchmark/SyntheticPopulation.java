package org.constable.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.constable.search.domain.SearchablePerson;

/**
 * A synthetic population for search at scale: person {@code i} is always the same person, so a
 * benchmark can index ten million and later ask for any of them without keeping them in memory.
 * Names follow real frequency distributions: common surnames and forenames from aggregate tables,
 * and a long Zipf tail of made-up names (about 190,000 surnames), as the real population has a long
 * tail of rare names. Some people have double-barrelled surnames, aliases, vehicles and warnings.
 * Any resemblance of a generated person to a real one is chance.
 */
final class SyntheticPopulation {

    private static final String[] ONSETS = {
        "Ab", "Ash", "Bar", "Bel", "Bram", "Cal", "Dar", "Ed", "Fen", "Gar", "Hal", "Har", "Kel", "Lang", "Mar", "Nor",
        "Pem", "Rad", "Sel", "Thorn", "Wel", "Wy", "Ald", "Brig", "Cro", "Dun", "Elm", "Fair", "Glen", "Hol", "Iv",
        "Kin", "Lock", "Mor", "Ox", "Pen", "Ram", "Stan", "Tal", "Wat", "Zel", "Vor", "Ul", "Tre", "Sko", "Ros", "Qui",
        "Pol", "Ny", "Mik", "Lor", "Jan", "Ost", "Bog", "Dra", "Gre", "Kov", "Lub", "Sar", "Yar"
    };
    private static final String[] MIDDLES = {
        "a", "e", "i", "o", "an", "en", "er", "in", "on", "el", "le", "ri", "ra", "ro", "ley", "ing", "am", "or", "us",
        "ar", "il", "ol", "un", "y", "is", "ab", "ed", "ov", "ich", "ak", "ad", "ul", "em", "eth", "ow", "ay", "ir",
        "od", "ek", "al", "ut", "ig", "ob", "as", "os", "ic", "it", "ag", "ep", "ur", "ym", "ond", "ast", "ern", "ill",
        "ock", "umb", "ard", "ott", "ick"
    };
    private static final String[] ENDINGS = {
        "ton", "ford", "by", "worth", "field", "ham", "wick", "dale", "more", "well", "son", "man", "er", "ley",
        "croft", "hurst", "shaw", "stead", "land", "wood", "bury", "cott", "den", "ridge", "brook", "gate", "combe",
        "thwaite", "wright", "ington", "ett", "ock", "ow", "win", "ard", "ick", "ing", "ell", "ay", "ey", "ie", "ez",
        "ski", "ova", "enko", "escu", "ian", "oglu", "ides", "opoulos", "sson", "sen", "berg", "stein", "mann", "ler",
        "ner", "ovic", "aki", "ero"
    };
    private static final String[] FORENAME_ENDINGS = {
        "a", "o", "an", "el", "ie", "in", "us", "ia", "ah", "y", "ette", "ric", "win", "ard", "iel", "ina", "ius", "ek",
        "ya", "en"
    };
    private static final String[] STREETS = {
        "Road", "Street", "Avenue", "Grove", "Lane", "Close", "Drive", "Terrace", "Way", "Crescent"
    };
    private static final String[] MARKERS = {"Weapons", "Violence", "Domestic abuse", "Mental health", "Officer safety"
    };
    private static final String VRM_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ";

    private final Weighted surnames;
    private final Weighted forenames;
    private final String[] tailSurnames;
    private final double[] tailCumulative;
    private final String[] tailForenames;
    private final double topSurnameShare;

    SyntheticPopulation() {
        surnames = Weighted.load("/benchmark/surname-frequencies.csv");
        forenames = Weighted.load("/benchmark/forename-frequencies.csv");
        topSurnameShare = 0.30;
        Set<String> tail = new LinkedHashSet<>();
        for (String onset : ONSETS) {
            for (String middle : MIDDLES) {
                for (String ending : ENDINGS) {
                    tail.add(onset + middle + ending);
                }
            }
        }
        tail.removeAll(Arrays.asList(surnames.names));
        tailSurnames = tail.toArray(String[]::new);
        // Zipf (s = 1) over the tail: a few made-up names are fairly common, most are rare.
        tailCumulative = new double[tailSurnames.length];
        double sum = 0;
        for (int k = 0; k < tailSurnames.length; k++) {
            sum += 1.0 / (k + 1);
            tailCumulative[k] = sum;
        }
        for (int k = 0; k < tailCumulative.length; k++) {
            tailCumulative[k] /= sum;
        }
        List<String> tf = new ArrayList<>();
        for (String onset : ONSETS) {
            for (String ending : FORENAME_ENDINGS) {
                tf.add(onset + ending.toLowerCase(Locale.ROOT));
            }
        }
        tailForenames = tf.toArray(String[]::new);
    }

    int distinctSurnames() {
        return surnames.names.length + tailSurnames.length;
    }

    SearchablePerson person(long i) {
        SplittableRandom r = new SplittableRandom(0x5EED_0000L ^ (i * 0x9E3779B97F4A7C15L));
        String forename = r.nextDouble() < 0.9 ? forenames.pick(r) : tailForenames[r.nextInt(tailForenames.length)];
        String surname = surname(r);
        if (r.nextDouble() < 0.01) {
            surname = surname + "-" + surname(r);
        }
        String middle = r.nextDouble() < 0.3 ? forenames.pick(r) : null;
        LocalDate born = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(365 * 78));
        List<SearchablePerson.Alias> aliases = new ArrayList<>();
        if (r.nextDouble() < 0.05) {
            aliases.add(new SearchablePerson.Alias(
                    forenames.pick(r), surname(r), r.nextBoolean() ? born : born.plusDays(r.nextInt(1, 400))));
        }
        String postcode = postcode(r);
        String address =
                (1 + r.nextInt(240)) + " " + surname(r) + " " + STREETS[r.nextInt(STREETS.length)] + ", " + postcode;
        List<SearchablePerson.Vehicle> vehicles =
                r.nextDouble() < 0.3 ? List.of(new SearchablePerson.Vehicle(i, vrm(r))) : List.of();
        List<String> warnings = r.nextDouble() < 0.03 ? List.of(MARKERS[r.nextInt(MARKERS.length)]) : List.of();
        boolean restricted = r.nextDouble() < 0.005;
        return new SearchablePerson(
                i,
                forename,
                middle,
                surname,
                born,
                aliases,
                List.of(new SearchablePerson.Place(i, address, postcode)),
                vehicles,
                warnings,
                restricted);
    }

    private String surname(SplittableRandom r) {
        if (r.nextDouble() < topSurnameShare) {
            return surnames.pick(r);
        }
        int k = Arrays.binarySearch(tailCumulative, r.nextDouble());
        return tailSurnames[Math.min(tailSurnames.length - 1, k < 0 ? -k - 1 : k)];
    }

    private static String postcode(SplittableRandom r) {
        return "Z" + (char) ('A' + r.nextInt(26)) + (1 + r.nextInt(99)) + " " + r.nextInt(10)
                + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
    }

    private static String vrm(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        b.append(VRM_LETTERS.charAt(r.nextInt(VRM_LETTERS.length())))
                .append(VRM_LETTERS.charAt(r.nextInt(VRM_LETTERS.length())));
        b.append(String.format(Locale.ROOT, "%02d", 10 + r.nextInt(60))).append(' ');
        for (int k = 0; k < 3; k++) {
            b.append(VRM_LETTERS.charAt(r.nextInt(VRM_LETTERS.length())));
        }
        return b.toString();
    }

    /** Names with weights, drawn in O(log n) by cumulative weight. */
    private static final class Weighted {
        final String[] names;
        final double[] cumulative;

        private Weighted(String[] names, double[] cumulative) {
            this.names = names;
            this.cumulative = cumulative;
        }

        static Weighted load(String resource) {
            List<String> names = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    SyntheticPopulation.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
                String line;
                boolean header = true;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    if (header) {
                        header = false;
                        continue;
                    }
                    String[] f = line.split(",");
                    names.add(f[0]);
                    weights.add(Double.parseDouble(f[1]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            double[] cumulative = new double[weights.size()];
            double sum = 0;
            for (int k = 0; k < cumulative.length; k++) {
                sum += weights.get(k);
                cumulative[k] = sum;
            }
            for (int k = 0; k < cumulative.length; k++) {
                cumulative[k] /= sum;
            }
            return new Weighted(names.toArray(String[]::new), cumulative);
        }

        String pick(SplittableRandom r) {
            int k = Arrays.binarySearch(cumulative, r.nextDouble());
            return names[Math.min(names.length - 1, k < 0 ? -k - 1 : k)];
        }
    }
}
