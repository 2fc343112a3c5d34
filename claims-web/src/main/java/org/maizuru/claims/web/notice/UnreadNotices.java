package org.maizuru.claims.web.notice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.kernel.Role;
import org.maizuru.claims.notice.NoticeService;
import org.maizuru.claims.web.security.SessionUser;

/**
 * The count of unread notices in the header of an association's pages; counted once per request. It goes by the
 * signed-in session, as the header's name does, because an error page's dispatch carries no authenticated caller.
 */
@Named
@RequestScoped
public class UnreadNotices {

    @Inject
    NoticeService notices;

    @Inject
    AccountService accounts;

    @Inject
    SessionUser user;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = !user.isSignedIn() || !user.is(Role.ASSOCIATION.name())
                    ? 0L
                    : accounts.find(user.getUsername())
                            .map(account -> notices.unreadCount(account.asActor(null)))
                            .orElse(0L);
        }
        return count;
    }
}
