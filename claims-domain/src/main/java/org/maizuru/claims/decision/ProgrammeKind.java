package org.maizuru.claims.decision;

/** How a programme pays. */
public enum ProgrammeKind {
    /** One payment, tiered by the date of return to Japan (the 2010 special benefit). */
    LUMP_SUM,
    /** A monthly amount from an effective date, with a share for a surviving spouse. */
    PENSION
}
