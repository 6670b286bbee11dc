package org.reportage.core;

/** What an {@link Actor} is. Written to JSON in lower case. */
public enum ActorKind {
    /** A person: {@code Josep Borrell}, {@code President Biden}. */
    PERSON,
    /** An organisation: a government body, party, company, agency, court ({@code NATO}, {@code the Kremlin}). */
    ORGANISATION,
    /** A news organisation cited as a source ({@code Politico}, {@code Reuters}). */
    MEDIA,
    /** A country, possibly through its capital or demonym ({@code Russia}, {@code Moscow}, {@code Russian}). */
    COUNTRY,
    /** A place that is not a country: a city, region or continent ({@code Brussels}, {@code Europe}). */
    PLACE,
    /** An unnamed group or individual described by role: {@code officials}, {@code a senior NATO official}. */
    GROUP
}
