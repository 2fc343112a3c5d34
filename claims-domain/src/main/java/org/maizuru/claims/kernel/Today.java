package org.maizuru.claims.kernel;

import java.time.LocalDate;
import java.time.ZoneId;

/** The programme's calendar day: deadlines and windows are Japanese dates, whatever the server's zone. */
public final class Today {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private Today() {}

    public static LocalDate inJapan() {
        return LocalDate.now(JAPAN);
    }
}
