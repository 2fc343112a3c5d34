package org.maizuru.claims.imports;

/**
 * Why one row of an import is not loaded: the column at fault (by its contract name; null for the row as a
 * whole), a code of the {@code Refusals} bundle and its arguments, so that the refusal is shown in the reader's
 * language when it is read rather than in the language of whoever ran the import.
 */
public final class RowRefusal extends RuntimeException {

    private final String column;
    private final String code;
    private final transient Object[] arguments;

    public RowRefusal(String column, String code, Object... arguments) {
        super(column + ": " + code, null, false, false);
        this.column = column;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String column() {
        return column;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
