package org.maizuru.claims.audit;

import static org.maizuru.claims.audit.ReportCells.date;
import static org.maizuru.claims.audit.ReportCells.decimal;
import static org.maizuru.claims.audit.ReportCells.named;
import static org.maizuru.claims.audit.ReportCells.number;
import static org.maizuru.claims.audit.ReportCells.person;
import static org.maizuru.claims.audit.ReportCells.rows;
import static org.maizuru.claims.audit.ReportCells.startOfDay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.platform.DatabaseSettings;

/**
 * The audit reports. Each is one grouped query over the tables (so the database does the counting, at any
 * size) turned into a {@link Report}. Native SQL that H2 and PostgreSQL both understand; no entity of another
 * capability is touched, for audit depends on none.
 */
@ApplicationScoped
@Transactional
class ReportService {

    public static final List<String> NAMES = List.of(
            "backlog",
            "decisions",
            "repatriation-by-year",
            "activity",
            "processing-times",
            "places",
            "payments",
            "outstanding",
            "suspended",
            "overpayments");
    static final int ACTIVITY_DAYS = 90;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    PaymentReports payments;

    public Report report(String callerRole, String name, LocalDate today) {
        AuditReaders.requireReader(callerRole);
        return switch (name) {
            case "backlog" -> backlog(today);
            case "decisions" -> decisions();
            case "repatriation-by-year" -> repatriationByYear();
            case "activity" -> activity(today);
            case "processing-times" -> processingTimes();
            case "places" -> places();
            case "payments" -> payments.paid();
            case "outstanding" -> payments.outstanding();
            case "suspended" -> payments.suspended();
            case "overpayments" -> payments.overpayments();
            default -> throw new DomainException.NotFound("report.notFound", name);
        };
    }

    /** Open claims by association, status and how long they have waited since filing; the oldest waiting. */
    private Report backlog(LocalDate today) {
        List<?> rows = em.createNativeQuery("""
                select a.code, c.status,
                       case when c.submitted_at is null then 'NOT_FILED'
                            when c.submitted_at >= ?1 then 'DAYS_0_30'
                            when c.submitted_at >= ?2 then 'DAYS_31_90'
                            when c.submitted_at >= ?3 then 'DAYS_91_180'
                            when c.submitted_at >= ?4 then 'DAYS_181_365'
                            else 'OVER_365' end as age,
                       count(*), min(c.submitted_at), a.name_ja, a.name_en
                from claim c join association a on a.id = c.association_id
                where c.status not in ('DECIDED', 'CLOSED', 'WITHDRAWN')
                group by a.code, a.name_ja, a.name_en, c.status, age
                order by a.code, c.status, age
                """)
                .setParameter(1, startOfDay(today.minusDays(30)))
                .setParameter(2, startOfDay(today.minusDays(90)))
                .setParameter(3, startOfDay(today.minusDays(180)))
                .setParameter(4, startOfDay(today.minusDays(365)))
                .getResultList();
        return new Report(
                "backlog",
                List.of(
                        new Report.Column("backlog", "association"),
                        new Report.Column("backlog", "status"),
                        new Report.Column("backlog", "ageDays"),
                        new Report.Column("backlog", "claims"),
                        new Report.Column("backlog", "oldestFiled")),
                rows(
                        rows,
                        row -> List.of(
                                named(row[0], row[5], row[6]),
                                Report.Word.of("ClaimStatus", row[1]),
                                Report.Word.of("age", row[2]),
                                number(row[3]),
                                row[4] == null ? "" : date(row[4]))));
    }

    /** Decisions by month, programme, outcome and tier, with the amounts. */
    private Report decisions() {
        List<?> rows = em.createNativeQuery("""
                select extract(year from d.decided_at) as y, extract(month from d.decided_at) as m,
                       d.programme_code, d.outcome, coalesce(d.tier, 0) as tier, count(*), sum(d.amount_yen),
                       p.name_ja, p.name_en
                from decision d join programme p on p.code = d.programme_code
                group by y, m, d.programme_code, p.name_ja, p.name_en, d.outcome, tier
                order by y, m, d.programme_code, d.outcome, tier
                """).getResultList();
        return new Report(
                "decisions",
                List.of(
                        new Report.Column("decisions", "month"),
                        new Report.Column("decisions", "programme"),
                        new Report.Column("decisions", "outcome"),
                        new Report.Column("decisions", "tier"),
                        new Report.Column("decisions", "decisions"),
                        new Report.Column("decisions", "amountYen")),
                rows(
                        rows,
                        row -> List.of(
                                String.format("%04d-%02d", number(row[0]), number(row[1])),
                                named(row[2], row[7], row[8]),
                                Report.Word.of("outcome", row[3]),
                                number(row[4]),
                                number(row[5]),
                                number(row[6]))));
    }

    /**
     * Internees by the year they came home, counted once however many claims name them, beside the number
     * the USSR released that year in the historical record.
     */
    private Report repatriationByYear() {
        List<?> rows = em.createNativeQuery("""
                select t.y, sum(t.internees), max(t.released)
                from (select extract(year from i.returned_on) as y, count(*) as internees, cast(null as int) as released
                      from (select distinct c.internee_family_name, c.internee_given_name, c.internee_birth_date,
                                   c.returned_on
                            from claim c where c.returned_on is not null and c.status <> 'WITHDRAWN') i
                      group by extract(year from i.returned_on)
                      union all
                      select return_year, 0, released from repatriation_by_year) t
                group by t.y
                order by t.y
                """).getResultList();
        return new Report(
                "repatriation-by-year",
                List.of(
                        new Report.Column("repatriation-by-year", "year"),
                        new Report.Column("repatriation-by-year", "internees"),
                        new Report.Column("repatriation-by-year", "releasedInRecord")),
                rows(rows, row -> List.of(number(row[0]), number(row[1]), row[2] == null ? "" : number(row[2]))));
    }

    /**
     * Actions per account per day (Japan's day, as the office works) over the last {@value #ACTIVITY_DAYS} days: a
     * window that an auditor reads, and that the index on the events' time keeps fast however long the trail grows.
     */
    private Report activity(LocalDate today) {
        // The day in Japan, spelled as each database converts a moment to a zone's calendar.
        String day = DatabaseSettings.configured().isPostgreSql()
                ? "to_char(e.at at time zone 'Asia/Tokyo', 'YYYY-MM-DD')"
                : "formatdatetime(e.at, 'yyyy-MM-dd', 'en', 'Asia/Tokyo')";
        List<?> rows = em.createNativeQuery("""
                select %s as on_day, e.actor, e.action, count(*), max(a.display_name)
                from audit_event e
                left join account a on a.username = e.actor
                where e.at >= ?1
                group by on_day, e.actor, e.action
                order by on_day desc, e.actor, e.action
                """.formatted(day))
                .setParameter(1, startOfDay(today.minusDays(ACTIVITY_DAYS - 1)))
                .getResultList();
        return new Report(
                "activity",
                List.of(
                        new Report.Column("activity", "day"),
                        new Report.Column("activity", "actor"),
                        new Report.Column("activity", "action"),
                        new Report.Column("activity", "count")),
                rows(
                        rows,
                        row -> List.of(
                                date(row[0]),
                                person(row[1], row[4]),
                                Report.Word.of("action", row[2]),
                                number(row[3]))));
    }

    /**
     * Days from filing to the first decision, by the month of the decision: the median, the 90th percentile
     * and the longest. Day arithmetic is the one thing the two databases spell differently.
     */
    private Report processingTimes() {
        String days = DatabaseSettings.configured().isPostgreSql()
                ? "extract(epoch from (d.decided_at - c.submitted_at)) / 86400.0"
                : "datediff('SECOND', c.submitted_at, d.decided_at) / 86400.0";
        List<?> rows = em.createNativeQuery("""
                select extract(year from d.decided_at) as y, extract(month from d.decided_at) as m, count(*),
                       percentile_cont(0.5) within group (order by %1$s),
                       percentile_cont(0.9) within group (order by %1$s),
                       max(%1$s)
                from decision d join claim c on c.id = d.claim_id
                -- each claim's first decision in one grouped pass, not a lookup per decision
                join (select claim_id, min(id) as first_id from decision group by claim_id) f on f.first_id = d.id
                where c.submitted_at is not null
                group by extract(year from d.decided_at), extract(month from d.decided_at)
                order by y, m
                """.formatted(days)).getResultList();
        return new Report(
                "processing-times",
                List.of(
                        new Report.Column("processing-times", "month"),
                        new Report.Column("processing-times", "decisions"),
                        new Report.Column("processing-times", "medianDays"),
                        new Report.Column("processing-times", "p90Days"),
                        new Report.Column("processing-times", "maxDays")),
                rows(
                        rows,
                        row -> List.of(
                                String.format("%04d-%02d", number(row[0]), number(row[1])),
                                number(row[2]),
                                Math.round(decimal(row[3])),
                                Math.round(decimal(row[4])),
                                Math.round(decimal(row[5])))));
    }

    /** For every camp or region named in a claim: how many claims name it, and how many of those were granted. */
    private Report places() {
        List<?> rows = em.createNativeQuery("""
                select p.code, p.name_en, p.name_ja, coalesce(r.code, ''), count(distinct s.claim_id),
                       count(distinct case when d.outcome = 'GRANTED' then s.claim_id end), r.name_ja, r.name_en
                from internment_stay s
                join place p on p.code = s.place_code
                left join place r on r.code = p.region_code
                -- each claim's latest decision in one grouped pass, not a lookup per stay
                left join (select claim_id, max(id) as last_id from decision group by claim_id) l on l.claim_id = s.claim_id
                left join decision d on d.id = l.last_id
                group by p.code, p.name_en, p.name_ja, r.code, r.name_ja, r.name_en
                order by count(distinct s.claim_id) desc, p.code
                """).getResultList();
        return new Report(
                "places",
                List.of(
                        new Report.Column("places", "place"),
                        new Report.Column("places", "nameEn"),
                        new Report.Column("places", "nameJa"),
                        new Report.Column("places", "region"),
                        new Report.Column("places", "claims"),
                        new Report.Column("places", "grants")),
                rows(
                        rows,
                        row -> List.of(
                                named(row[0], row[2], row[1]),
                                row[1],
                                row[2],
                                "".equals(row[3]) ? "" : named(row[3], row[6], row[7]),
                                number(row[4]),
                                number(row[5]))));
    }
}
