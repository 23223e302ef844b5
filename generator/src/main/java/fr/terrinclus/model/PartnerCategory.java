package fr.terrinclus.model;

/** What kind of organisation a partner is (categorie). */
public enum PartnerCategory implements Code {
    COLLECTIVITE_FRANCAISE, COLLECTIVITE_PARTENAIRE, ASSOCIATION, RESEAU, ETAT, OPERATEUR, ORGANISATION_INTERNATIONALE, RECHERCHE, ENTREPRISE;

    @Override
    public String toString() {
        return code();
    }
}
