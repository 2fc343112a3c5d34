package org.maizuru.claims.claim;

import java.time.LocalDate;

/**
 * What the claim capability needs to know of benefit programmes, which belong to the decision capability
 * (that depends on this one, not the reverse): implemented there.
 */
public interface FilingPolicy {

    /** Whether a programme with this code exists. */
    boolean exists(String programme);

    /**
     * Refuses a filing outside every window of the programme.
     *
     * @throws org.maizuru.claims.kernel.DomainException.Conflict when no window is open on that day
     */
    void checkFilingWindow(String programme, LocalDate filedOn);

    /**
     * The programme a filing goes under when it names none (a roll sent without one, a form opened fresh): the
     * first, by when it was created, of those that take filings on that day; else the first of all.
     */
    String defaultProgramme(LocalDate filedOn);
}
