package fr.terrinclus.validate;

import fr.terrinclus.Suggestions;
import fr.terrinclus.model.Changes;
import fr.terrinclus.model.MonitoringMethod;
import fr.terrinclus.model.ObservationStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code changements} block of a project and checks its inner references: observations
 * name a known actor and marker, strategies known actors, pathway steps known steps.
 */
final class ChangeReader {
    private static final String ROOT = "/changements";

    private ChangeReader() {
    }

    /** Reads {@code root}'s {@code changements} block; {@code root} is the whole front matter. */
    static Changes read(JsonNode root, EntryChecks checks) {
        JsonNode n = root.path("changements");
        Fields f = checks.fields();
        List<Changes.Actor> actors = new ArrayList<>();
        Set<String> actorIds = new HashSet<>();
        Set<String> markerIds = new HashSet<>();
        JsonNode list = n.path("acteurs");
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String at = ROOT + "/acteurs/" + i;
            unique(f, actorIds, a.path("id").asString(), at + "/id", "acteur");
            JsonNode markers = a.path("marqueurs_progres");
            actors.add(new Changes.Actor(a.path("id").asString(), a.path("nom").asString(), Fields.text(a, "ref"),
                    Fields.text(a, "changement_recherche"),
                    markers(f, markers.path("attendu"), at + "/marqueurs_progres/attendu", markerIds),
                    markers(f, markers.path("souhaite"), at + "/marqueurs_progres/souhaite", markerIds),
                    markers(f, markers.path("ideal"), at + "/marqueurs_progres/ideal", markerIds)));
        }
        List<Changes.Step> pathway = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        JsonNode steps = n.path("chemins_de_changement");
        for (int i = 0; i < steps.size(); i++) {
            unique(f, stepIds, steps.get(i).path("id").asString(), ROOT + "/chemins_de_changement/" + i + "/id", "étape");
        }
        for (int i = 0; i < steps.size(); i++) {
            JsonNode s = steps.get(i);
            List<String> before = Fields.texts(s, "precede_par");
            known(f, before, stepIds, ROOT + "/chemins_de_changement/" + i + "/precede_par", "étape");
            pathway.add(new Changes.Step(s.path("id").asString(), s.path("etape").asString(), before, Fields.texts(s, "hypotheses")));
        }
        List<Changes.Strategy> strategies = new ArrayList<>();
        JsonNode strategyList = n.path("strategies");
        for (int i = 0; i < strategyList.size(); i++) {
            List<String> who = Fields.texts(strategyList.get(i), "acteurs");
            known(f, who, actorIds, ROOT + "/strategies/" + i + "/acteurs", "acteur");
            strategies.add(new Changes.Strategy(strategyList.get(i).path("texte").asString(), who));
        }
        JsonNode s = n.path("suivi");
        Changes.Monitoring monitoring = s.isMissingNode() ? null
                : new Changes.Monitoring(Fields.codes(s, "methodes", MonitoringMethod.class), Fields.text(s, "frequence"), Fields.texts(s, "participants"));
        List<Changes.Observation> observations = new ArrayList<>();
        JsonNode obs = n.path("observations");
        for (int i = 0; i < obs.size(); i++) {
            JsonNode o = obs.get(i);
            String at = ROOT + "/observations/" + i;
            if (o.has("acteur")) {
                known(f, List.of(o.path("acteur").asString()), actorIds, at + "/acteur", "acteur");
            }
            known(f, List.of(o.path("marqueur").asString()), markerIds, at + "/marqueur", "marqueur");
            observations.add(new Changes.Observation(checks.date(root, at + "/date"),
                    Fields.text(o, "acteur"), o.path("marqueur").asString(), Fields.code(o, "statut", ObservationStatus.class),
                    o.path("texte").asString(), Fields.text(o, "source")));
        }
        return new Changes(Fields.text(n, "contexte"), Fields.text(n, "vision"), Fields.text(n, "mission"), actors,
                pathway, strategies, monitoring, observations, Fields.texts(n, "enseignements"));
    }

    private static List<Changes.Marker> markers(Fields f, JsonNode list, String at, Set<String> ids) {
        List<Changes.Marker> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).path("id").asString();
            unique(f, ids, id, at + "/" + i + "/id", "marqueur");
            out.add(new Changes.Marker(id, list.get(i).path("texte").asString()));
        }
        return out;
    }

    private static void unique(Fields f, Set<String> seen, String id, String pointer, String what) {
        if (!seen.add(id)) {
            f.error(pointer, "identifiant de " + what + " « " + id + " » utilisé deux fois dans « changements »");
        }
    }

    private static void known(Fields f, List<String> ids, Set<String> known, String pointer, String what) {
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                String at = pointer.endsWith("acteur") || pointer.endsWith("marqueur") ? pointer : pointer + "/" + i;
                f.error(at, what + " « " + ids.get(i) + " » inconnu dans « changements »"
                        + Suggestions.didYouMean(ids.get(i), known));
            }
        }
    }
}
