package org.maizuru.claims.web.payment;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.kernel.Today;
import org.maizuru.claims.payment.BankAccounts;
import org.maizuru.claims.payment.BankDirectory;
import org.maizuru.claims.payment.BankingCalendar;
import org.maizuru.claims.payment.NationalHolidays;
import org.maizuru.claims.payment.PaymentRun;
import org.maizuru.claims.payment.PaymentRuns;
import org.maizuru.claims.payment.PublicHoliday;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.PerRequest;
import org.maizuru.claims.web.i18n.Texts;

/**
 * {@code /app/payments/runs.xhtml}: the payment runs with their state, counts and totals; an administrator
 * prepares one for a pay date and keeps the calendar of public holidays; a supervisor finds the runs to approve.
 * The reference data the payments rely on is dated there: the Zengin master's date, the holidays' version.
 */
@Named
@ViewScoped
public class RunsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentRuns payments;

    @Inject
    BankingCalendar banking;

    @Inject
    BankAccounts bankAccounts;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    private LocalDate payDate;
    private LocalDate holidayOn;
    private String holidayNameJa;
    private String holidayNameEn;

    public List<PaymentRun> getRuns() {
        return PerRequest.get(this, "runs", () -> payments.runs(actor.get()));
    }

    /** Runs waiting for a second person: those this person did not prepare. */
    public List<PaymentRun> getToApprove() {
        return getRuns().stream()
                .filter(r -> r.state() == PaymentRun.State.PREPARED
                        && !r.preparedBy().equals(actor.get().username()))
                .toList();
    }

    public boolean isPreparer() {
        return actor.get().is(Role.ADMINISTRATOR);
    }

    /** The next pension pay day from today: the 15th of an even month or the banking day before it. */
    public LocalDate getNextPensionPayDay() {
        var calendar = banking.calendar();
        var month = YearMonth.from(Today.inJapan());
        while (true) {
            if (month.getMonthValue() % 2 == 0 && !calendar.payDay(month).isBefore(Today.inJapan())) {
                return calendar.payDay(month);
            }
            month = month.plusMonths(1);
        }
    }

    /** The Zengin bank and branch master the accounts are checked against: its dataset, version and date. */
    public BankDirectory.Edition getBankMaster() {
        return bankAccounts.bankMaster();
    }

    /** The national holidays' dataset the banking calendar holds: its version and years. */
    public NationalHolidays.Edition getNationalHolidays() {
        return banking.nationalHolidays();
    }

    /** Prepares the run and opens it, so that its left-out list is read at once. */
    public String prepare() {
        var run = new PaymentRun[1];
        boolean done = PageAction.perform(
                texts, () -> run[0] = payments.prepare(actor.get(), payDate), null, field -> "prepare:" + field);
        if (!done) {
            return null;
        }
        texts.message(FacesMessage.SEVERITY_INFO, "runs.prepared", run[0].id());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/payments/run?faces-redirect=true&id=" + run[0].id();
    }

    /** The holidays from this year on: the ones a coming pay day can fall on. */
    public List<PublicHoliday> getHolidays() {
        int year = Today.inJapan().getYear();
        return PerRequest.get(
                this,
                "holidays",
                () -> banking.holidays().stream()
                        .filter(h -> h.day().getYear() >= year)
                        .toList());
    }

    public void addHoliday() {
        if (PageAction.perform(
                texts,
                () -> banking.addHoliday(actor.get(), holidayOn, holidayNameJa, holidayNameEn),
                "holidays.added",
                field -> switch (field) {
                    case "day" -> "holidays:holidayOn";
                    case "nameJa" -> "holidays:holidayNameJa";
                    case "nameEn" -> "holidays:holidayNameEn";
                    default -> null;
                })) {
            holidayOn = null;
            holidayNameJa = holidayNameEn = null;
        }
        PerRequest.forget(this);
    }

    public void removeHoliday(LocalDate day) {
        PageAction.perform(texts, () -> banking.removeHoliday(actor.get(), day), "holidays.removed");
        PerRequest.forget(this);
    }

    public LocalDate getPayDate() {
        return payDate;
    }

    public void setPayDate(LocalDate payDate) {
        this.payDate = payDate;
    }

    public LocalDate getHolidayOn() {
        return holidayOn;
    }

    public void setHolidayOn(LocalDate holidayOn) {
        this.holidayOn = holidayOn;
    }

    public String getHolidayNameJa() {
        return holidayNameJa;
    }

    public void setHolidayNameJa(String holidayNameJa) {
        this.holidayNameJa = holidayNameJa;
    }

    public String getHolidayNameEn() {
        return holidayNameEn;
    }

    public void setHolidayNameEn(String holidayNameEn) {
        this.holidayNameEn = holidayNameEn;
    }
}
