package org.maizuru.claims.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work the system does by itself: reminders, due dates, appeal periods, mail. A duty derives what is due from the
 * database every time it runs, so a run after downtime catches up on all it missed, and what it has done is a
 * fact in the database (a request marked overdue, a claim closed), so a second run finds nothing left to do.
 * Each step runs in a transaction of its own: one claim that cannot be moved does not stop the others.
 */
public interface ScheduledDuty {

    /** Does what is due on {@code today}; answers what it did, by name ({@code "closed" → 3}), for the trail. */
    Map<String, Integer> perform(LocalDate today);

    /**
     * The round of one kind of due item: each is tried (in its own transaction, as the step's service method is), the
     * ones it did are counted, and one that fails (its claim changed at the same moment, say) is logged and left for
     * the next round, which derives it again.
     *
     * @param item what the items are, for the log ("Claim", "Information request"), each named by its id or name
     */
    static <T> int eachDue(List<T> due, Predicate<T> step, String item, Logger log) {
        int done = 0;
        for (T id : due) {
            try {
                done += step.test(id) ? 1 : 0;
            } catch (RuntimeException e) {
                log.log(Level.WARNING, item + " " + id + " is left for the next round", e);
            }
        }
        return done;
    }
}
