package fr.terrinclus.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {
    private final ReferenceData data = ReferenceData.load();

    @Test
    void holdsThe101DepartmentsAndNoOverseasCollectivity() {
        assertEquals(101, data.departmentCodes().size());
        assertTrue(data.department("2A").isPresent());
        assertTrue(data.department("974").isPresent());
        assertTrue(data.department("975").isEmpty());
        assertEquals("Département de la Seine-Maritime", data.department("76").orElseThrow().authorityName());
        assertEquals("Département des Yvelines", data.department("78").orElseThrow().authorityName());
        assertEquals("Département de l'Ain", data.department("01").orElseThrow().authorityName());
    }

    @Test
    void countriesHaveFrenchNames() {
        assertEquals("Sénégal", data.country("SN").orElseThrow().name());
        assertEquals("Norvège", data.country("NO").orElseThrow().name());
    }

    @Test
    void everySdgBadgeTextMeetsAaContrast() {
        assertEquals(17, data.sdgs().size());
        for (Sdg sdg : data.sdgs()) {
            double ratio = Contrast.ratio(sdg.color(), sdg.textColor());
            assertTrue(ratio >= 4.5, sdg.label() + " : " + ratio);
        }
    }
}
