package org.maizuru.claims.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.association.Association;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.Role;

/**
 * The demo's associations and accounts: two associations with a desk each, and one account for every staff role,
 * all with the one password README publishes (which is why the seeder writes them only into an empty database).
 */
@ApplicationScoped
public class DemoAccounts {

    static final String PASSWORD = "maizuru-demo";
    static final String ASSOCIATION_A_EN = "Maizuru Returnees' Society";
    static final String ASSOCIATION_B_EN = "Bereaved Families of Siberian Internees";

    @Inject
    AccountService accounts;

    /**
     * Creates the associations and the accounts; answers those who act on the demo claims. Mandatory: it is a
     * part of the seeder's one transaction, so that the accounts are written together with the seed mark or not.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DemoActors create() {
        Association a = accounts.createAssociation("ASSOC-A", "舞鶴引揚者の会", ASSOCIATION_A_EN);
        Association b = accounts.createAssociation("ASSOC-B", "シベリア抑留者遺族の会", ASSOCIATION_B_EN);
        Actor assocA = accounts.createAccount("assoc-a", "舞鶴引揚者の会 事務局", Role.ASSOCIATION, a, PASSWORD)
                .asActor(null);
        Actor assocB = accounts.createAccount("assoc-b", "シベリア抑留者遺族の会 事務局", Role.ASSOCIATION, b, PASSWORD)
                .asActor(null);
        Actor caseworker = accounts.createAccount("caseworker", "審査担当 森田", Role.CASEWORKER, null, PASSWORD)
                .asActor(null);
        Actor supervisor = accounts.createAccount("supervisor", "監督者 石川", Role.SUPERVISOR, null, PASSWORD)
                .asActor(null);
        Actor admin = accounts.createAccount("admin", "管理者 岡田", Role.ADMINISTRATOR, null, PASSWORD)
                .asActor(null);
        accounts.createAccount("auditor", "監査担当 西村", Role.AUDITOR, null, PASSWORD);
        return new DemoActors(assocA, assocB, caseworker, supervisor, admin);
    }
}
