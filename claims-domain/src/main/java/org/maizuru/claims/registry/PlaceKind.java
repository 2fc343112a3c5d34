package org.maizuru.claims.registry;

/** What a place is to the programme. */
public enum PlaceKind {
    /** Where internees were taken prisoner (Manchuria, Korea, …). */
    CAPTURE_AREA,
    /** A region of internment, with the country it lay in. */
    REGION,
    /** A territory where time held does not count as internment (China after the 1949 transfer). */
    OTHER_TERRITORY,
    /** A labour camp. */
    CAMP
}
