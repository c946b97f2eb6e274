package org.trawl.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CSV cells that a spreadsheet would run as formulas are neutralised (OWASP, CSV injection). */
class CsvWriterTest {

    @Test
    void formulaCellsGetALeadingQuoteAndNumbersStayNumbers() {
        assertEquals("'@SUM(1+1)", CsvWriter.neutralise("@SUM(1+1)"));
        assertEquals("'=HYPERLINK(\"http://x\")", CsvWriter.neutralise("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1+cmd", CsvWriter.neutralise("+1+cmd"));
        assertEquals("'-2+3", CsvWriter.neutralise("-2+3"));
        assertEquals("'\tdata", CsvWriter.neutralise("\tdata"));
        assertEquals("'\rdata", CsvWriter.neutralise("\rdata"));
        assertEquals("-3", CsvWriter.neutralise("-3"));
        assertEquals("0.25", CsvWriter.neutralise("0.25"));
        assertEquals("Anjem Choudary", CsvWriter.neutralise("Anjem Choudary"));
        assertEquals("", CsvWriter.neutralise(""));
    }
}
