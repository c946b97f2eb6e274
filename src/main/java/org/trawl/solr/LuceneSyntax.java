package org.trawl.solr;

import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.trawl.store.QuerySyntaxException;

/**
 * Writes a search query, as trawl's own query parser built it (the words already analysed, every clause on
 * title and text with its boost), in the Lucene syntax that Solr's standard query parser reads back to the
 * same query: so both backends match and score a search alike, and a query is checked (its syntax, its
 * cost) the same way before it reaches the cluster.
 */
final class LuceneSyntax {

    private LuceneSyntax() {
    }

    static String write(Query q) {
        StringBuilder out = new StringBuilder();
        write(q, out);
        return out.toString();
    }

    private static void write(Query q, StringBuilder out) {
        switch (q) {
            case MatchAllDocsQuery m -> out.append("*:*");
            case MatchNoDocsQuery m -> out.append("-*:*");
            case TermQuery t -> term(t.getTerm(), out);
            case BoostQuery b -> {
                out.append('(');
                write(b.getQuery(), out);
                out.append(")^").append(String.format(Locale.ROOT, "%s", b.getBoost()));
            }
            case BooleanQuery b -> bool(b, out);
            case PhraseQuery p -> {
                Term[] terms = p.getTerms();
                out.append(terms.length == 0 ? "text" : terms[0].field()).append(":\"");
                for (int i = 0; i < terms.length; i++) {
                    out.append(i == 0 ? "" : " ").append(terms[i].text().replace("\\", "\\\\").replace("\"", "\\\""));
                }
                out.append('"');
                if (p.getSlop() != 0) {
                    out.append('~').append(p.getSlop());
                }
            }
            case PrefixQuery p -> out.append(p.getField()).append(':')
                    .append(ClientUtils.escapeQueryChars(p.getPrefix().text())).append('*');
            case WildcardQuery w -> out.append(w.getField()).append(':').append(wildcard(w.getTerm().text()));
            case FuzzyQuery f -> {
                term(f.getTerm(), out);
                out.append('~').append(f.getMaxEdits());
            }
            case RegexpQuery r -> out.append(r.getField()).append(":/")
                    .append(r.getRegexp().text().replace("/", "\\/")).append('/');
            case TermRangeQuery r -> {
                out.append(r.getField()).append(':').append(r.includesLower() ? '[' : '{')
                        .append(r.getLowerTerm() == null ? "*" : quoted(r.getLowerTerm().utf8ToString()))
                        .append(" TO ")
                        .append(r.getUpperTerm() == null ? "*" : quoted(r.getUpperTerm().utf8ToString()))
                        .append(r.includesUpper() ? ']' : '}');
            }
            default -> throw new QuerySyntaxException("query '" + q + "' uses a form the Solr store cannot run");
        }
    }

    private static void bool(BooleanQuery b, StringBuilder out) {
        out.append('(');
        boolean first = true;
        for (BooleanClause c : b.clauses()) {
            out.append(first ? "" : " ");
            first = false;
            switch (c.occur()) {
                case MUST, FILTER -> out.append('+');
                case MUST_NOT -> out.append('-');
                case SHOULD -> { }
            }
            write(c.query(), out);
        }
        if (first) {
            out.append("-*:*");
        }
        out.append(')');
        if (b.getMinimumNumberShouldMatch() > 0) {
            out.append('~').append(b.getMinimumNumberShouldMatch());
        }
    }

    private static void term(Term t, StringBuilder out) {
        out.append(t.field()).append(':').append(ClientUtils.escapeQueryChars(t.text()));
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A wildcard pattern with every special character escaped but its * and ?. */
    private static String wildcard(String pattern) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                b.append(ClientUtils.escapeQueryChars(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*' || c == '?') {
                b.append(c);
            } else {
                b.append(ClientUtils.escapeQueryChars(String.valueOf(c)));
            }
        }
        return b.toString();
    }
}
