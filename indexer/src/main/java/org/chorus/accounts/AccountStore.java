package org.chorus.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chorus.corpus.AccountJson;
import org.chorus.corpus.AccountRecord;
import org.chorus.corpus.AtomicFile;

/**
 * The account records of an index, kept beside its Lucene files as {@code accounts.jsonl} (one
 * {@link AccountJson} line each) rather than as documents, so that no post query, count or facet
 * ever meets an account. Lucene leaves the file alone: it is not named like an index file.
 * Written whole or not at all.
 */
public final class AccountStore {
  /** The file's name inside the index folder. */
  public static final String FILE = "accounts.jsonl";

  private AccountStore() {}

  /** The records kept with the index in {@code indexDir}, by account id; empty when none. */
  public static Map<String, AccountRecord> read(Path indexDir) throws IOException {
    Path file = indexDir.resolve(FILE);
    Map<String, AccountRecord> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) return out;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long line = 0;
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        line++;
        if (s.isBlank()) continue;
        AccountRecord a = AccountJson.read(s, file.toString(), line);
        out.put(a.id(), a);
      }
    }
    return out;
  }

  /**
   * Adds {@code records} to those kept with the index, a record replacing an earlier one of the
   * same account, and writes the file atomically.
   *
   * @return how many accounts the index now keeps
   */
  public static int add(Path indexDir, Collection<AccountRecord> records) throws IOException {
    Map<String, AccountRecord> all = read(indexDir);
    for (AccountRecord a : records) all.put(a.id(), a);
    AtomicFile.write(indexDir.resolve(FILE), os -> {
      Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
      for (AccountRecord a : all.values()) {
        w.write(AccountJson.write(a));
        w.write('\n');
      }
      w.flush();
    });
    return all.size();
  }
}
