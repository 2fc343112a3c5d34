package org.maizuru.claims.web;

import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/**
 * A value computed once per request. View-scoped beans live across requests, but an entity read in one
 * request is detached in the next: they keep what they read here, never in their own fields.
 */
public final class PerRequest {

    private PerRequest() {}

    @SuppressWarnings("unchecked")
    public static <T> T get(Object owner, String name, Supplier<T> compute) {
        var attributes = FacesContext.getCurrentInstance().getAttributes();
        String key = owner.getClass().getName() + "@" + System.identityHashCode(owner) + "." + name;
        Object value = attributes.get(key);
        if (value == null) {
            value = compute.get();
            attributes.put(key, value);
        }
        return (T) value;
    }

    /** Forgets what this request read, after an action changed it. */
    public static void forget(Object owner) {
        String prefix = owner.getClass().getName() + "@" + System.identityHashCode(owner) + ".";
        FacesContext.getCurrentInstance()
                .getAttributes()
                .keySet()
                .removeIf(key -> key instanceof String text && text.startsWith(prefix));
    }
}
