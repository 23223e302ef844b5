package fr.terrinclus.render;

import fr.terrinclus.model.PartialDate;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** Formats dates, amounts, counts and file sizes the way readers of {@code locale} write them. */
public final class Formats {
    private final Locale locale;

    public Formats(Locale locale) {
        this.locale = locale;
    }

    /** "27 mars 2017", "juillet 2017" or "2015", depending on what is known. */
    public String date(PartialDate date) {
        if (date == null) {
            return "";
        }
        if (date.day() > 0) {
            // French writes the first day of a month as an ordinal: « 1er mars »
            String pattern = date.day() == 1 && locale.getLanguage().equals("fr") ? "'1er' MMMM uuuu" : "d MMMM uuuu";
            return LocalDate.of(date.year(), date.month(), date.day()).format(DateTimeFormatter.ofPattern(pattern, locale));
        }
        if (date.month() > 0) {
            return YearMonth.of(date.year(), date.month()).format(DateTimeFormatter.ofPattern("MMMM uuuu", locale));
        }
        return String.valueOf(date.year());
    }

    /** "50 000 €". */
    public String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        if (amount.stripTrailingZeros().scale() <= 0) {
            format.setMaximumFractionDigits(0);
        }
        return format.format(amount);
    }

    /** "12 345". */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** "245 Ko", "1,2 Mo": the size stated next to a download (RGAA 6.1). */
    public String bytes(long size) {
        if (size < 0) {
            return "";
        }
        NumberFormat one = NumberFormat.getNumberInstance(locale);
        one.setMaximumFractionDigits(1);
        if (size < 1024) {
            return size + " o";
        }
        if (size < 1024 * 1024) {
            return one.format(Math.max(1, Math.round(size / 1024.0))) + " Ko";
        }
        return one.format(size / (1024.0 * 1024.0)) + " Mo";
    }
}
