package fr.terrinclus.model;

/** A way of gathering evidence of change (changements.suivi.methodes). */
public enum MonitoringMethod implements Code {
    JOURNAL_DES_INCIDENCES, ATELIER_DE_RELECTURE, ENTRETIENS, RECITS_DE_CHANGEMENT, OBSERVATION_PARTICIPANTE, ENQUETE;

    @Override
    public String toString() {
        return code();
    }
}
