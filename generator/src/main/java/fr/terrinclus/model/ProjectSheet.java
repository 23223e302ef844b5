package fr.terrinclus.model;

import fr.terrinclus.load.ContentKind;
import java.util.List;

/**
 * A project fact sheet (fiche projet).
 *
 * @param holder  the id of the partner that carries the project (porteur)
 * @param status  where the project stands
 * @param start   the start date, or null
 * @param end     the end date, or null
 * @param budget  the budget, or null
 * @param changes the change-oriented monitoring block, or null
 */
public record ProjectSheet(
        SourceText source,
        Metadata meta,
        String holder,
        ProjectStatus status,
        List<String> countries,
        List<String> departments,
        List<Participation> partners,
        List<PartnerAuthority> partnerAuthorities,
        PartialDate start,
        PartialDate end,
        Budget budget,
        List<String> objectives,
        Changes changes,
        List<Attachment> documents) implements Entry {

    public ProjectSheet {
        countries = List.copyOf(countries);
        departments = List.copyOf(departments);
        partners = List.copyOf(partners);
        partnerAuthorities = List.copyOf(partnerAuthorities);
        objectives = List.copyOf(objectives);
        documents = List.copyOf(documents);
    }

    @Override
    public ProjectSheet withSource(SourceText other) {
        return new ProjectSheet(other, meta, holder, status, countries, departments, partners, partnerAuthorities, start, end, budget, objectives, changes, documents);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.PROJECT;
    }

    /** A partner taking part in the project, with its role there (null when not stated). */
    public record Participation(String partner, String role) {
    }

    /** A local authority abroad that has no profile of its own. */
    public record PartnerAuthority(String name, String country) {
    }

    /** An amount in an ISO 4217 currency. */
    public record Budget(java.math.BigDecimal amount, String currency) {
    }
}
