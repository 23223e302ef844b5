package fr.terrinclus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;

/** Says in French why a file operation failed: the JDK's reasons come from the system, in English. */
public final class IoMessages {
    /** The system's English reasons, as parts of its message, and what to say instead. */
    private static final Map<String, String> SYSTEM_REASONS = Map.of(
            "no space left", "disque plein",
            "read-only file system", "système de fichiers en lecture seule",
            "is a directory", "c'est un dossier",
            "file name too long", "nom de fichier trop long",
            "disk quota", "quota de disque dépassé",
            "device or resource busy", "dossier occupé, par exemple un point de montage",
            "cross-device", "le dossier est sur un autre disque que son dossier parent (point de montage)");
    private IoMessages() {
    }

    /** The reason, with the file it concerns when the system named one. */
    public static String french(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? " (" + fs.getFile() + ")" : "";
        if (e instanceof AccessDeniedException) {
            return "accès refusé" + file;
        }
        if (e instanceof NoSuchFileException) {
            return "fichier ou dossier introuvable" + file;
        }
        if (e instanceof FileAlreadyExistsException) {
            return "le fichier existe déjà" + file;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "dossier non vide" + file;
        }
        if (e instanceof NotDirectoryException) {
            return "ce n'est pas un dossier" + file;
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> known : SYSTEM_REASONS.entrySet()) {
            if (lower.contains(known.getKey())) {
                return known.getValue() + file;
            }
        }
        return (reason == null ? e.getClass().getSimpleName() : reason) + file;
    }
}
