package fr.terrinclus.model;

import java.util.List;

/**
 * The change-oriented monitoring of a project (F3E's approches orientées changement, outcome
 * mapping): a vision, the actors whose change is sought with graduated progress markers, the
 * pathway, the strategies, how monitoring is done and what was observed.
 */
public record Changes(
        String context,
        String vision,
        String mission,
        List<Actor> actors,
        List<Step> pathway,
        List<Strategy> strategies,
        Monitoring monitoring,
        List<Observation> observations,
        List<String> lessons) {

    public Changes {
        actors = List.copyOf(actors);
        pathway = List.copyOf(pathway);
        strategies = List.copyOf(strategies);
        observations = List.copyOf(observations);
        lessons = List.copyOf(lessons);
    }

    /**
     * An actor of change (boundary partner) and the markers of its progress, graduated as
     * "expect to see" (attendu), "like to see" (souhaité) and "love to see" (idéal).
     *
     * @param partner the partner profile's id, or null
     */
    public record Actor(String id, String name, String partner, String soughtChange,
                        List<Marker> expected, List<Marker> hoped, List<Marker> ideal) {
        public Actor {
            expected = List.copyOf(expected);
            hoped = List.copyOf(hoped);
            ideal = List.copyOf(ideal);
        }
    }

    public record Marker(String id, String text) {
    }

    /** A step of the pathway of change and the steps that come before it. */
    public record Step(String id, String text, List<String> precededBy, List<String> hypotheses) {
        public Step {
            precededBy = List.copyOf(precededBy);
            hypotheses = List.copyOf(hypotheses);
        }
    }

    public record Strategy(String text, List<String> actors) {
        public Strategy {
            actors = List.copyOf(actors);
        }
    }

    /** How monitoring is done; frequency may be null. */
    public record Monitoring(List<MonitoringMethod> methods, String frequency, List<String> participants) {
        public Monitoring {
            methods = List.copyOf(methods);
            participants = List.copyOf(participants);
        }
    }

    /** An outcome-journal entry: what was seen of a marker, and when. */
    public record Observation(PartialDate date, String actor, String marker, ObservationStatus status, String text, String source) {
    }
}
