package fr.terrinclus.pipeline;

/** Front matter of valid entries, for tests that break one field at a time. */
final class ProjectFixture {
    private ProjectFixture() {
    }

    static final String PARTNER = """
            -- content/partenaires/adf.md --
            ---
            nom: Assemblée des départements de France
            sigle: ADF
            resume: Association des départements.
            categorie: reseau
            pays: FR
            ---
            L'ADF.
            """;

    /** A project file whose front matter lines 2.. are {@code fields}. */
    static String project(String id, String fields) {
        return "-- content/projets/" + id + ".md --\n---\n" + fields.strip() + "\n---\nCorps du projet.\n";
    }

    static final String VALID_FIELDS = """
            titre: Eau et inclusion
            resume: Un projet.
            date_publication: "2024-05"
            porteur: adf
            statut: en_cours
            pays: ["SN"]
            departements: ["76"]
            """;
}
