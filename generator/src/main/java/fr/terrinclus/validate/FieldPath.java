package fr.terrinclus.validate;

/** Writes a JSON Pointer the way an editor reads a field: {@code /changements/acteurs/0/nom} → « changements.acteurs[1].nom ». */
final class FieldPath {
    private FieldPath() {
    }

    static String describe(String pointer) {
        if (pointer.isEmpty()) {
            return "l'en-tête";
        }
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                out.append('[').append(Integer.parseInt(name) + 1).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }

    /** The pointer of the member {@code name} of the object at {@code pointer}. */
    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }
}
