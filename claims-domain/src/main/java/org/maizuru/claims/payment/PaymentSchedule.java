package org.maizuru.claims.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A claim's payments as its people follow them: what was paid and when, what is due, what is coming on the next
 * pay days, and what is held for a survivor or to be recovered.
 */
public record PaymentSchedule(
        Optional<AccountView> account,
        List<Item> items,
        List<LifeEvent> lifeEvents,
        boolean suspended,
        LocalDate proofOfLifeDue) {

    public PaymentSchedule {
        items = List.copyOf(items);
        lifeEvents = List.copyOf(lifeEvents);
    }

    /** Where a period stands: written lines have their state; a projected one is COMING. */
    public enum Standing {
        COMING,
        DUE,
        IN_RUN,
        PAID,
        HELD,
        OVERPAID
    }

    /** One period owed, with the run and pay date that paid or will pay it when there is one. */
    public record Item(
            String period,
            YearMonth month,
            long amountYen,
            LocalDate dueOn,
            Standing standing,
            Long runId,
            LocalDate paidOn) {}

    public long totalYen(Standing standing) {
        return items.stream()
                .filter(item -> item.standing() == standing)
                .mapToLong(Item::amountYen)
                .sum();
    }
}
