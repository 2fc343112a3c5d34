package org.maizuru.claims.association;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** An account by its login name: the one look-up the account service, sign-ins and API keys share. */
@ApplicationScoped
class AccountRecords {

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    Optional<Account> find(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
