/**
 * Stage 1, load: reads the content folder into {@link fr.terrinclus.load.LoadedContent}: strict UTF-8, front matter split from the body, YAML parsed with the position of every key and value. The only package that reads content files; the YAML reader is shared with validation.
 */
package fr.terrinclus.load;
