package org.maizuru.claims.imports;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why one row of an import is not loaded: every problem found in it, each with the column at fault (by its contract
 * name; null for the row as a whole), a code of the {@code Refusals} bundle and its arguments, so that the refusal is
 * shown in the reader's language when it is read rather than in the language of whoever ran the import. A row
 * names all its problems at once, so that a volunteer corrects it once rather than once per upload.
 */
public final class RowRefusal extends RuntimeException {

    /** One thing wrong in a row. */
    public record Problem(String column, String code, List<Object> arguments) {

        public Problem(String column, String code, Object... arguments) {
            this(column, code, Collections.unmodifiableList(Arrays.asList(arguments.clone())));
        }
    }

    private final transient List<Problem> problems;

    public RowRefusal(String column, String code, Object... arguments) {
        this(List.of(new Problem(column, code, arguments)));
    }

    public RowRefusal(List<Problem> problems) {
        super(problems.getFirst().column() + ": " + problems.getFirst().code(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's column. */
    public String column() {
        return problems.getFirst().column();
    }

    /** The first problem's code. */
    public String code() {
        return problems.getFirst().code();
    }

    /** The first problem's arguments. */
    public Object[] arguments() {
        return problems.getFirst().arguments().toArray();
    }
}
