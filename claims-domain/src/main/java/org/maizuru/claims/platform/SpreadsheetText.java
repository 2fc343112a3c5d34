package org.maizuru.claims.platform;

/**
 * Text written into a cell of a CSV file that a spreadsheet will open (OWASP's CSV injection): a text that begins
 * with what a spreadsheet takes for a formula ({@code = + - @}, a tab, a carriage return) is written after an
 * apostrophe, which the spreadsheet shows as a text marker and does not run. Every CSV the product writes from what
 * people typed goes through here: the reports and the refused rows of an import. An import reading such a cell back
 * takes the apostrophe off again, so a corrected file sends what was first written.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {}

    /** Whether a spreadsheet would read the text as a formula. */
    public static boolean looksLikeAFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text as a CSV cell that cannot run. */
    public static String inert(String text) {
        return looksLikeAFormula(text) ? "'" + text : text;
    }

    /** A cell read back: what {@link #inert} made of a text is that text again; anything else is left as it is. */
    public static String asWritten(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && looksLikeAFormula(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }
}
