package org.maizuru.claims.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What a grant owes for one period: a lump sum once, a pension for one month. Written when a run first reaches its
 * due date, at the amount in force for its period, and never recomputed. It is in at most one transfer at a time.
 */
@Entity
@Table(name = "entitlement")
@NamedQuery(
        name = Entitlement.OF_CLAIM,
        query = "select e from Entitlement e where e.claimId = :claim order by e.period, e.id")
@NamedQuery(
        name = Entitlement.PERIODS_OF_DECISION,
        query = "select e.period from Entitlement e where e.decisionId = :decision")
@NamedQuery(
        name = Entitlement.DUE_BY,
        query = "select e from Entitlement e where e.state = :due and e.dueOn <= :payDate"
                + " order by e.claimId, e.period")
@NamedQuery(
        name = Entitlement.HELD_OF_CLAIM,
        query = "select e from Entitlement e where e.claimId = :claim and e.state = :held" + " order by e.period")
@NamedQuery(
        name = Entitlement.OF_TRANSFER,
        query = "select e from Entitlement e where e.transferId = :transfer order by e.period")
public class Entitlement {

    static final String OF_CLAIM = "Entitlement.ofClaim";
    static final String PERIODS_OF_DECISION = "Entitlement.periodsOfDecision";
    static final String DUE_BY = "Entitlement.dueBy";
    static final String OF_TRANSFER = "Entitlement.ofTransfer";
    static final String HELD_OF_CLAIM = "Entitlement.heldOfClaim";

    /** The period of a lump sum. */
    public static final String ONCE = "ONCE";

    /**
     * Due until a run takes it; in a run until the run is sent (paid) or withdrawn or returned (due again); held
     * when the pensioner died before it was paid (owed to the survivor who claims it); overpaid when it was paid for
     * a month after the death (to recover).
     */
    public enum State {
        DUE,
        IN_RUN,
        PAID,
        HELD,
        OVERPAID
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "decision_id", nullable = false)
    private long decisionId;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(name = "owed_month")
    private LocalDate month;

    @Column(name = "amount_yen", nullable = false)
    private long amountYen;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;

    @Column(name = "transfer_id")
    private Long transferId;

    /** The survivor's claim a held month is paid to; null while it is paid to its own claim. */
    @Column(name = "payee_claim_id")
    private Long payeeClaimId;

    protected Entitlement() {
        // for JPA
    }

    Entitlement(long claimId, long decisionId, Owed.Line line, State state) {
        this.claimId = claimId;
        this.decisionId = decisionId;
        this.period = line.period();
        this.month = line.month() == null ? null : line.month().atDay(1);
        this.amountYen = line.amountYen();
        this.dueOn = Objects.requireNonNull(line.dueOn());
        this.state = Objects.requireNonNull(state);
    }

    void takeInto(long transfer) {
        requireState(State.DUE);
        this.transferId = transfer;
        this.state = State.IN_RUN;
    }

    /** A month held at the pensioner's death is released to the survivor who claims it: due again, to their account. */
    void releaseTo(long survivorClaimId) {
        requireState(State.HELD);
        this.payeeClaimId = survivorClaimId;
        this.state = State.DUE;
    }

    /** The claim whose account is paid: the survivor's for a released month, otherwise its own. */
    public long payeeClaimId() {
        return payeeClaimId == null ? claimId : payeeClaimId;
    }

    /** Given back by a withdrawn run or a returned transfer: due again, in no transfer. */
    void giveBack() {
        requireState(State.IN_RUN, State.PAID, State.OVERPAID);
        this.transferId = null;
        this.state = State.DUE;
    }

    /** Sent: paid, or, when it is a month after the pensioner's death, overpaid. */
    void sent(YearMonth monthOfDeath) {
        requireState(State.IN_RUN);
        this.state = isAfter(monthOfDeath) ? State.OVERPAID : State.PAID;
    }

    /** The pensioner died: a month after the death that was paid is to be recovered; one due up to it is held. */
    void pensionerDied(YearMonth monthOfDeath) {
        if (state == State.PAID && isAfter(monthOfDeath)) {
            state = State.OVERPAID;
        } else if (state == State.DUE) {
            state = State.HELD;
        }
    }

    boolean isAfter(YearMonth monthOfDeath) {
        return month != null && monthOfDeath != null && YearMonth.from(month).isAfter(monthOfDeath);
    }

    private void requireState(State... allowed) {
        for (State s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new IllegalStateException("Entitlement " + id + " is " + state);
    }

    public Long id() {
        return id;
    }

    public long claimId() {
        return claimId;
    }

    public long decisionId() {
        return decisionId;
    }

    public String period() {
        return period;
    }

    public YearMonth month() {
        return month == null ? null : YearMonth.from(month);
    }

    public long amountYen() {
        return amountYen;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public State state() {
        return state;
    }

    public Long transferId() {
        return transferId;
    }
}
