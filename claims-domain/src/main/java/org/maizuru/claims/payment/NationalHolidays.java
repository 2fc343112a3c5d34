package org.maizuru.claims.payment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Japan's national holidays (国民の祝日, with the substitute and in-between holidays the law makes) as the maintained
 * dataset {@code @holiday-jp/holiday_jp} carries them, for every year it holds; the build takes it in, and its
 * version is shown to administrators. Beyond its last year, and when the law changes before a new version comes,
 * administrators add a day by hand ({@link BankingCalendar#addHoliday}).
 */
public final class NationalHolidays {

    private static final String FILE = "national-holidays.tsv";

    /** What the dataset is: its package, version, and the years it holds. */
    public record Edition(String dataset, String version, int firstYear, int lastYear, int days) {}

    /** A national holiday with its names. */
    public record Holiday(LocalDate day, String nameJa, String nameEn) {
        public Holiday {
            Objects.requireNonNull(day);
            Objects.requireNonNull(nameJa);
            Objects.requireNonNull(nameEn);
        }
    }

    private static final class Loaded {
        static final NationalHolidays DATASET = load();
    }

    private final Map<LocalDate, Holiday> days;
    private final Edition edition;

    private NationalHolidays(Map<LocalDate, Holiday> days, Edition edition) {
        this.days = Map.copyOf(days);
        this.edition = edition;
    }

    /** The dataset the build took in, read once. */
    public static NationalHolidays dataset() {
        return Loaded.DATASET;
    }

    public Optional<Holiday> on(LocalDate day) {
        return Optional.ofNullable(day).map(days::get);
    }

    public boolean isHoliday(LocalDate day) {
        return day != null && days.containsKey(day);
    }

    public Edition edition() {
        return edition;
    }

    private static NationalHolidays load() {
        var days = new HashMap<LocalDate, Holiday>();
        for (String[] row : ReferenceData.rows(FILE)) {
            if (row.length != 3) {
                throw new IllegalStateException(FILE + ": a line has three fields, not " + row.length);
            }
            LocalDate day = LocalDate.parse(row[0]);
            days.put(day, new Holiday(day, row[1], row[2]));
        }
        var about = ReferenceData.about();
        var edition = new Edition(
                about.getProperty("holidays.package"),
                about.getProperty("holidays.version"),
                Integer.parseInt(about.getProperty("holidays.firstYear")),
                Integer.parseInt(about.getProperty("holidays.lastYear")),
                days.size());
        return new NationalHolidays(days, edition);
    }
}
