package org.maizuru.claims.claim;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What in a PDF can act rather than be read (ASVS 12.5.2): JavaScript (an open action, a page's or a field's), an
 * action that launches a program, imports data, submits a form or goes into an embedded file, and embedded files.
 * A document a caseworker opens must only show what was sent; none of these belongs in a certificate. The whole
 * object graph is walked from the catalog and from every object the file lists, direct dictionaries included, so an
 * open action written inline in the catalog is found as surely as one in an object of its own.
 *
 * <p>Uploads carrying any of these are refused; a document stored before that check came is handed out with them
 * taken out ({@link #remove}), so that no door serves a script to the browser of the caseworker who opens it.
 */
final class PdfActiveContent {

    private static final Set<COSName> ACTIONS = Set.of(
            COSName.JAVA_SCRIPT,
            COSName.getPDFName("Launch"),
            COSName.getPDFName("ImportData"),
            COSName.getPDFName("SubmitForm"),
            COSName.getPDFName("GoToE"),
            COSName.getPDFName("RichMediaExecute"));
    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");

    private PdfActiveContent() {}

    /** What the first active part found is, in a word for the log; null when the document only shows. */
    static String find(PDDocument document) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String found = walk(document.getDocumentCatalog().getCOSObject(), seen);
        if (found != null) {
            return found;
        }
        for (COSObject object : document.getDocument().getXrefTable().keySet().stream()
                .map(key -> document.getDocument().getObjectFromPool(key))
                .toList()) {
            found = walk(object, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Takes out every active part: an action, a script or an embedded file is cut from whatever refers to it (the
     * catalog's open action, a page's or an annotation's additional actions, the names tree of scripts, an action's
     * next action), and the names of embedded files go. What is left shows as it did. Answers how many were cut.
     */
    static int remove(PDDocument document) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var pending = new ArrayDeque<COSBase>();
        pending.push(document.getDocumentCatalog().getCOSObject());
        COSDocument objects = document.getDocument();
        objects.getXrefTable().keySet().forEach(key -> pending.add(objects.getObjectFromPool(key)));
        int removed = 0;
        while (!pending.isEmpty()) {
            COSBase item = pending.pop();
            if (item instanceof COSObject reference) {
                item = reference.getObject();
            }
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (item instanceof COSDictionary dictionary) {
                for (COSName key : List.copyOf(dictionary.keySet())) {
                    COSBase value = dictionary.getDictionaryObject(key);
                    if (JS.equals(key) || EMBEDDED_FILES.equals(key) || acts(value)) {
                        dictionary.removeItem(key);
                        removed++;
                    } else {
                        pending.push(value);
                    }
                }
            } else if (item instanceof COSArray array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    if (acts(array.getObject(i))) {
                        array.remove(i);
                        removed++;
                    } else {
                        pending.push(array.get(i));
                    }
                }
            }
        }
        return removed;
    }

    /** Whether an object is itself an active part: an action of a kind that acts, a script, an embedded file. */
    private static boolean acts(COSBase value) {
        if (!(value instanceof COSDictionary dictionary)) {
            return false;
        }
        COSBase kind = dictionary.getDictionaryObject(COSName.S);
        return kind instanceof COSName action && ACTIONS.contains(action)
                || dictionary.containsKey(JS)
                || EMBEDDED_FILE.equals(dictionary.getDictionaryObject(COSName.TYPE))
                || dictionary.containsKey(COSName.EF);
    }

    private static String walk(COSBase start, Set<COSBase> seen) {
        var pending = new ArrayDeque<COSBase>();
        pending.push(start);
        while (!pending.isEmpty()) {
            COSBase item = pending.pop();
            if (item instanceof COSObject reference) {
                item = reference.getObject();
            }
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (item instanceof COSDictionary dictionary) {
                COSBase kind = dictionary.getDictionaryObject(COSName.S);
                if (kind instanceof COSName action && ACTIONS.contains(action)) {
                    return action.getName();
                }
                if (dictionary.containsKey(JS)) {
                    return "JavaScript";
                }
                if (EMBEDDED_FILE.equals(dictionary.getDictionaryObject(COSName.TYPE))
                        || dictionary.containsKey(COSName.EF)
                        || dictionary.containsKey(EMBEDDED_FILES)) {
                    return "EmbeddedFile";
                }
                dictionary.getValues().forEach(pending::push);
            } else if (item instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
        return null;
    }
}
