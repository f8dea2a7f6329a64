package org.constable.people.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Familiar forms of common English given names, so that "Bob Smith" and "Robert Smith" compare as
 * the same forename. Small on purpose: the familiar forms officers meet most often.
 */
public final class Forenames {

    private static final Map<String, String> FORMAL = new HashMap<>();

    static {
        formal("robert", "bob", "bobby", "rob", "robbie", "bert");
        formal("william", "bill", "billy", "will", "willie", "liam");
        formal("richard", "dick", "rick", "ricky", "rich", "richie");
        formal("james", "jim", "jimmy", "jamie");
        formal("john", "jack", "johnny", "jon");
        formal("michael", "mike", "mick", "mickey", "micky");
        formal("thomas", "tom", "tommy");
        formal("charles", "charlie", "chas", "chuck");
        formal("edward", "ed", "eddie", "ted", "ned");
        formal("anthony", "tony");
        formal("joseph", "joe", "joey");
        formal("daniel", "dan", "danny");
        formal("david", "dave", "davey");
        formal("christopher", "chris", "kit");
        formal("matthew", "matt");
        formal("nicholas", "nick", "nicky");
        formal("alexander", "alex", "sandy");
        formal("henry", "harry", "hal");
        formal("stephen", "steve", "steven");
        formal("samuel", "sam", "sammy");
        formal("benjamin", "ben", "benny");
        formal("oliver", "ollie", "olly");
        formal("elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby");
        formal("margaret", "maggie", "peggy", "meg", "margo");
        formal("katherine", "kate", "katie", "kathy", "catherine", "kath");
        formal("rebecca", "becky", "becca");
        formal("jennifer", "jen", "jenny");
        formal("victoria", "vicky", "tori");
        formal("susan", "sue", "susie");
        formal("amelia", "millie", "amy");
        formal("isabella", "bella", "izzy", "isabel");
        formal("charlotte", "lottie");
        formal("patricia", "pat", "patty", "trish");
        formal("deborah", "debbie", "deb");
    }

    private Forenames() {}

    private static void formal(String name, String... familiar) {
        for (String f : familiar) {
            FORMAL.put(f, name);
        }
    }

    /** The lower-case formal form of a forename ("Bobby" → "robert"); unknown names are returned lower-cased. */
    public static String formal(String forename) {
        String n = Names.clean(forename);
        return FORMAL.getOrDefault(n, n);
    }
}
