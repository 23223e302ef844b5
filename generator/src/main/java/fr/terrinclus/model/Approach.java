package fr.terrinclus.model;

/** A planning and evaluation approach a guide covers (approches). */
public enum Approach implements Code {
    AOC, CARTOGRAPHIE_DES_INCIDENCES, THEORIE_DU_CHANGEMENT, CADRE_LOGIQUE;

    @Override
    public String toString() {
        return code();
    }
}
