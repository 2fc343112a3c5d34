package org.maizuru.claims.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * The reason codes of a recommendation or a decision, as they are stored: one text column, the codes joined by
 * commas ({@code NO_RECORD,OUTSIDE_PERIOD}), none as the empty text. A code is letters and underscores, so a comma
 * never needs escaping; and one column keeps them readable in the database and in its exports.
 */
@Converter
public class ReasonCodes implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    @Override
    public List<String> convertToEntityAttribute(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.copyOf(Arrays.asList(stored.split(",")));
    }
}
