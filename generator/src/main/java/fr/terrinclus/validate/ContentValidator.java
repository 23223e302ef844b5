package fr.terrinclus.validate;

import fr.terrinclus.Problems;
import fr.terrinclus.load.ContentKind;
import fr.terrinclus.load.LoadedContent;
import fr.terrinclus.load.SourceDocument;
import fr.terrinclus.load.YamlDocument;
import fr.terrinclus.model.AccessibilityState;
import fr.terrinclus.model.Approach;
import fr.terrinclus.model.Audience;
import fr.terrinclus.model.Changes;
import fr.terrinclus.model.CycleStep;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Guide;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.Metadata;
import fr.terrinclus.model.PartialDate;
import fr.terrinclus.model.PartnerCategory;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.PlainPage;
import fr.terrinclus.model.ProjectSheet;
import fr.terrinclus.model.ProjectStatus;
import fr.terrinclus.model.SiteConfig;
import fr.terrinclus.model.Source;
import fr.terrinclus.model.SourceText;
import fr.terrinclus.model.Theme;
import fr.terrinclus.reference.ReferenceData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns loaded content into a {@link Library}: each file is checked against its JSON Schema, then
 * against what a schema cannot know (real dates, reference data, the theme vocabulary, files that
 * exist, references between entries). Every problem is reported; the library is returned only
 * when there is none.
 */
public final class ContentValidator {
    private final SchemaValidator schemas;
    private final ReferenceData reference;

    public ContentValidator(SchemaValidator schemas, ReferenceData reference) {
        this.schemas = schemas;
        this.reference = reference;
    }

    /**
     * @param contentDir    the content folder, to measure downloadable files
     * @param includeDrafts whether entries marked {@code brouillon: true} are published
     */
    public Optional<Library> validate(LoadedContent content, Path contentDir, boolean includeDrafts, Problems problems) {
        Settings settings = settings(content, problems);
        Vocabulary vocabulary = new Vocabulary(settings.themes(), new HashSet<>(content.assets()), contentDir);
        List<Draft> drafts = new ArrayList<>();
        for (SourceDocument doc : content.documents()) {
            draft(doc, vocabulary, problems).ifPresent(drafts::add);
        }
        return assemble(settings.site(), vocabulary, drafts, content.assets(), includeDrafts, problems);
    }

    /** What an entry is checked against besides its schema: the theme vocabulary, the content's files. */
    public record Vocabulary(List<Theme> themes, Set<String> assets, Path contentDir) {
    }

    /**
     * One entry read from its document and checked on its own (schema, dates, reference data,
     * vocabulary, files), before the references between entries; empty when the front matter is
     * not a block of fields. A document whose schema failed is still read, the values the schema
     * refused read as absent, so that its other problems are reported in the same run; its
     * problems keep it out of any library.
     */
    public Optional<Draft> draft(SourceDocument doc, Vocabulary vocabulary, Problems problems) {
        Fields fields = new Fields(doc.frontMatter(), problems::add);
        JsonNode node = schemas.validate(doc.kind().singular(), doc.frontMatter(), problems::add);
        if (!node.isObject()) {
            return Optional.empty();
        }
        EntryChecks checks = new EntryChecks(fields, reference, vocabulary.themes(), vocabulary.assets(),
                vocabulary.contentDir(), doc.path());
        return Optional.of(new Draft(build(doc, node, checks), checks));
    }

    /**
     * The library of {@code drafts} once the references between them are checked; empty when
     * {@code problems} holds any, from this or an earlier step.
     */
    public Optional<Library> assemble(SiteConfig site, Vocabulary vocabulary, Collection<Draft> drafts,
                                      List<String> assets, boolean includeDrafts, Problems problems) {
        Assembly assembly = assembly(includeDrafts);
        drafts.forEach(d -> assembly.put(d.entry().source().path(), d));
        return assembly.library(site, vocabulary.themes(), assets, problems);
    }

    /** An empty assembly of drafts, to put them in a few at a time. */
    public Assembly assembly(boolean includeDrafts) {
        return new Assembly(includeDrafts, reference);
    }

    /**
     * The site configuration of {@code site.yaml} and the theme vocabulary of
     * {@code _data/thematiques.yaml}; the configuration is null when it has problems.
     */
    public record Settings(SiteConfig site, List<Theme> themes) {
    }

    /** {@code site.yaml} and the vocabulary, checked. */
    public Settings settings(LoadedContent content, Problems problems) {
        return new Settings(siteConfig(content.site(), problems),
                content.themes().map(t -> themes(t, problems)).orElse(List.of()));
    }

    /**
     * An entry checked on its own; its problems about other entries are reported against the
     * file's own positions, which it keeps.
     */
    public static final class Draft {
        private final Entry entry;
        private final EntryChecks checks;

        private Draft(Entry entry, EntryChecks checks) {
            this.entry = entry;
            this.checks = checks;
        }

        public Entry entry() {
            return entry;
        }

        EntryChecks checks() {
            return checks;
        }
    }

    private static <T> List<T> ofType(List<Entry> entries, Class<T> type) {
        return entries.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private SiteConfig siteConfig(YamlDocument doc, Problems problems) {
        int before = problems.size();
        JsonNode n = schemas.validate("site", doc, problems::add);
        Fields f = new Fields(doc, problems::add);
        PartialDate audit = f.date(n, "/accessibilite/date_audit");
        if (problems.size() > before) {
            return null;
        }
        String base = Fields.text(n, "url_base");
        JsonNode rate = n.path("accessibilite").get("taux");
        return new SiteConfig(Fields.text(n, "titre"), Fields.text(n, "baseline"), Fields.text(n, "description"),
                base == null ? null : base.endsWith("/") ? base : base + "/",
                Fields.text(n, "langue"), Fields.text(n, "editeur"), Fields.text(n, "presentation"),
                links(n.path("menu")), links(n.path("pied_de_page")),
                new SiteConfig.NavLink(n.path("licence").path("nom").asString(), n.path("licence").path("url").asString()),
                Fields.code(n.path("accessibilite"), "etat", AccessibilityState.class), rate == null ? null : rate.asDouble(), audit,
                n.path("elements_par_page").asInt(20));
    }

    private static List<SiteConfig.NavLink> links(JsonNode list) {
        List<SiteConfig.NavLink> out = new ArrayList<>();
        list.forEach(l -> out.add(new SiteConfig.NavLink(l.path("titre").asString(), l.path("lien").asString())));
        return out;
    }

    private List<Theme> themes(YamlDocument doc, Problems problems) {
        JsonNode n = schemas.validate("thematiques", doc, problems::add);
        Fields f = new Fields(doc, problems::add);
        List<Theme> themes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode list = n.path("thematiques");
        for (int i = 0; i < list.size(); i++) {
            JsonNode t = list.get(i);
            String id = t.path("id").asString();
            if (!seen.add(id)) {
                f.error("/thematiques/" + i + "/id", "thématique « " + id + " » définie deux fois");
            }
            themes.add(new Theme(id, t.path("libelle").asString(), Fields.text(t, "description")));
        }
        return themes;
    }

    private static Entry build(SourceDocument doc, JsonNode n, EntryChecks checks) {
        SourceText source = new SourceText(doc.path(), doc.file(), doc.body(), doc.bodyLine());
        String titleKey = doc.kind() == ContentKind.PARTNER ? "nom" : "titre";
        Metadata meta = new Metadata(doc.id(), Fields.text(n, titleKey), Fields.text(n, "resume"),
                checks.date(n, "/date_publication"), checks.date(n, "/date_mise_a_jour"),
                Fields.flag(n, "brouillon"), Fields.flag(n, "exemple"), Fields.ints(n, "odd"),
                checks.themes(n), sources(n, checks));
        return switch (doc.kind()) {
            case GUIDE -> new Guide(source, meta, Fields.text(n, "editeur"), Fields.codes(n, "approches", Approach.class),
                    Fields.codes(n, "public_cible", Audience.class), Fields.codes(n, "etapes_cycle_projet", CycleStep.class), Fields.texts(n, "points_cles"),
                    Fields.texts(n, "projets_lies"), checks.documents(n));
            case PROJECT -> project(source, meta, n, checks);
            case PARTNER -> new PartnerProfile(source, meta, Fields.text(n, "sigle"), Fields.code(n, "categorie", PartnerCategory.class),
                    checks.country(n, "/pays"), checks.department(n, "/code_insee"), Fields.text(n, "site_web"),
                    checks.logo(n), Fields.texts(n, "membres"), Fields.texts(n, "roles_terrinclus"));
            case PAGE -> new PlainPage(source, meta);
        };
    }

    private static ProjectSheet project(SourceText source, Metadata meta, JsonNode n, EntryChecks checks) {
        List<ProjectSheet.Participation> partners = new ArrayList<>();
        n.path("partenaires").forEach(p -> partners.add(p.isObject()
                ? new ProjectSheet.Participation(p.path("ref").asString(), Fields.text(p, "role"))
                : new ProjectSheet.Participation(p.asString(), null)));
        List<ProjectSheet.PartnerAuthority> authorities = new ArrayList<>();
        JsonNode list = n.path("collectivites_partenaires");
        for (int i = 0; i < list.size(); i++) {
            authorities.add(new ProjectSheet.PartnerAuthority(list.get(i).path("nom").asString(),
                    checks.country(n, "/collectivites_partenaires/" + i + "/pays")));
        }
        List<String> countries = new ArrayList<>();
        for (int i = 0; i < n.path("pays").size(); i++) {
            countries.add(checks.country(n, "/pays/" + i));
        }
        List<String> departments = new ArrayList<>();
        for (int i = 0; i < n.path("departements").size(); i++) {
            departments.add(checks.department(n, "/departements/" + i));
        }
        PartialDate start = checks.date(n, "/dates/debut");
        PartialDate end = checks.date(n, "/dates/fin");
        checks.order(start, end);
        JsonNode b = n.get("budget");
        ProjectSheet.Budget budget = b == null ? null
                : new ProjectSheet.Budget(b.path("montant").decimalValue(), b.path("devise").asString());
        Changes changes = n.has("changements") ? ChangeReader.read(n, checks) : null;
        return new ProjectSheet(source, meta, Fields.text(n, "porteur"), Fields.code(n, "statut", ProjectStatus.class), countries, departments,
                partners, authorities, start, end, budget, Fields.texts(n, "objectifs"), changes, checks.documents(n));
    }

    private static List<Source> sources(JsonNode n, EntryChecks checks) {
        List<Source> out = new ArrayList<>();
        JsonNode list = n.path("sources");
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            out.add(new Source(s.path("titre").asString(), Fields.text(s, "url"), Fields.text(s, "organisme"),
                    checks.date(n, "/sources/" + i + "/date")));
        }
        return out;
    }
}
