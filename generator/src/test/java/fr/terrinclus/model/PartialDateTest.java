package fr.terrinclus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void acceptsYearMonthOrDay() {
        assertEquals("2015", PartialDate.parse("2015").orElseThrow().iso());
        assertEquals("2017-07", PartialDate.parse("2017-07").orElseThrow().iso());
        assertEquals("2024-02-29", PartialDate.parse("2024-02-29").orElseThrow().iso());
    }

    @Test
    void rejectsImpossibleDates() {
        assertTrue(PartialDate.parse("2023-02-29").isEmpty());
        assertTrue(PartialDate.parse("2023-13").isEmpty());
        assertTrue(PartialDate.parse("2023-00").isEmpty());
        assertTrue(PartialDate.parse("23-01-01").isEmpty());
    }
}
