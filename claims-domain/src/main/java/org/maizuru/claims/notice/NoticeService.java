package org.maizuru.claims.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.association.Association;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.ProgrammeClock;
import org.maizuru.claims.kernel.Role;

/** The notices capability's boundary: tells associations, and lets each read its own inbox. */
@ApplicationScoped
@Transactional
public class NoticeService {

    /** The most notices one page of an inbox holds. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Inject
    ProgrammeClock clock;

    @Inject
    AccountService accounts;

    /**
     * Tells the claim's association, in the transaction of the act it tells of: the notice exists exactly when the
     * act committed. Told twice, the same thing is one notice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Told told) {
        boolean known = !em.createQuery("select n.id from AssociationNotice n where n.toldOnce = :once", Long.class)
                .setParameter("once", told.onceKey())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (known) {
            return;
        }
        boolean mailed = MailSettings.configured().isPresent()
                && accounts.association(told.associationId())
                        .flatMap(Association::contactEmail)
                        .isPresent();
        em.persist(new AssociationNotice(told, clock.now(), mailed));
    }

    /** The association's notices, newest first, {@code size} of them after the cursor (the last id of the page before). */
    public NoticePage inbox(Actor actor, Long before, int size) {
        long association = associationOf(actor);
        int pageSize = Math.clamp(size, 1, MAX_PAGE);
        var query = em.createQuery(
                        "select n from AssociationNotice n where n.associationId = :association"
                                + (before == null ? "" : " and n.id < :before") + " order by n.id desc",
                        AssociationNotice.class)
                .setParameter("association", association)
                .setMaxResults(pageSize + 1);
        if (before != null) {
            query.setParameter("before", before);
        }
        List<AssociationNotice> found = query.getResultList();
        return NoticePage.of(found, pageSize);
    }

    public long unreadCount(Actor actor) {
        if (!actor.is(Role.ASSOCIATION)) {
            return 0;
        }
        return em.createQuery(
                        "select count(n) from AssociationNotice n where n.associationId = :association"
                                + " and n.readAt is null",
                        Long.class)
                .setParameter("association", actor.associationId())
                .getSingleResult();
    }

    /** Marks one of the association's own notices read; another's does not exist for it. */
    public AssociationNotice markRead(Actor actor, long id) {
        long association = associationOf(actor);
        AssociationNotice notice = em.find(AssociationNotice.class, id);
        if (notice == null || notice.associationId() != association) {
            throw new DomainException.NotFound("notice.notFound", id);
        }
        notice.markRead(clock.now());
        return notice;
    }

    public int markAllRead(Actor actor) {
        long association = associationOf(actor);
        return em.createQuery("update AssociationNotice n set n.readAt = :now where n.associationId = :association"
                        + " and n.readAt is null")
                .setParameter("now", clock.now())
                .setParameter("association", association)
                .executeUpdate();
    }

    /** Notices of one claim, newest first, for the claim's page. */
    public List<AssociationNotice> forClaim(Actor actor, long claimId) {
        long association = associationOf(actor);
        return em.createQuery(
                        "select n from AssociationNotice n where n.associationId = :association"
                                + " and n.claimId = :claim order by n.id desc",
                        AssociationNotice.class)
                .setParameter("association", association)
                .setParameter("claim", claimId)
                .getResultList();
    }

    private static long associationOf(Actor actor) {
        if (!actor.is(Role.ASSOCIATION)) {
            throw new DomainException.Forbidden("notice.associationsOnly");
        }
        return actor.associationId();
    }

    // The mail duty's steps, each in a transaction of its own; the mail itself is sent between them.

    List<Long> mailDue(Instant now, int limit) {
        return em.createQuery(
                        "select n.id from AssociationNotice n where n.mailState = :pending"
                                + " and n.mailNextAt <= :now order by n.id",
                        Long.class)
                .setParameter("pending", AssociationNotice.MailState.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    Optional<NoticeMail.Letter> letter(long id) {
        AssociationNotice notice = em.find(AssociationNotice.class, id);
        if (notice == null || notice.isMailed()) {
            return Optional.empty();
        }
        return accounts.association(notice.associationId())
                .flatMap(a -> a.contactEmail()
                        .map(to -> new NoticeMail.Letter(
                                notice.id(),
                                to,
                                a.nameJa(),
                                a.nameEn(),
                                notice.kind(),
                                notice.claimNumber(),
                                notice.dueOn().orElse(null))));
    }

    void mailed(long id, boolean sent) {
        AssociationNotice notice = em.find(AssociationNotice.class, id);
        if (sent) {
            notice.mailSent(clock.now());
        } else {
            notice.mailFailed(clock.now());
        }
    }
}
