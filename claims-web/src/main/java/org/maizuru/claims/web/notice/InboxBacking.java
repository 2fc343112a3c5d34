package org.maizuru.claims.web.notice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.notice.AssociationNotice;
import org.maizuru.claims.notice.NoticeService;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.i18n.Texts;

/**
 * {@code /app/association/inbox.xhtml}: what the association has been told, newest first, unread ones marked; a
 * page at a time, the next appended below. Opening a notice's claim marks the notice read.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 30;

    @Inject
    NoticeService notices;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    /** One notice as the page shows it: kept between requests of the view, so only values. */
    public record Line(long id, String text, LocalDate due, Instant createdAt, boolean read) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final ArrayList<Line> shown = new ArrayList<>();
    private Long next;
    private boolean loaded;

    public List<Line> getNotices() {
        if (!loaded) {
            more();
        }
        return shown;
    }

    public boolean isMoreAvailable() {
        return next != null;
    }

    public void more() {
        var page = notices.inbox(actor.get(), loaded ? next : null, PAGE);
        page.notices()
                .forEach(notice -> shown.add(new Line(
                        notice.id(), text(notice), notice.dueOn().orElse(null), notice.createdAt(), notice.isRead())));
        next = page.next();
        loaded = true;
    }

    /** Marks the notice read and opens its claim; one that is not the association's is refused on the page. */
    public String open(long noticeId) {
        long[] claim = new long[1];
        boolean opened = PageAction.perform(
                texts, () -> claim[0] = notices.markRead(actor.get(), noticeId).claimId(), null);
        return opened ? "/app/association/claim?faces-redirect=true&id=" + claim[0] : null;
    }

    public void markAllRead() {
        PageAction.perform(texts, () -> notices.markAllRead(actor.get()), "inbox.allRead");
        shown.clear();
        loaded = false;
    }

    /** What the notice says, in the reader's language. */
    private String text(AssociationNotice notice) {
        return texts.get("NoticeKind." + notice.kind().name(), notice.claimNumber());
    }
}
