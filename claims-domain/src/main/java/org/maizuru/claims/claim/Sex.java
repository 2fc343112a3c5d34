package org.maizuru.claims.claim;

/** As recorded on the family register. */
public enum Sex {
    MALE,
    FEMALE
}
