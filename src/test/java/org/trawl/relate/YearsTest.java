package org.trawl.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class YearsTest {

    @Test
    void findsYearsAndRanges() {
        assertEquals(List.of(2014), Years.in("In June 2014, Raqqa became the capital."));
        assertEquals(List.of(2007, 2008), Years.in("It was nearly defeated in 2007–8."));
        assertEquals(List.of(2005, 2010), Years.in("Banned in 2005, active again by 2010."));
        assertEquals(List.of(1990), Years.in("In the 1990s the group grew."));
    }

    @Test
    void ignoresNumbersThatAreNotYears() {
        assertEquals(List.of(), Years.in("About 2,613 armed groups and 15,000 alliances; 1.2019 and 9999."));
        assertEquals(List.of(), Years.in("It cost 3000 dollars."));
    }
}
