package org.trawl.nlp.namefind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names shown for sanctions-list entries, which the lists write in capitals. */
class DisplayNamesTest {

    @Test
    void aMixedCaseSpellingOfTheSameNameIsPreferred() {
        assertEquals("Jabhat al-Nusra", DisplayNames.of("JABHAT AL-NUSRA",
                new LinkedHashSet<>(List.of("JABHAT AL-NUSRA", "Al-Nusrah Front", "Jabhat al-Nusra"))));
    }

    @Test
    void elseTheCapitalsAreTitleCasedKeepingSmallWordsSmall() {
        assertEquals("Islamic State of Iraq and the Levant", DisplayNames.of("ISLAMIC STATE OF IRAQ AND THE LEVANT",
                new LinkedHashSet<>(List.of("ISLAMIC STATE OF IRAQ AND THE LEVANT", "ISIL"))));
        assertEquals("Al-Qaida in the Arabian Peninsula (Aqap)", DisplayNames.titleCase("AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)"));
        assertEquals("Sean O'Brien", DisplayNames.titleCase("SEAN O'BRIEN"));
        assertEquals("The Base of Jihad", DisplayNames.titleCase("THE BASE OF JIHAD"), "a first word stays capitalised");
        assertEquals("Harakat ul-Mujahidin Hum", DisplayNames.titleCase("Harakat ul-Mujahidin HUM"),
                "words not in capitals stay as written");
    }
}
