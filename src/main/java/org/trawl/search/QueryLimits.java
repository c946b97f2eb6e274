package org.trawl.search;

import java.time.Duration;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.RegExp;
import org.trawl.store.QuerySyntaxException;

/**
 * The bounds on what one search may cost, so that no query (typed by the analyst, or sent to the local web
 * server by a page the analyst merely visits) can keep the index busy: a regular expression may be at
 * most {@value #MAX_REGEXP_CHARS} characters and compile to about {@value #MAX_REGEXP_STATES} automaton
 * states (so {@code /.{0,65535}/} is refused before any work is done), a fuzzy term needs its first
 * character right and at most {@value #MAX_FUZZY_CHARS} characters, a query has at most
 * {@link IndexSearcher#getMaxClauseCount()} term clauses, and the search itself stops after
 * {@link #SEARCH_TIMEOUT}. A query over a bound fails with a {@link QuerySyntaxException} (a 400 on the
 * web) that says which bound.
 */
final class QueryLimits {

    static final int MAX_REGEXP_CHARS = 200;
    static final long MAX_REGEXP_STATES = 5_000;
    static final int MAX_FUZZY_CHARS = 40;
    /** How long the matching of one search may run before it is abandoned. */
    static final Duration SEARCH_TIMEOUT = Duration.ofMillis(1_000);

    private QueryLimits() {
    }

    /** A query parser over {@code fields} that refuses over-costly regular expressions and fuzzy terms. */
    static MultiFieldQueryParser parser(String[] fields, org.apache.lucene.analysis.Analyzer analyzer,
                                        java.util.Map<String, Float> boosts) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, boosts) {
            @Override
            protected Query newRegexpQuery(Term regexp) {
                checkRegexp(regexp.text());
                return super.newRegexpQuery(regexp);
            }

            @Override
            protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
                if (term.text().length() > MAX_FUZZY_CHARS) {
                    throw new QuerySyntaxException("fuzzy term '" + shorten(term.text()) + "~' is too long (more than "
                            + MAX_FUZZY_CHARS + " characters)");
                }
                return super.newFuzzyQuery(term, minimumSimilarity, Math.max(1, prefixLength));
            }
        };
        parser.setFuzzyPrefixLength(1);
        parser.setDeterminizeWorkLimit((int) MAX_REGEXP_STATES * 2);
        return parser;
    }

    static void checkRegexp(String regexp) {
        if (regexp.length() > MAX_REGEXP_CHARS) {
            throw new QuerySyntaxException("regular expression /" + shorten(regexp) + "/ is too long (more than "
                    + MAX_REGEXP_CHARS + " characters)");
        }
        RegExp parsed;
        try {
            parsed = new RegExp(regexp); // parses only; the automaton is built later, within the bound
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("cannot parse regular expression /" + shorten(regexp) + "/: " + e.getMessage());
        }
        if (states(parsed) > MAX_REGEXP_STATES) {
            throw new QuerySyntaxException("regular expression /" + shorten(regexp) + "/ is too costly (repetitions "
                    + "such as {0,65535} build an automaton of more than " + MAX_REGEXP_STATES
                    + " states); use a shorter bound");
        }
    }

    /** An upper estimate of the number of automaton states a regular expression builds, capped. */
    static long states(RegExp r) {
        long cap = MAX_REGEXP_STATES * 1_000;
        if (r == null) {
            return 0;
        }
        long n = switch (r.kind) {
            case REGEXP_UNION, REGEXP_CONCATENATION -> states(r.exp1) + states(r.exp2);
            case REGEXP_INTERSECTION -> states(r.exp1) * Math.max(1, states(r.exp2));
            case REGEXP_OPTIONAL, REGEXP_REPEAT -> states(r.exp1) + 1;
            case REGEXP_REPEAT_MIN -> states(r.exp1) * (Math.max(0, r.min) + 1L);
            case REGEXP_REPEAT_MINMAX -> states(r.exp1) * (Math.max(r.min, r.max) + 1L);
            // a complement needs the automaton determinized: count it as large as its input squared
            case REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT -> states(r.exp1) * states(r.exp1) + 1;
            case REGEXP_STRING -> r.s == null ? 1 : r.s.length() + 1L;
            case REGEXP_INTERVAL -> 4L * Math.max(String.valueOf(r.max).length(), r.digits) + 1;
            default -> 2;
        };
        return Math.min(n, cap);
    }

    /** Refuses a query with more term clauses than a search may have. */
    static void checkClauses(String query, Query parsed) {
        int[] leaves = {0};
        parsed.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                leaves[0] += Math.max(1, terms.length);
            }

            @Override
            public void visitLeaf(Query q) {
                leaves[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        int max = IndexSearcher.getMaxClauseCount();
        if (leaves[0] > max) {
            throw new QuerySyntaxException(String.format(java.util.Locale.ROOT,
                    "query '%s' is too long: %,d term clauses over title and text, at most %,d", shorten(query),
                    leaves[0], max));
        }
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
