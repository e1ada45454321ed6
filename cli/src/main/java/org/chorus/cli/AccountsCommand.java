package org.chorus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chorus.accounts.AccountFingerprint;
import org.chorus.app.AccountsRequest;
import org.chorus.app.AccountsResult;
import org.chorus.app.Investigation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus accounts}: accounts with their users-file attributes and fingerprints. */
@Command(name = "accounts", mixinStandardHelpOptions = true,
    description = "List accounts with their attributes (from a users file given to chorus index)"
        + " and signals: working-week share and implied UTC offset, creation-date burst, longest"
        + " silence and reactivation, language switches, digit-suffixed screen names.")
public final class AccountsCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  Path index;

  @Mixin QueryOption selection;
  @Mixin JsonOption json;

  @Option(names = "--sort", defaultValue = "posts",
      paramLabel = "posts|created|burst|followers|work|dormant|switches|account",
      description = "Order (default: ${DEFAULT-VALUE}); unknown values go last.")
  String sort;

  @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
      description = "Most accounts listed (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws IOException {
    AccountsRequest request = Requests.check(() -> new AccountsRequest(selection.filter(),
        AccountsRequest.Sort.parse(sort), limit));
    AccountsResult result;
    try (Investigation investigation = Requests.open(index)) {
      result = investigation.accounts().list(request);
    }
    PrintStream out = System.out;
    if (json.json) {
      for (AccountFingerprint f : result.accounts()) {
        JsonLines.print(out, FingerprintLines.AccountLine.of(f));
      }
      return ExitCode.OK;
    }
    Table table = new Table("account", "name", "posts", "followers", "following", "created",
        "work week", "silence", "languages", "digits").alignRight(2, 3, 4, 7).maxWidth(60);
    for (AccountFingerprint f : result.accounts()) {
      table.row(f.account(), f.screenName().name() == null ? "?" : f.screenName().name(),
          Table.count(f.posts()), f.followers() == null ? "?" : Table.count(f.followers()),
          f.following() == null ? "?" : Table.count(f.following()),
          FingerprintLines.creation(f.creation()), FingerprintLines.work(f.rhythm()),
          f.dormancy().resumed() == null ? "-" : f.dormancy().silenceDays() + "d"
              + (f.dormancy().reactivated() ? " react." : ""),
          f.languages().describe().isEmpty() ? "-" : f.languages().describe(),
          f.screenName().digitSuffix() ? f.screenName().trailingDigits() + "" : "");
    }
    table.print(out);
    out.printf(Locale.ROOT, "%,d accounts (%,d shown); %,d with a users-file record; %,d of the"
            + " dataset with a known creation date%n", result.total(), result.accounts().size(),
        result.records(), result.withCreationDate());
    if (result.records() == 0) {
      out.println("note: no users file was indexed: followers, following and creation dates"
          + " (except those Twitter snowflake ids carry) are unknown (?)");
    }
    return ExitCode.OK;
  }
}
