package org.maizuru.claims.web.claim;

import java.util.ArrayList;
import java.util.List;
import org.maizuru.claims.claim.FilingWarning;
import org.maizuru.claims.web.i18n.Texts;

/** Filing warnings in the reader's words, for the association's claim page and the workbench. */
public final class FilingWarnings {

    private FilingWarnings() {}

    public static List<String> words(Texts texts, List<FilingWarning> warnings) {
        var words = new ArrayList<String>();
        for (FilingWarning warning : warnings) {
            if (warning.kind() != FilingWarning.Kind.ALREADY_CLAIMED) {
                words.add(texts.get("FilingWarning." + warning.kind().name()));
                continue;
            }
            if (!warning.ownClaims().isEmpty()) {
                words.add(texts.get(
                        "FilingWarning.ALREADY_CLAIMED.own",
                        String.join(texts.get("general.listSeparator"), warning.ownClaims())));
            }
            if (warning.claimedElsewhere()) {
                words.add(texts.get("FilingWarning.ALREADY_CLAIMED.elsewhere"));
            }
        }
        return words;
    }
}
