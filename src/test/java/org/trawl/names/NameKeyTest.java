package org.trawl.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void transliterationVariantsShareAKey() {
        String key = NameKey.of("al-Qaeda");
        for (String v : new String[] {"al-Qa'ida", "al-Qa`ida", "al Qaeda", "Al-Qaida", "AL QA'IDA", "al-Qaida’s",
            "the al-Qaeda"}) {
            assertEquals(key, NameKey.of(v), v);
        }
        assertEquals(NameKey.of("Mohammed"), NameKey.of("Muhammad"));
        assertEquals(NameKey.of("Mevlüt Çavuşoğlu"), NameKey.of("Mevlut Cavusoglu"));
        assertEquals(NameKey.of("Raqqa"), NameKey.of("Raqqah"));
        assertEquals(NameKey.of("Fallujah"), NameKey.of("Falluja"));
        assertEquals("alah", NameKey.of("Allah"), "a short word keeps its final h");
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertNotEquals(NameKey.of("Hassan"), NameKey.of("Hussein"));
        assertNotEquals(NameKey.of("Abu Muhammad al-Adnani"), NameKey.of("Abu Muhammad al-Julani"));
        assertNotEquals(NameKey.of("ISIS"), NameKey.of("ISIL"));
    }

    @Test
    void plainFormKeepsVowels() {
        assertEquals("us", NameKey.plain("U.S."));
        assertEquals("anjem choudary", NameKey.plain("Anjem Choudary's"));
        assertEquals("", NameKey.plain("  "));
    }
}
