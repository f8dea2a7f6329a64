package org.constable.shared;

import java.util.List;

/**
 * A module that holds free text in which a person may be named (incident logs, call notes, crime
 * narratives, intelligence texts, investigation notes) and takes a disposed person's names out of
 * it when retention review disposes of the person (ADR 0109). It joins the caller's transaction.
 */
public interface FreeTextRedactor {

    /**
     * Replaces the names wherever this module holds free text; returns where it did, by record
     * reference and field ("incident INC-1 log, 2 entries"), never the text itself.
     */
    List<String> redact(NameRedaction names);
}
