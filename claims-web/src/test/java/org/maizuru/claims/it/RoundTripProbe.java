package org.maizuru.claims.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.maizuru.claims.registry.Place;
import org.maizuru.claims.registry.PlaceKind;

/**
 * Test fixture deployed only with the integration tests: writes through Hibernate in a transaction of its
 * own, so that the test can read the row back through the real API in another.
 */
@Path("it/places")
@RequestScoped
public class RoundTripProbe {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    /** Which database the build chose, as the persistence unit sees it. */
    @GET
    @Path("database")
    @Produces("text/plain")
    public String database() {
        return em.unwrap(org.hibernate.Session.class)
                .doReturningWork(c -> c.getMetaData().getDatabaseProductName());
    }

    @POST
    @Path("{code}")
    @Transactional
    public Response create(@PathParam("code") String code) {
        Place region = em.find(Place.class, "KHABAROVSK");
        em.persist(new Place(code, PlaceKind.CAMP, "Test camp " + code, "試験収容所", region, null));
        return Response.status(Response.Status.CREATED).build();
    }

    @DELETE
    @Path("{code}")
    @Transactional
    public Response delete(@PathParam("code") String code) {
        em.remove(em.find(Place.class, code));
        return Response.noContent().build();
    }
}
