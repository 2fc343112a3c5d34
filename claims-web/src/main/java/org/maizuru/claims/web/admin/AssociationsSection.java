package org.maizuru.claims.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.maizuru.claims.association.AccountService;
import org.maizuru.claims.association.Association;
import org.maizuru.claims.http.CurrentActor;
import org.maizuru.claims.web.PageAction;
import org.maizuru.claims.web.i18n.Texts;

/**
 * {@code /app/admin/home.xhtml}, the associations tab: the associations that file claims, registering one, and
 * where its notices are also mailed. A bean of its own because its forms share nothing with the other tabs; every
 * change goes through {@link AccountService}, which checks the role.
 */
@Named
@ViewScoped
public class AssociationsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor actor;

    @Inject
    Texts texts;

    private String associationCode;
    private String associationNameJa;
    private String associationNameEn;
    private Long contactAssociationId;
    private String contactEmail;

    public List<Association> getAssociations() {
        return accounts.associations();
    }

    public void registerAssociation() {
        PageAction.perform(
                texts,
                () -> accounts.registerAssociation(actor.get(), associationCode, associationNameJa, associationNameEn),
                "admin.association.registered");
    }

    /** Where the association's notices are also mailed; blank removes the address. */
    public void changeContactEmail() {
        PageAction.perform(
                texts,
                () -> accounts.changeContactEmail(actor.get(), contactAssociationId, contactEmail),
                "admin.association.contactSaved");
    }

    public String getAssociationCode() {
        return associationCode;
    }

    public void setAssociationCode(String value) {
        associationCode = value;
    }

    public String getAssociationNameJa() {
        return associationNameJa;
    }

    public void setAssociationNameJa(String value) {
        associationNameJa = value;
    }

    public String getAssociationNameEn() {
        return associationNameEn;
    }

    public void setAssociationNameEn(String value) {
        associationNameEn = value;
    }

    public Long getContactAssociationId() {
        return contactAssociationId;
    }

    public void setContactAssociationId(Long value) {
        contactAssociationId = value;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String value) {
        contactEmail = value;
    }
}
