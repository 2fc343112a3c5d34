package org.maizuru.claims.association;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.maizuru.claims.platform.StartNotes;

/**
 * A new installation has nobody to open the first account: while it has no administrator, each start prints a
 * one-time token (and how to use it) for whoever started it, who alone reads the start's output. README's
 * "The first administrator" says the rest.
 */
@ApplicationScoped
public class FirstAdministratorNotes implements StartNotes {

    @Inject
    FirstAdministrators firstAdministrators;

    @Override
    public List<String> lines() {
        return firstAdministrators
                .setupTokenWhileNoAdministrator()
                .map(token -> List.of(
                        " No administrator yet. Create the first one with this one-time token (valid until it is used or",
                        " the next start), then sign in with the password it answers and choose your own:",
                        "   curl -X POST http://localhost:<port>/api/v1/setup/administrator -H 'Content-Type: application/json' \\",
                        "        -d '{\"token\": \"" + token
                                + "\", \"username\": \"<login>\", \"displayName\": \"<your name>\"}'"))
                .orElse(List.of());
    }
}
