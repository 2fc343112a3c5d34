package org.maizuru.claims.api.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.maizuru.claims.payment.AccountView;
import org.maizuru.claims.payment.LifeEvent;
import org.maizuru.claims.payment.PaymentRun;
import org.maizuru.claims.payment.PaymentSchedule;
import org.maizuru.claims.payment.RunView;
import org.maizuru.claims.payment.Transfer;

/** The payment contract's bodies. */
public final class PaymentJson {

    private PaymentJson() {}

    /**
     * A claim's account; {@code accountNumber} is {@code ****567} unless the caller prepares or approves payments.
     * The bank's and branch's names are the Zengin master's (みずほ銀行, 東京営業部), absent for a code it no longer lists.
     */
    @Schema(name = "BankAccountJson")
    public record AccountJson(
            String bankCode,
            String bankName,
            String branchCode,
            String branchName,
            String accountType,
            String accountNumber,
            boolean masked,
            String holderName,
            boolean holderMatchesClaimant,
            String nextPayeeCode,
            boolean returned,
            Instant updatedAt) {
        static AccountJson of(AccountView view) {
            return new AccountJson(
                    view.bankCode(),
                    view.bankName(),
                    view.branchCode(),
                    view.branchName(),
                    view.accountType().name(),
                    view.accountNumber(),
                    view.masked(),
                    view.holderName(),
                    view.holderMatches(),
                    view.payeeCode().name(),
                    view.returned(),
                    view.updatedAt());
        }
    }

    /** One period owed: {@code ONCE} or a month, where it stands, and the run that paid or will pay it. */
    public record PaymentItemJson(
            String period, long amountYen, LocalDate dueOn, String state, Long runId, LocalDate payDate) {
        static PaymentItemJson of(PaymentSchedule.Item item) {
            return new PaymentItemJson(
                    item.period(),
                    item.amountYen(),
                    item.dueOn(),
                    item.standing().name(),
                    item.runId(),
                    item.paidOn());
        }
    }

    /** A life event recorded on a claim. */
    public record LifeEventJson(long id, String kind, LocalDate on, Long evidence, Instant recordedAt) {
        static LifeEventJson of(LifeEvent event) {
            return new LifeEventJson(
                    event.id(), event.kind().name(), event.on(), event.evidenceId(), event.recordedAt());
        }
    }

    /** Sums by state, in yen. */
    public record TotalsJson(long paidYen, long inRunYen, long dueYen, long comingYen, long heldYen, long overpaidYen) {
        static TotalsJson of(PaymentSchedule schedule) {
            return new TotalsJson(
                    schedule.totalYen(PaymentSchedule.Standing.PAID),
                    schedule.totalYen(PaymentSchedule.Standing.IN_RUN),
                    schedule.totalYen(PaymentSchedule.Standing.DUE),
                    schedule.totalYen(PaymentSchedule.Standing.COMING),
                    schedule.totalYen(PaymentSchedule.Standing.HELD),
                    schedule.totalYen(PaymentSchedule.Standing.OVERPAID));
        }
    }

    /** {@code GET /api/v1/claims/{id}/payments}. */
    public record ScheduleJson(
            AccountJson account,
            boolean suspended,
            LocalDate proofOfLifeDue,
            TotalsJson totals,
            List<PaymentItemJson> payments,
            List<LifeEventJson> lifeEvents) {
        static ScheduleJson of(PaymentSchedule schedule) {
            return new ScheduleJson(
                    schedule.account().map(AccountJson::of).orElse(null),
                    schedule.suspended(),
                    schedule.proofOfLifeDue(),
                    TotalsJson.of(schedule),
                    schedule.items().stream().map(PaymentItemJson::of).toList(),
                    schedule.lifeEvents().stream().map(LifeEventJson::of).toList());
        }
    }

    /** A claim left out of a run, and why. */
    public record LeftOutJson(long claim, String claimNumber, String reason, long amountYen) {
        static LeftOutJson of(PaymentRun.Exclusion exclusion) {
            return new LeftOutJson(
                    exclusion.claimId(),
                    exclusion.claimNumber(),
                    exclusion.reason().name(),
                    exclusion.amountYen());
        }
    }

    /** One transfer of a run, to the account as it stood when the run was prepared. */
    public record TransferJson(
            long claim,
            String claimNumber,
            long amountYen,
            String state,
            String payeeCode,
            String bankCode,
            String branchCode,
            String accountType,
            String accountNumber,
            String holderName,
            String returnReason) {
        static TransferJson of(Transfer transfer, boolean full) {
            var account = transfer.account();
            return new TransferJson(
                    transfer.claimId(),
                    transfer.claimNumber(),
                    transfer.amountYen(),
                    transfer.state().name(),
                    transfer.payeeCode().name(),
                    account.bankCode(),
                    account.branchCode(),
                    account.accountType().name(),
                    full ? account.accountNumber() : account.maskedNumber(),
                    account.holderName(),
                    transfer.returnReason());
        }
    }

    /** A run; its transfers when asked for one run. */
    public record RunJson(
            long id,
            LocalDate payDate,
            String state,
            int transferCount,
            long totalYen,
            String preparedBy,
            Instant preparedAt,
            String decidedBy,
            Instant decidedAt,
            String comment,
            String fileSha256,
            Instant sentAt,
            List<LeftOutJson> leftOut,
            List<TransferJson> transfers) {
        static RunJson of(PaymentRun run, List<Transfer> transfers, boolean full) {
            return new RunJson(
                    run.id(),
                    run.payDate(),
                    run.state().name(),
                    run.transferCount(),
                    run.totalYen(),
                    run.preparedBy(),
                    run.preparedAt(),
                    run.decidedBy(),
                    run.decidedAt(),
                    run.comment(),
                    run.fileSha256(),
                    run.sentAt(),
                    run.exclusions().stream().map(LeftOutJson::of).toList(),
                    transfers == null
                            ? null
                            : transfers.stream()
                                    .map(t -> TransferJson.of(t, full))
                                    .toList());
        }

        static RunJson of(RunView view, boolean full) {
            return of(view.run(), view.transfers(), full);
        }
    }
}
