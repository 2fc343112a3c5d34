package org.maizuru.claims.notice;

import java.util.List;

/** One page of an inbox, newest first, and the cursor of the next (the last id here), if there is one. */
public record NoticePage(List<AssociationNotice> notices, Long next) {

    static NoticePage of(List<AssociationNotice> found, int size) {
        if (found.size() <= size) {
            return new NoticePage(List.copyOf(found), null);
        }
        List<AssociationNotice> page = List.copyOf(found.subList(0, size));
        return new NoticePage(page, page.getLast().id());
    }
}
