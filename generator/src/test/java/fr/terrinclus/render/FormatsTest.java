package fr.terrinclus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.terrinclus.model.PartialDate;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Formats french = new Formats(Locale.FRANCE);

    private static PartialDate date(String iso) {
        return PartialDate.parse(iso).orElseThrow();
    }

    @Test
    void datesSayWhatIsKnownTheFrenchWay() {
        assertEquals("2015", french.date(date("2015")));
        assertEquals("juillet 2017", french.date(date("2017-07")));
        assertEquals("27 mars 2017", french.date(date("2017-03-27")));
        assertEquals("1er février 2026", french.date(date("2026-02-01")));
        assertEquals("1 February 2026", new Formats(Locale.UK).date(date("2026-02-01")));
    }

    @Test
    void amountsAndSizesUseTheLocale() {
        assertEquals("125 000,50 €", french.money(new BigDecimal("125000.50"), "EUR").replace('\u202F', ' ').replace('\u00A0', ' '));
        assertEquals("50 000 €", french.money(new BigDecimal("50000"), "EUR").replace('\u202F', ' ').replace('\u00A0', ' '));
        assertEquals("3 Ko", french.bytes(3072));
        assertEquals("1,5 Mo", french.bytes(1572864));
        assertEquals("512 o", french.bytes(512));
    }
}
