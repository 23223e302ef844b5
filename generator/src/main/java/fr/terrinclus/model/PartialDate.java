package fr.terrinclus.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ("2015", "2017-07", "2017-03-27"): sources
 * often give no more than a month.
 *
 * @param month 1–12, or 0 when unknown
 * @param day   1–31, or 0 when unknown
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (month < 0 || month > 12 || day < 0 || day > 31 || day > 0 && month == 0) {
            throw new IllegalArgumentException("impossible date: " + year + "-" + month + "-" + day);
        }
    }

    /** Parses {@code text}; empty when it is not of the form or not a real date (2023-02-30). */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (month > 12 || m.group(2) != null && month == 0) {
            return Optional.empty();
        }
        if (day > 0 || m.group(3) != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new PartialDate(year, month, day));
    }

    /** The ISO form it was written in: "2017-07". */
    public String iso() {
        String s = String.format("%04d", year);
        if (month > 0) {
            s += String.format("-%02d", month);
        }
        if (day > 0) {
            s += String.format("-%02d", day);
        }
        return s;
    }

    /** The order of {@link #iso()}: a year before its months, a month before its days. */
    @Override
    public int compareTo(PartialDate o) {
        // listings sort thousands of entries by date on every change: no comparator built per call
        int c = Integer.compare(year(), o.year());
        if (c == 0) {
            c = Integer.compare(month(), o.month());
        }
        return c != 0 ? c : Integer.compare(day(), o.day());
    }
}
