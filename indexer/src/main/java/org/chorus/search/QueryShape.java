package org.chorus.search;

import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Checks a query's shape against {@link QueryLimits} before it runs: nesting before parsing
 * (the parser recurses once per parenthesis), terms, phrases and expanding terms after.
 */
final class QueryShape {
  private QueryShape() {}

  /** Refuses text whose parentheses nest deeper than the limit; quotes and escapes are skipped. */
  static void checkDepth(String text, QueryLimits limits) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        if (++depth > limits.maxDepth()) {
          throw new QueryLimitException("query nests parentheses more than " + limits.maxDepth()
              + " deep");
        }
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
  }

  /** Refuses a parsed query with more terms, longer phrases or more expansions than allowed. */
  static void check(Query query, QueryLimits limits) {
    Counter counter = new Counter(limits);
    query.visit(counter);
  }

  private static final class Counter extends QueryVisitor {
    private final QueryLimits limits;
    private int terms;
    private int expanding;

    Counter(QueryLimits limits) {
      this.limits = limits;
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this;
    }

    @Override
    public void consumeTerms(Query query, Term... found) {
      int slop = query instanceof PhraseQuery p ? p.getSlop()
          : query instanceof MultiPhraseQuery m ? m.getSlop() : 0;
      if (found.length > limits.maxPhraseTerms()) {
        throw new QueryLimitException("a phrase has " + found.length + " terms; at most "
            + limits.maxPhraseTerms() + " (a Chinese word counts one per two characters)");
      }
      if (slop > limits.maxSlop()) {
        throw new QueryLimitException("phrase slop ~" + slop + " is above the limit of ~"
            + limits.maxSlop());
      }
      terms += found.length;
      requireAtMost(terms, limits.maxTerms(), () -> "terms");
    }

    @Override
    public void consumeTermsMatching(Query query, String field,
        Supplier<ByteRunAutomaton> automaton) {
      expanding++;
      requireAtMost(expanding, limits.maxExpanding(),
          () -> "wildcard, prefix, fuzzy or regular-expression terms");
      terms++;
      requireAtMost(terms, limits.maxTerms(), () -> "terms");
    }

    @Override
    public void visitLeaf(Query query) {
      terms++;
      requireAtMost(terms, limits.maxTerms(), () -> "terms");
    }

    private static void requireAtMost(int count, int max, Supplier<String> what) {
      if (count > max) {
        throw new QueryLimitException("the query has more than " + max + " " + what.get());
      }
    }
  }
}
