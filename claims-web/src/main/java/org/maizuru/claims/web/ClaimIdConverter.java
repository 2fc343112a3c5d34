package org.maizuru.claims.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The {@code ?id=} of a claim page. An id that is not a number names no claim: it becomes no id, so that the
 * page answers "not found" like for any claim the user may not see, instead of failing its conversion and
 * rendering a page without its claim.
 */
@FacesConverter("claimId")
public class ClaimIdConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
