package org.trawl.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits a document text into sentence spans. Line breaks are judged first (a heading or a line that ends
 * a sentence is a boundary; a line wrapped mid-sentence, as PDF text often is, is not), then OpenNLP's
 * sentence detector splits each block, and splits it made after common abbreviations are undone.
 * Not thread-safe: one instance per thread.
 */
public final class SentenceSplitter {

    /** Lines shorter than this that do not end a sentence are taken as headings when the next starts a new one. */
    private static final int HEADING_MAX_CHARS = 80;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "rev.",
            "sen.", "rep.", "gov.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
            "oct.", "nov.", "dec.", "no.", "vol.", "pp.", "p.", "fig.", "vs.", "v.", "jr.", "sr.", "inc.",
            "ltd.", "co.", "corp.", "mt.", "ft.", "e.g.", "i.e.", "cf.", "al.", "approx.", "est.");

    private final SentenceDetectorME detector;

    public SentenceSplitter() {
        this.detector = new SentenceDetectorME(NlpModels.sentences());
    }

    /** Sentence spans, trimmed of surrounding whitespace, in document order. */
    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        for (Span block : blocks(text)) {
            Cancellation.checkpoint();
            List<Span> inBlock = new ArrayList<>();
            String blockText = text.substring(block.getStart(), block.getEnd());
            for (Span s : detector.sentPosDetect(blockText)) {
                inBlock.add(new Span(block.getStart() + s.getStart(), block.getStart() + s.getEnd()));
            }
            if (inBlock.isEmpty()) {
                inBlock.add(block);
            }
            out.addAll(mergeAbbreviationSplits(text, inBlock));
        }
        return out;
    }

    /** Groups lines into blocks that may hold several sentences but never straddle a boundary. */
    static List<Span> blocks(String text) {
        List<Span> blocks = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        int prevLineStart = -1;
        int prevLineEnd = -1;
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? n : nl;
            int s = pos;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                if (blockStart >= 0 && isBoundary(text, prevLineStart, prevLineEnd, s)) {
                    blocks.add(new Span(blockStart, blockEnd));
                    blockStart = -1;
                }
                if (blockStart < 0) {
                    blockStart = s;
                }
                blockEnd = e;
                prevLineStart = s;
                prevLineEnd = e;
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (blockStart >= 0) {
            blocks.add(new Span(blockStart, blockEnd));
        }
        return blocks;
    }

    private static boolean isBoundary(String text, int prevStart, int prevEnd, int nextStart) {
        char last = text.charAt(prevEnd - 1);
        char first = text.charAt(nextStart);
        if (isSentenceEnd(last)) {
            return true;
        }
        if (first == '•' || first == '*' || first == '-' || first == '–' || first == '·') {
            return true;
        }
        boolean nextStartsSentence = Character.isUpperCase(first) || Character.isDigit(first)
                || first == '"' || first == '“' || first == '‘' || first == '\'';
        return nextStartsSentence && prevEnd - prevStart <= HEADING_MAX_CHARS;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == '"' || c == '”' || c == '’'
                || c == ')' || c == '…';
    }

    private static List<Span> mergeAbbreviationSplits(String text, List<Span> spans) {
        if (spans.size() < 2) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.size());
        Span current = spans.get(0);
        for (int i = 1; i < spans.size(); i++) {
            Span next = spans.get(i);
            if (endsWithAbbreviation(text, current)) {
                current = new Span(current.getStart(), next.getEnd());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out;
    }

    private static boolean endsWithAbbreviation(String text, Span s) {
        int end = s.getEnd();
        int start = end;
        while (start > s.getStart() && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String lastWord = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        // single capital initials ("John F. Kennedy") also end in a period without ending the sentence
        return ABBREVIATIONS.contains(lastWord)
                || (lastWord.length() == 2 && Character.isLetter(lastWord.charAt(0)) && lastWord.charAt(1) == '.'
                    && Character.isUpperCase(text.charAt(start)));
    }
}
