package org.maizuru.claims.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that the build packaged, deployed as it will run in production: at the context root. */
final class Deployments {

    private Deployments() {}

    static WebArchive packagedWar() {
        File war = new File(System.getProperty("claims.war", "target/claims-web.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(
                    "The packaged WAR " + war + " is missing: run the tests through Maven (verify).");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
