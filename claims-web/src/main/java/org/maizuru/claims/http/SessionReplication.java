package org.maizuru.claims.http;

import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

/**
 * Whether this application's sessions can move to another node. Payara replicates the sessions of a web
 * application only when its {@code web.xml} and every {@code web-fragment.xml} inside {@code WEB-INF/lib} say
 * {@code <distributable/>}; when one jar's fragment does not, it keeps every session in the node's memory and
 * says so in one line of its log at start (payara/Payara #1689, #5332). A node asked to join a cluster therefore
 * checks its own descriptors before it serves anyone, and refuses to start when a session would not survive the
 * node. While it runs, a value put in a session that cannot be serialized is logged as the fault it is.
 */
@WebListener
public final class SessionReplication implements HttpSessionAttributeListener {

    private static final Logger LOG = Logger.getLogger(SessionReplication.class.getName());
    private static final Pattern DISTRIBUTABLE = Pattern.compile("<(\\w+:)?distributable\\s*/>");
    private static final String FRAGMENT = "META-INF/web-fragment.xml";

    /** The descriptors that do not say distributable: {@code WEB-INF/web.xml} or the jars whose fragment does not. */
    public static List<String> notDistributable(ServletContext context) {
        List<String> missing = new ArrayList<>();
        if (!distributable(read(context, "/WEB-INF/web.xml"))) {
            missing.add("WEB-INF/web.xml");
        }
        Set<String> jars = context.getResourcePaths("/WEB-INF/lib/");
        for (String jar : jars == null ? Set.<String>of() : jars) {
            if (jar.endsWith(".jar")) {
                String fragment = fragmentOf(context, jar);
                if (fragment != null && !distributable(fragment)) {
                    missing.add(jar.substring(1) + "!/" + FRAGMENT);
                }
            }
        }
        return missing;
    }

    /** Refuses to start a clustered node whose sessions would stay in its memory. */
    public static void requireReplicable(ServletContext context) {
        List<String> missing = notDistributable(context);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("This node was asked to join a cluster, but its sessions cannot replicate:"
                    + " Payara keeps them in memory unless every descriptor says <distributable/>, and these do not: "
                    + String.join(", ", missing));
        }
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        check(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        check(event);
    }

    private static void check(HttpSessionBindingEvent event) {
        Object value = event.getSession().getAttribute(event.getName());
        if (value != null && !(value instanceof Serializable)) {
            LOG.log(
                    Level.SEVERE,
                    "Session attribute {0} holds a {1}, which cannot be serialized: the session cannot move to another node",
                    new Object[] {event.getName(), value.getClass().getName()});
        }
    }

    static boolean distributable(String descriptor) {
        // Comments may mention the element; only one outside them counts.
        return descriptor != null
                && DISTRIBUTABLE
                        .matcher(descriptor.replaceAll("(?s)<!--.*?-->", ""))
                        .find();
    }

    private static String read(ServletContext context, String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar's web fragment, or null when it has none. */
    private static String fragmentOf(ServletContext context, String jar) {
        try (InputStream in = context.getResourceAsStream(jar);
                var zip = in == null ? null : new ZipInputStream(in)) {
            if (zip == null) {
                return null;
            }
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(FRAGMENT)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
