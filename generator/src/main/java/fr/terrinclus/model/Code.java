package fr.terrinclus.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A value of one of the closed vocabularies of the content schemas. Content files write it as its
 * constant's name in lower case ({@code en_cours}), and so do templates and theme strings
 * ({@code statut.en_cours}): each vocabulary's {@code toString()} gives that code.
 */
public interface Code {
    /** The constant's name, as every enum has it. */
    String name();

    /** The value as content files write it. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant written {@code code} in content files, if {@code vocabulary} has one. */
    static <E extends Enum<E> & Code> Optional<E> find(Class<E> vocabulary, String code) {
        for (E value : vocabulary.getEnumConstants()) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
