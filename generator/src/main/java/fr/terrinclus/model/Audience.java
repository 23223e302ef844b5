package fr.terrinclus.model;

/** Whom a guide is written for (public_cible). */
public enum Audience implements Code {
    ELUS, AGENTS_TERRITORIAUX, ASSOCIATIONS, PARTENAIRES_ETRANGERS, CHERCHEURS, GRAND_PUBLIC;

    @Override
    public String toString() {
        return code();
    }
}
