package fr.terrinclus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fixture corpus of project sheets written from twelve topics and ten places, so that the
 * relevant pages of a judged query are known: a page is about one topic, in one place, in one
 * department, for one SDG.
 */
final class TopicCorpus {
    /** One topic: its id, title pattern ({@code %s} is the place), sentences and SDG. */
    record Topic(String id, String title, List<String> sentences, int sdg) {
    }

    /** A place abroad and its country code. */
    record Place(String name, String country) {
    }

    /** A generated page and what it is about. */
    record Page(SearchDocument doc, String topic, String place, String department, int sdg) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("eau", "Accès à l’eau potable à %s", List.of(
                    "Le projet construit des forages et des bornes-fontaines dans les quartiers.",
                    "Des comités de gestion de l'eau sont formés et rendent compte aux habitants.",
                    "La qualité de l’eau est contrôlée chaque mois par le service technique."), 6),
            new Topic("jeunes", "Insertion professionnelle des jeunes à %s", List.of(
                    "Les jeunes sans diplôme suivent des formations qualifiantes.",
                    "Des chantiers d'insertion ouvrent des emplois dans le bâtiment.",
                    "Un accompagnement individuel aide chaque jeune à trouver un apprentissage."), 8),
            new Topic("agriculture", "Maraîchage et agriculture familiale à %s", List.of(
                    "Les maraîchers se regroupent en coopératives agricoles.",
                    "L'irrigation goutte-à-goutte économise l'eau des parcelles.",
                    "Les récoltes sont vendues sur les marchés de la ville."), 2),
            new Topic("sante", "Santé maternelle et infantile à %s", List.of(
                    "Les centres de santé accueillent les femmes enceintes.",
                    "Des sages-femmes sont formées aux accouchements difficiles.",
                    "La vaccination des nourrissons progresse."), 3),
            new Topic("handicap", "Inclusion des personnes handicapées à %s", List.of(
                    "Les bâtiments publics deviennent accessibles aux fauteuils roulants.",
                    "Des associations de personnes handicapées participent aux décisions.",
                    "Les enfants handicapés sont scolarisés en classe ordinaire."), 10),
            new Topic("numerique", "Inclusion numérique des aînés à %s", List.of(
                    "Des ateliers apprennent aux personnes âgées à utiliser une tablette.",
                    "Les démarches administratives en ligne sont accompagnées.",
                    "Un médiateur numérique tient une permanence hebdomadaire."), 9),
            new Topic("femmes", "Autonomisation économique des femmes à %s", List.of(
                    "Les groupements féminins obtiennent des microcrédits.",
                    "Les transformatrices de produits locaux ouvrent une boutique.",
                    "L'égalité entre les femmes et les hommes progresse dans les conseils."), 5),
            new Topic("ecole", "Scolarisation des filles à %s", List.of(
                    "Des bourses permettent aux filles de rester au collège.",
                    "Les cantines scolaires améliorent l'assiduité.",
                    "Les enseignantes sont formées à la pédagogie active."), 4),
            new Topic("energie", "Énergie solaire pour les villages de %s", List.of(
                    "Des panneaux photovoltaïques alimentent les dispensaires.",
                    "L'éclairage public solaire sécurise les rues la nuit.",
                    "Des techniciens locaux assurent la maintenance des installations."), 7),
            new Topic("dechets", "Gestion des déchets ménagers à %s", List.of(
                    "La collecte des ordures est organisée par quartier.",
                    "Le compostage des déchets verts fertilise les jardins.",
                    "Le recyclage du plastique crée des revenus."), 12),
            new Topic("culture", "Échanges culturels et jumelage avec %s", List.of(
                    "Des artistes des deux territoires créent un spectacle commun.",
                    "Le jumelage organise des séjours de jeunes.",
                    "Une bibliothèque partagée circule entre les écoles."), 11),
            new Topic("budget", "Budget participatif et gouvernance locale à %s", List.of(
                    "Les habitants votent pour les projets de leur quartier.",
                    "Les élus rendent compte de l'exécution du budget.",
                    "La transparence des finances locales renforce la confiance."), 16));

    static final List<Place> PLACES = List.of(new Place("Saint-Louis", "SN"), new Place("Ziguinchor", "SN"),
            new Place("Agadir", "MA"), new Place("Antsirabe", "MG"), new Place("Cotonou", "BJ"));

    static final List<String> DEPARTMENTS = List.of("76", "78", "2A", "974", "35");

    private TopicCorpus() {
    }

    static List<Page> generate() {
        List<Page> pages = new ArrayList<>();
        int id = 0;
        for (int t = 0; t < TOPICS.size(); t++) {
            Topic topic = TOPICS.get(t);
            for (int p = 0; p < PLACES.size(); p++) {
                Place place = PLACES.get(p);
                String department = DEPARTMENTS.get((t + p) % DEPARTMENTS.size());
                String title = String.format(topic.title(), place.name());
                // each page tells its sentences in a different order and mentions its place and partner department
                List<String> sentences = new ArrayList<>(topic.sentences());
                java.util.Collections.rotate(sentences, p);
                String body = String.join(" ", sentences) + " Ce projet réunit " + place.name()
                        + " et le département " + department + ".";
                String summary = sentences.get(0);
                SearchDocument.Result card = new SearchDocument.Result("projet", "Fiche projet", title, "projets/" + topic.id() + "-" + place.name().toLowerCase() + "/",
                        summary, false, List.of(place.name()));
                SearchDocument doc = new SearchDocument(id++, card, title, summary, "", department + " ; ODD " + topic.sdg()
                        + " ; " + place.name(), body, summary + " " + body,
                        new SearchDocument.Facets("projet", "en_cours", List.of(department), List.of(place.country()),
                                List.of(topic.id()), List.of(topic.sdg())));
                pages.add(new Page(doc, topic.id(), place.name(), department, topic.sdg()));
            }
        }
        return pages;
    }

    /** Whether {@code page} meets every criterion of a judged query ({@code theme}, {@code lieu}, {@code departement}, {@code odd}). */
    static boolean relevant(Page page, Map<String, String> criteria) {
        return criteria.entrySet().stream().allMatch(c -> switch (c.getKey()) {
            case "theme" -> page.topic().equals(c.getValue());
            case "lieu" -> page.place().equals(c.getValue());
            case "departement" -> page.department().equals(c.getValue());
            case "odd" -> String.valueOf(page.sdg()).equals(c.getValue());
            default -> throw new IllegalArgumentException("critère inconnu : " + c.getKey());
        });
    }
}
