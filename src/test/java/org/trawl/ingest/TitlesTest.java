package org.trawl.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Titles of articles that have none in their metadata, on lines written for the test: a first line that
 * reads like a title is the title; a first line that is a paragraph gives its first sentence when short,
 * else its start cut at a clause or a word, never the file's name (which may be a hash).
 */
class TitlesTest {

    private static final String HASH_NAME = "000_3aa9db2ff154b606.txt";

    @Test
    void aHeadlineLineIsTheTitle() {
        assertEquals("Police question three men after the Luton arrests",
                Titles.choose(null, "Police question three men after the Luton arrests\n\nThe men were held.", HASH_NAME));
        assertEquals("From the metadata", Titles.choose(" From the metadata ", "Some text.", HASH_NAME));
    }

    @Test
    void aParagraphGivesItsShortFirstSentence() {
        assertEquals("Police arrested three men in Brussels on Tuesday",
                Titles.choose(null, "Police arrested three men in Brussels on Tuesday. They had travelled from Paris "
                        + "by train and were carrying false passports, the prosecutor said.", HASH_NAME));
        assertEquals("Mr. Basu spoke to reporters in London on Friday", Titles.choose(null,
                "Mr. Basu spoke to reporters in London on Friday. He said the investigation was continuing.", HASH_NAME));
    }

    @Test
    void aLongFirstSentenceIsCutAtAClauseOrAWord() {
        String first = "The attacks in the city on a summer night showed the reach of a network of recruiters, a group "
                + "with links to at least two of the three attackers: one a former bus driver and one a student.";
        String title = Titles.choose(null, first + "\nMore text follows.", HASH_NAME);
        assertEquals("The attacks in the city on a summer night showed the reach of a network of recruiters…", title);

        String noClause = "word ".repeat(60).strip() + ".";
        String cut = Titles.choose(null, noClause, HASH_NAME);
        assertTrue(cut.endsWith("…") && cut.length() <= Titles.MAX_CUT_CHARS + 1, cut);
        assertTrue(cut.matches("word( word)*…"), "cut between words: " + cut);
    }

    @Test
    void theFileNameOnlyWhenTheTextHasNoWords() {
        assertEquals("000_3aa9db2ff154b606", Titles.choose(null, "1234 5678\n---", HASH_NAME));
        assertEquals("scan", Titles.choose(null, "%%%", "archive.zip!/scans/scan.pdf"));
        assertTrue(!Titles.choose(null, "Anjem Choudary spoke in London at length about the group and its aims, "
                + "its members and their travels to Syria over several years.", HASH_NAME).contains("3aa9"));
    }
}
