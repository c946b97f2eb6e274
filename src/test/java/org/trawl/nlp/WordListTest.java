package org.trawl.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trawl.nlp.namefind.NameLexicon;

/** The one reader of trawl's word lists and small tables: comments, blank lines, line numbers, columns. */
class WordListTest {

    private static WordList list(String text) throws IOException {
        return WordList.read("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void leavesOutBlankAndCommentLinesAndKeepsLineNumbers() throws IOException {
        WordList l = list("# a comment\n\nSheikh\n  # indented comment\n   \n Général \nGen\tx\n");
        assertEquals(List.of(new WordList.Line(3, "Sheikh"), new WordList.Line(6, " Général "),
                new WordList.Line(7, "Gen\tx")), l.lines());
        assertEquals(Set.of("Sheikh", "Général", "Gen\tx"), l.words());
    }

    @Test
    void splitsTableLinesAndNamesTheLineThatIsWrong() throws IOException {
        WordList t = list("type\tsource\n# note\nLEADS\tP\nMEMBER_OF\n");
        assertArrayEquals(new String[] {"LEADS", "P"}, t.fields(t.lines().get(1), 2));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> t.fields(t.lines().get(2), 2));
        assertEquals("test.tsv line 4: expected 2 columns", e.getMessage());
        assertEquals("test.tsv line 3: unknown type X", t.problem(t.lines().get(1), "unknown type X"));
    }

    @Test
    void readsBundledListsBesideTheirClassAndRefusesAMissingOne() {
        assertTrue(WordList.bundled(NameLexicon.class, "titles.txt").words().contains("sheikh"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordList.bundled(NameLexicon.class, "no-such-list.txt"));
        assertTrue(e.getMessage().contains("missing word list no-such-list.txt"), e.getMessage());
    }

    @Test
    void readsListsOfTheModelsFolder() throws IOException {
        assertTrue(ModelFiles.bundled().wordList("gazetteers/common-words.txt").words().contains("the"));
    }
}
