package org.maizuru.claims.platform;

import java.util.List;

/**
 * Lines that a part of the application adds to the banner printed when it has started (the demo accounts, say):
 * what the person who started it needs to know, said once, after the address.
 */
public interface StartNotes {

    List<String> lines();
}
