package org.maizuru.claims.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The columns an import reads, by the contract's names ({@code internee_family_name}), and how a heading in the
 * file is taken for one of them: the contract's name itself; a heading that gives it in brackets after its words
 * (the templates write 被抑留者 姓 (internee_family_name)); or the words alone, in either language, as a
 * volunteer who retyped the heading may have left them. Headings no import knows are ignored.
 */
public record ImportColumns(List<String> required, List<String> known, Map<String, String> headings) {

    private static final Pattern BRACKETED = Pattern.compile("[(（]\\s*([A-Za-z_]+)\\s*[)）]\\s*$");

    public ImportColumns {
        required = List.copyOf(required);
        known = List.copyOf(known);
        var byWords = new HashMap<String, String>();
        headings.forEach((words, column) -> byWords.put(normalise(words), column));
        headings = Map.copyOf(byWords);
    }

    /** Columns known by their contract names alone. */
    public static ImportColumns of(List<String> required, List<String> known) {
        return new ImportColumns(required, known, Map.of());
    }

    /** The contract's name of the column a heading stands for, or the heading itself when it is none. */
    public String column(String heading) {
        String text = Normalizer.normalize(heading, Normalizer.Form.NFKC).strip();
        var bracketed = BRACKETED.matcher(text);
        if (bracketed.find() && known.contains(bracketed.group(1).toLowerCase(Locale.ROOT))) {
            return bracketed.group(1).toLowerCase(Locale.ROOT);
        }
        if (known.contains(text.toLowerCase(Locale.ROOT))) {
            return text.toLowerCase(Locale.ROOT);
        }
        return headings.getOrDefault(normalise(text), text);
    }

    private static String normalise(String words) {
        return Normalizer.normalize(words, Normalizer.Form.NFKC)
                .replaceAll("[\\s　]+", "")
                .toLowerCase(Locale.ROOT);
    }
}
