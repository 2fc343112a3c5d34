package org.maizuru.claims.payment;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.AuditRecord;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.PlainText;
import org.maizuru.claims.kernel.Role;

/**
 * The banking days payments fall on: every weekday but the national holidays of the dataset the build takes in,
 * the banks' year-end closing (31 December to 3 January) and the days administrators add by hand; and the pension
 * calendar made of them (the pay months, a pay day that is no banking day moved to the one before).
 */
@ApplicationScoped
@Transactional
public class BankingCalendar {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    Event<AuditRecord> audit;

    /** The pension calendar: the dataset's national holidays, the banks' year-end, the days added by hand. */
    public PensionCalendar calendar() {
        Set<LocalDate> days = em.createNamedQuery(PublicHoliday.ALL, PublicHoliday.class)
                .getResultStream()
                .map(PublicHoliday::day)
                .collect(Collectors.toSet());
        return new PensionCalendar(new BankHolidays(NationalHolidays.dataset(), days::contains));
    }

    /** The national holidays' dataset the calendar holds: its version and years, for the administrators' page. */
    public NationalHolidays.Edition nationalHolidays() {
        return NationalHolidays.dataset().edition();
    }

    /** The public holidays administrators added by hand, for anyone signed in. */
    public List<PublicHoliday> holidays() {
        return em.createNamedQuery(PublicHoliday.ALL, PublicHoliday.class).getResultList();
    }

    /**
     * An administrator adds a public holiday the Cabinet Office announced that the dataset does not hold yet (a
     * holiday the law made after its version, or a year after its last).
     */
    public PublicHoliday addHoliday(Actor actor, LocalDate day, String nameJa, String nameEn) {
        requireAdministrator(actor);
        if (day == null) {
            throw new DomainException.Invalid("day", "payment.holidayDay");
        }
        if (nameJa == null || nameJa.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new DomainException.Invalid(
                    nameJa == null || nameJa.isBlank() ? "nameJa" : "nameEn", "payment.holidayName");
        }
        PlainText.requireLine("nameJa", nameJa, 60);
        PlainText.requireLine("nameEn", nameEn, 80);
        if (em.find(PublicHoliday.class, day) != null) {
            throw new DomainException.Conflict("payment.holidayKnown", day);
        }
        var holiday = new PublicHoliday(day, nameJa.strip(), nameEn.strip());
        em.persist(holiday);
        audit.fire(AuditRecord.by(
                actor,
                "HOLIDAY_ADDED",
                null,
                "Public holiday " + day,
                nameEn,
                details("on", day, "nameJa", nameJa, "nameEn", nameEn)));
        return holiday;
    }

    /** An administrator removes a day that is not a public holiday after all. */
    public void removeHoliday(Actor actor, LocalDate day) {
        requireAdministrator(actor);
        PublicHoliday holiday = Optional.ofNullable(em.find(PublicHoliday.class, day))
                .orElseThrow(() -> new DomainException.NotFound("payment.holidayNotFound", day));
        em.remove(holiday);
        audit.fire(AuditRecord.by(
                actor,
                "HOLIDAY_REMOVED",
                null,
                "Public holiday " + day,
                holiday.nameEn(),
                details("on", day, "nameJa", holiday.nameJa(), "nameEn", holiday.nameEn())));
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("payment.calendarByAdministrators");
        }
    }
}
