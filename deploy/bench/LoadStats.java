import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One figure of a Gatling run, read from its report's statistics table (index.html): for a request by its name (or
 * "All Requests"), ok or ko (how many answers passed their checks or not), rate (answers a second over the run,
 * Gatling's Cnt/s), p50, p95, p99 or max (milliseconds, all answers). Prints "-" when the report has no such row.
 * Run with the JDK's source launcher:
 *   java deploy/bench/LoadStats.java INDEX_HTML REQUEST FIELD
 */
public class LoadStats {

    /** The table's columns after the name: total, OK, KO, % KO, Cnt/s, min, 50th, 75th, 95th, 99th, max, mean, sd. */
    private static final List<String> COLUMNS =
            List.of("total", "ok", "ko", "ko%", "rate", "min", "p50", "p75", "p95", "p99", "max", "mean", "sd");

    public static void main(String[] args) throws Exception {
        String report = Files.readString(Path.of(args[0]));
        int column = COLUMNS.indexOf(args[2]);
        if (column < 0) {
            throw new IllegalArgumentException("No field " + args[2] + "; one of " + COLUMNS);
        }
        var name = Pattern.compile("class=\"ellipsed-name\">" + Pattern.quote(args[1]) + "</span>").matcher(report);
        if (!name.find()) {
            System.out.println("-");
            return;
        }
        var cells = Pattern.compile("<td class=\"value[^\"]*\">([^<]*)</td>").matcher(report);
        var values = new ArrayList<String>();
        int from = name.end();
        while (values.size() < COLUMNS.size() && cells.find(from)) {
            values.add(cells.group(1).replace(",", "").strip());
            from = cells.end();
        }
        System.out.println(values.size() == COLUMNS.size() && !values.get(column).isEmpty() ? values.get(column) : "-");
    }
}
