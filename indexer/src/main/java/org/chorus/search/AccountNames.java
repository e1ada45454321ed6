package org.chorus.search;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.chorus.index.PostIndex;
import org.chorus.index.Schema;

/** What to call an account in a table: its screen name where a post of it says, else its id. */
public final class AccountNames {
  private AccountNames() {}

  public static String displayName(PostIndex index, String accountId) throws IOException {
    String name = screenName(index, accountId);
    return name == null ? accountId : name;
  }

  /** The screen name a post of the account gives, or null when none does or it has no posts. */
  public static String screenName(PostIndex index, String accountId) throws IOException {
    TopDocs top = index.searcher().search(new TermQuery(new Term(Schema.ACCOUNT, accountId)), 1);
    if (top.scoreDocs.length == 0) return null;
    String name = index.get(top.scoreDocs[0].doc).post().account().screenName();
    return name == null || name.isBlank() ? null : name;
  }
}
