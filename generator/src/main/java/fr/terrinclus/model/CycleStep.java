package fr.terrinclus.model;

/** A step of the project cycle a guide helps with (etapes_cycle_projet). */
public enum CycleStep implements Code {
    IDENTIFICATION, CONCEPTION, MISE_EN_OEUVRE, SUIVI_EVALUATION, CAPITALISATION;

    @Override
    public String toString() {
        return code();
    }
}
