package org.constable.crime.demo;

import java.util.List;
import java.util.Random;

/**
 * What the demo force's recorded crimes are: Home Office classifications in the proportions a
 * suburban force sees, how long after the offence each is usually reported, and what the officer
 * wrote. All invented; no real case is described.
 */
final class DemoCrimeKinds {

    private DemoCrimeKinds() {}

    /** One kind of crime: its classification, weight, whether CID investigates it, and the words. */
    record Kind(
            String code,
            int weight,
            boolean cid,
            int maxWindowHours,
            int maxReportDelayHours,
            String narrative,
            String mo) {}

    static final List<Kind> KINDS = List.of(
            new Kind(
                    "28E",
                    16,
                    true,
                    8,
                    10,
                    "House entered while the occupants were out; jewellery and a laptop taken.",
                    "Rear door forced with a tool"),
            new Kind(
                    "28F",
                    4,
                    true,
                    6,
                    6,
                    "Marks on the front door frame; entry not gained.",
                    "Attempted forcing of the lock"),
            new Kind("49", 14, false, 4, 12, "Property left unattended was taken.", "Opportunist"),
            new Kind(
                    "45",
                    12,
                    false,
                    10,
                    10,
                    "Car window smashed and a bag taken from the back seat.",
                    "Window smashed"),
            new Kind(
                    "48",
                    4,
                    false,
                    10,
                    8,
                    "Car taken from the driveway overnight; keys not taken from the house.",
                    "Keyless relay suspected"),
            new Kind("44", 6, false, 8, 24, "Bicycle taken from outside the address although locked.", "Lock cut"),
            new Kind(
                    "46",
                    8,
                    false,
                    1,
                    2,
                    "Goods taken from the shop without payment; seen on CCTV.",
                    "Concealed in a bag"),
            new Kind("58A", 5, false, 8, 12, "Front window of the house broken.", "Stone thrown"),
            new Kind("58C", 8, false, 10, 10, "Car scratched along its length and a mirror broken.", "Keyed"),
            new Kind(
                    "105A", 10, true, 1, 3, "Victim pushed and threatened in the street; no injury.", "Verbal dispute"),
            new Kind("8N", 7, true, 1, 3, "Victim punched in the face outside licensed premises; cut lip.", "Punched"),
            new Kind("8L", 3, true, 72, 24, "Repeated unwanted messages and visits to the victim's home.", "Messages"),
            new Kind(
                    "39",
                    3,
                    false,
                    1,
                    4,
                    "Phone snatched from the victim's hand at the bus stop.",
                    "Snatch from behind"));

    /** The classification a crime-indicative closing points to, for a crime recorded from an incident. */
    static String forClosing(String closing, Random random) {
        return switch (closing) {
            case "CRIME_BURGLARY" -> random.nextInt(5) == 0 ? "28F" : "28E";
            case "CRIME_VIOLENCE" -> random.nextInt(3) == 0 ? "8N" : "105A";
            case "CRIME_DOMESTIC" -> random.nextInt(2) == 0 ? "8N" : "105A";
            case "CRIME_THEFT" -> random.nextInt(3) == 0 ? "39" : "49";
            case "CRIME_CRIMINAL_DAMAGE" -> random.nextInt(2) == 0 ? "58A" : "58C";
            default -> "49";
        };
    }

    static Kind byCode(String code) {
        return KINDS.stream().filter(k -> k.code().equals(code)).findFirst().orElse(KINDS.get(2));
    }

    static Kind pick(Random random) {
        int total = KINDS.stream().mapToInt(Kind::weight).sum();
        int r = random.nextInt(total);
        for (Kind k : KINDS) {
            r -= k.weight();
            if (r < 0) {
                return k;
            }
        }
        return KINDS.get(0);
    }

    /** Home Office outcomes as they fall for volume crime: most without a suspect, some charged. */
    static String outcome(Random random) {
        int r = random.nextInt(100);
        if (r < 45) {
            return "18";
        }
        if (r < 65) {
            return "14";
        }
        if (r < 75) {
            return "16";
        }
        if (r < 87) {
            return "1";
        }
        return r < 95 ? "8" : "3";
    }
}
