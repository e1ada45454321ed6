package org.chorus.search;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the query parser: whatever is typed into a search box, it parses
 * or refuses with a {@link QuerySyntaxException} or {@link QueryLimitException}, never anything
 * else (a StackOverflowError, a Lucene exception, a hang).
 */
class QueryParserFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void anyTextParsesOrIsRefusedCleanly(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      PostQueryParser.parseQuery(text);
    } catch (QuerySyntaxException | QueryLimitException refused) {
      // the two answers a user may get
    }
  }
}
