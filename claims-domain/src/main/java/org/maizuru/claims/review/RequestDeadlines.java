package org.maizuru.claims.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;
import org.maizuru.claims.platform.ScheduledDuty;
import org.maizuru.claims.platform.Setting;

/**
 * The deadlines of information requests, as a scheduled duty: a reminder to the association some days before a
 * request's last day ({@code CLAIMS_REMINDER_DAYS}, 7 unless set), and the day after it, the claim back with its
 * caseworker, flagged overdue. Both are read from the requests' rows, so a round after downtime catches up, and
 * both are marked on the row, so no request is reminded or handed back twice.
 */
@ApplicationScoped
class RequestDeadlines implements ScheduledDuty {

    static final int DEFAULT_REMINDER_DAYS = 7;

    private static final Logger LOG = Logger.getLogger(RequestDeadlines.class.getName());

    @Inject
    RequestDeadlineSteps steps;

    @Override
    public Map<String, Integer> perform(LocalDate today) {
        int days = reminderDays();
        int reminded = ScheduledDuty.eachDue(
                steps.remindersDue(today, days), id -> steps.remind(id, today, days), "Information request", LOG);
        int overdue = ScheduledDuty.eachDue(
                steps.overdue(today), id -> steps.handBack(id, today), "Information request", LOG);
        return Map.of("requestsReminded", reminded, "requestsOverdue", overdue);
    }

    static int reminderDays() {
        String value = Setting.of("claims.reminder.days");
        if (value == null || value.isBlank()) {
            return DEFAULT_REMINDER_DAYS;
        }
        int days = Integer.parseInt(value.strip());
        if (days < 1) {
            throw new IllegalStateException(
                    "CLAIMS_REMINDER_DAYS is " + days + "; a reminder comes at least a day before");
        }
        return days;
    }
}
