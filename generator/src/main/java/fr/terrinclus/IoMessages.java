package fr.terrinclus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Says in French why a file operation failed: the JDK's reasons come from the system, in English. */
public final class IoMessages {
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
        if (lower.contains("no space left")) {
            return "disque plein" + file;
        }
        if (lower.contains("read-only file system")) {
            return "système de fichiers en lecture seule" + file;
        }
        if (lower.contains("is a directory")) {
            return "c'est un dossier" + file;
        }
        if (lower.contains("file name too long")) {
            return "nom de fichier trop long" + file;
        }
        if (lower.contains("disk quota")) {
            return "quota de disque dépassé" + file;
        }
        if (lower.contains("device or resource busy")) {
            return "dossier occupé, par exemple un point de montage" + file;
        }
        if (lower.contains("cross-device") || lower.contains("invalid cross-device link")) {
            return "le dossier est sur un autre disque que son dossier parent (point de montage)" + file;
        }
        return (reason == null ? e.getClass().getSimpleName() : reason) + file;
    }
}
