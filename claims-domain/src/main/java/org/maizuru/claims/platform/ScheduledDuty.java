package org.maizuru.claims.platform;

import java.time.LocalDate;
import java.util.Map;

/**
 * Work the system does by itself: reminders, due dates, appeal periods, mail. A duty derives what is due from the
 * database every time it runs, so a run after downtime catches up on all it missed, and what it has done is a
 * fact in the database (a request marked overdue, a claim closed), so a second run finds nothing left to do.
 * Each step runs in a transaction of its own: one claim that cannot be moved does not stop the others.
 */
public interface ScheduledDuty {

    /** Does what is due on {@code today}; answers what it did, by name ({@code "closed" → 3}), for the trail. */
    Map<String, Integer> perform(LocalDate today);
}
