package fr.terrinclus.model;

/** Where a project stands (statut). */
public enum ProjectStatus implements Code {
    IDENTIFICATION, EN_COURS, FINALISATION, CLOTURE, ANNULE, SUSPENDU;

    @Override
    public String toString() {
        return code();
    }
}
