package fr.terrinclus.model;

import fr.terrinclus.load.ContentKind;
import java.util.List;

/**
 * A partner profile (fiche partenaire): a local authority, an association, a network…
 *
 * @param inseeCode the department's INSEE code for a French department, or null
 * @param logo      the logo, or null
 */
public record PartnerProfile(
        SourceText source,
        Metadata meta,
        String acronym,
        PartnerCategory category,
        String country,
        String inseeCode,
        String website,
        Logo logo,
        List<String> members,
        List<String> roles) implements Entry {

    public PartnerProfile {
        members = List.copyOf(members);
        roles = List.copyOf(roles);
    }

    @Override
    public PartnerProfile withSource(SourceText other) {
        return new PartnerProfile(other, meta, acronym, category, country, inseeCode, website, logo, members, roles);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.PARTNER;
    }

    /** An image with its text alternative. {@code file} is relative to the content folder. */
    public record Logo(String file, String alt) {
    }
}
