package org.maizuru.claims.claim;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What in a PDF can act rather than be read (ASVS 12.5.2): JavaScript (an open action, a page's or a field's), an
 * action that launches a program, imports data, submits a form or goes into an embedded file, and embedded files.
 * A document a caseworker opens must only show what was sent; none of these belongs in a certificate. The whole
 * object graph is walked from the catalog and from every object the file lists, direct dictionaries included, so an
 * open action written inline in the catalog is found as surely as one in an object of its own.
 */
final class PdfActiveContent {

    private static final Set<COSName> ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("ImportData"), COSName.getPDFName("SubmitForm"), COSName.getPDFName("GoToE"),
            COSName.getPDFName("RichMediaExecute"));
    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");

    private PdfActiveContent() {
    }

    /** What the first active part found is, in a word for the log; null when the document only shows. */
    static String find(PDDocument document) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String found = walk(document.getDocumentCatalog().getCOSObject(), seen);
        if (found != null) {
            return found;
        }
        for (COSObject object : document.getDocument().getXrefTable().keySet().stream()
                .map(key -> document.getDocument().getObjectFromPool(key)).toList()) {
            found = walk(object, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String walk(COSBase start, Set<COSBase> seen) {
        var pending = new java.util.ArrayDeque<COSBase>();
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
                if (EMBEDDED_FILE.equals(dictionary.getDictionaryObject(COSName.TYPE)) || dictionary.containsKey(COSName.EF)
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
