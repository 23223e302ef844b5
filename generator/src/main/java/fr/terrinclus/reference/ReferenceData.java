package fr.terrinclus.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The reference data shipped inside the generator: the 101 French departments (INSEE COG 2026),
 * country names in French (ISO 3166-1) and the 17 SDGs. Sources and licences are in the
 * {@code SOURCE-*.md} files next to the data. Immutable and thread-safe.
 */
public final class ReferenceData {
    private final Map<String, Department> departments;
    private final Map<String, Country> countries;
    private final Map<Integer, Sdg> sdgs;

    private ReferenceData(Map<String, Department> departments, Map<String, Country> countries, Map<Integer, Sdg> sdgs) {
        this.departments = departments;
        this.countries = countries;
        this.sdgs = sdgs;
    }

    /** Loads the data from the generator's resources. */
    public static ReferenceData load() {
        ObjectMapper json = new ObjectMapper();
        JsonNode regionsJson = read(json, "regions.json");
        Map<String, String> regions = new HashMap<>();
        regionsJson.forEach(r -> regions.put(r.get("code").asString(), r.get("nom").asString()));
        Map<String, Department> departments = new TreeMap<>();
        for (JsonNode d : read(json, "departements.json")) {
            // "com" entries are overseas collectivities, not departments
            if (!d.get("zone").asString().equals("com")) {
                String code = d.get("code").asString();
                departments.put(code, new Department(code, d.get("nom").asString(),
                        regions.getOrDefault(d.get("region").asString(), ""), d.get("typeLiaison").asInt()));
            }
        }
        Map<String, Country> countries = new TreeMap<>();
        read(json, "pays-fr.json").get("countries").properties().forEach(e -> {
            JsonNode name = e.getValue().isArray() ? e.getValue().get(0) : e.getValue();
            countries.put(e.getKey(), new Country(e.getKey(), name.asString()));
        });
        Map<Integer, Sdg> sdgs = new TreeMap<>();
        for (JsonNode g : read(new YAMLMapper(), "odd.yaml").get("odd")) {
            int n = g.get("numero").asInt();
            sdgs.put(n, Sdg.of(n, g.get("nom_court_fr").asString(), g.get("intitule_fr").asString(), g.get("couleur").asString()));
        }
        return new ReferenceData(Map.copyOf(departments), Map.copyOf(countries), Map.copyOf(sdgs));
    }

    private static JsonNode read(ObjectMapper mapper, String name) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Department> department(String code) {
        return Optional.ofNullable(departments.get(code));
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    public Optional<Sdg> sdg(int number) {
        return Optional.ofNullable(sdgs.get(number));
    }

    public Collection<String> departmentCodes() {
        return sortedKeys(departments);
    }

    public Collection<String> countryCodes() {
        return sortedKeys(countries);
    }

    public List<Sdg> sdgs() {
        return sdgs.values().stream().sorted(java.util.Comparator.comparingInt(Sdg::number)).toList();
    }

    private static <V> List<String> sortedKeys(Map<String, V> map) {
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(null);
        return keys;
    }
}
