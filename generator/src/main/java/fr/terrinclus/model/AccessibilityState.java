package fr.terrinclus.model;

/** The site's RGAA compliance (accessibilite.etat). */
public enum AccessibilityState implements Code {
    TOTALE, PARTIELLE, NON_CONFORME;

    @Override
    public String toString() {
        return code();
    }
}
