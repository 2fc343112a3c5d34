package org.maizuru.claims.audit;

import static org.maizuru.claims.audit.ReportCells.date;
import static org.maizuru.claims.audit.ReportCells.named;
import static org.maizuru.claims.audit.ReportCells.number;
import static org.maizuru.claims.audit.ReportCells.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The reports of money: what was paid, what is owed and not yet paid, the pensions held for a proof of life, and
 * what is to be recovered. Like the claims' reports, one grouped query each over the payment tables, read without
 * their entities, for audit depends on no capability.
 */
@ApplicationScoped
@Transactional
class PaymentReports {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /** What was paid, by the month of the pay date and programme: transfers sent, and the yen they carried. */
    Report paid() {
        List<?> rows = em.createNativeQuery("""
                select extract(year from r.pay_date) as y, extract(month from r.pay_date) as m, d.programme_code,
                       count(distinct t.id), count(distinct t.claim_id), sum(e.amount_yen), p.name_ja, p.name_en
                from entitlement e join transfer t on t.id = e.transfer_id join payment_run r on r.id = t.run_id
                     join decision d on d.id = e.decision_id join programme p on p.code = d.programme_code
                where t.state = 'SENT'
                group by y, m, d.programme_code, p.name_ja, p.name_en
                order by y, m, d.programme_code
                """).getResultList();
        return new Report(
                "payments",
                List.of(
                        new Report.Column("payments", "month"),
                        new Report.Column("payments", "programme"),
                        new Report.Column("payments", "transfers"),
                        new Report.Column("payments", "claims"),
                        new Report.Column("payments", "amountYen")),
                rows(
                        rows,
                        row -> List.of(
                                String.format("%04d-%02d", number(row[0]), number(row[1])),
                                named(row[2], row[6], row[7]),
                                number(row[3]),
                                number(row[4]),
                                number(row[5]))));
    }

    /** What is owed and not yet paid, by programme and where it stands: due, in a run, held for survivors. */
    Report outstanding() {
        List<?> rows = em.createNativeQuery("""
                select d.programme_code, e.state, count(distinct e.claim_id), count(*), sum(e.amount_yen), min(e.due_on),
                       p.name_ja, p.name_en
                from entitlement e join decision d on d.id = e.decision_id join programme p on p.code = d.programme_code
                where e.state in ('DUE', 'IN_RUN', 'HELD')
                group by d.programme_code, p.name_ja, p.name_en, e.state
                order by d.programme_code, e.state
                """).getResultList();
        return new Report(
                "outstanding",
                List.of(
                        new Report.Column("outstanding", "programme"),
                        new Report.Column("outstanding", "state"),
                        new Report.Column("outstanding", "claims"),
                        new Report.Column("outstanding", "periods"),
                        new Report.Column("outstanding", "amountYen"),
                        new Report.Column("outstanding", "oldestDue")),
                rows(
                        rows,
                        row -> List.of(
                                named(row[0], row[6], row[7]),
                                Report.Word.of("EntitlementState", row[1]),
                                number(row[2]),
                                number(row[3]),
                                number(row[4]),
                                date(row[5]))));
    }

    /** Pensions suspended for a proof of life that has not come, by association, with the longest waiting. */
    Report suspended() {
        List<?> rows = em.createNativeQuery("""
                select a.code, count(*), min(s.occurred_on), a.name_ja, a.name_en
                from life_event s join claim c on c.id = s.claim_id join association a on a.id = c.association_id
                where s.kind = 'SUSPENDED'
                  and s.id = (select max(l.id) from life_event l where l.claim_id = s.claim_id and l.kind <> 'DEATH')
                  and not exists (select 1 from life_event x where x.claim_id = s.claim_id and x.kind = 'DEATH')
                group by a.code, a.name_ja, a.name_en
                order by a.code
                """).getResultList();
        return new Report(
                "suspended",
                List.of(
                        new Report.Column("suspended", "association"),
                        new Report.Column("suspended", "pensions"),
                        new Report.Column("suspended", "since")),
                rows(rows, row -> List.of(named(row[0], row[3], row[4]), number(row[1]), date(row[2]))));
    }

    /** Months paid after a pensioner's death, to recover: by claim, with the months and the amount. */
    Report overpayments() {
        List<?> rows = em.createNativeQuery("""
                select c.number, a.code, count(*), sum(e.amount_yen), min(e.owed_month), max(e.owed_month),
                       a.name_ja, a.name_en
                from entitlement e join claim c on c.id = e.claim_id join association a on a.id = c.association_id
                where e.state = 'OVERPAID'
                group by c.number, a.code, a.name_ja, a.name_en
                order by c.number
                """).getResultList();
        return new Report(
                "overpayments",
                List.of(
                        new Report.Column("overpayments", "claim"),
                        new Report.Column("overpayments", "association"),
                        new Report.Column("overpayments", "months"),
                        new Report.Column("overpayments", "amountYen"),
                        new Report.Column("overpayments", "from"),
                        new Report.Column("overpayments", "to")),
                rows(
                        rows,
                        row -> List.of(
                                String.valueOf(row[0]),
                                named(row[1], row[6], row[7]),
                                number(row[2]),
                                number(row[3]),
                                date(row[4]).substring(0, 7),
                                date(row[5]).substring(0, 7))));
    }
}
