package org.maizuru.claims.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.PlainText;

/**
 * The archive lists the administrators keep, and how many records each holds. A record may name a source no one
 * has described yet (lists loaded through the API before sources were kept): it is counted under its code.
 */
@ApplicationScoped
class ArchiveSources {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}");

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Transactional
    public boolean exists(String code) {
        return em.find(ArchiveSource.class, code) != null;
    }

    @Transactional
    public ArchiveSource add(
            String actor, String code, ArchiveSource.Kind kind, String title, String holder, LocalDate dated) {
        var problems = new ArrayList<DomainException.Violation>();
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            problems.add(new DomainException.Violation("code", "archive.sourceCode"));
        }
        if (kind == null) {
            problems.add(new DomainException.Violation("kind", "archive.sourceKind"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new DomainException.Violation("title", "archive.sourceTitle"));
        } else {
            PlainText.line("title", title.strip(), 200).ifPresent(problems::add);
        }
        if (holder != null && !holder.isBlank()) {
            PlainText.line("holder", holder.strip(), 200).ifPresent(problems::add);
        }
        if (dated != null && (dated.isBefore(LocalDate.of(1945, 1, 1)) || dated.isAfter(LocalDate.now()))) {
            problems.add(new DomainException.Violation("dated", "archive.sourceDated"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid(problems);
        }
        if (exists(code.strip())) {
            throw new DomainException.Conflict("archive.sourceExists", code.strip());
        }
        var source = new ArchiveSource(
                code.strip(),
                kind,
                title.strip(),
                holder == null || holder.isBlank() ? null : holder.strip(),
                dated,
                actor);
        em.persist(source);
        return source;
    }

    /** Every source described or named by a record, with its count, described ones first. */
    @Transactional
    public List<CountedSource> counted() {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("select source, count(*) from archive_record group by source")
                .getResultList()) {
            Object[] values = (Object[]) row;
            counts.put((String) values[0], ((Number) values[1]).longValue());
        }
        var listed = new ArrayList<CountedSource>();
        for (ArchiveSource source : em.createQuery("select s from ArchiveSource s order by s.code", ArchiveSource.class)
                .getResultList()) {
            listed.add(new CountedSource(source.code(), source, counts.getOrDefault(source.code(), 0L)));
            counts.remove(source.code());
        }
        counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(undescribed ->
                        listed.add(new CountedSource(undescribed.getKey(), null, undescribed.getValue())));
        return listed;
    }
}
