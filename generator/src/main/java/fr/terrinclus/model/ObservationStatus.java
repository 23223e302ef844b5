package fr.terrinclus.model;

/** Whether a progress marker is seen yet (changements.observations.statut). */
public enum ObservationStatus implements Code {
    NON_OBSERVE, EMERGENT, OBSERVE;

    @Override
    public String toString() {
        return code();
    }
}
