package fr.terrinclus.model;

import fr.terrinclus.load.ContentKind;
import java.util.List;

/**
 * A guide: long-form practical knowledge.
 *
 * @param publisher the publishing partner's id, or null
 */
public record Guide(
        SourceText source,
        Metadata meta,
        String publisher,
        List<Approach> approaches,
        List<Audience> audiences,
        List<CycleStep> cycleSteps,
        List<String> keyPoints,
        List<String> relatedProjects,
        List<Attachment> documents) implements Entry {

    public Guide {
        approaches = List.copyOf(approaches);
        audiences = List.copyOf(audiences);
        cycleSteps = List.copyOf(cycleSteps);
        keyPoints = List.copyOf(keyPoints);
        relatedProjects = List.copyOf(relatedProjects);
        documents = List.copyOf(documents);
    }

    @Override
    public Guide withSource(SourceText other) {
        return new Guide(other, meta, publisher, approaches, audiences, cycleSteps, keyPoints, relatedProjects, documents);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.GUIDE;
    }
}
