package org.chorus.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.search.Query;
import org.chorus.accounts.AccountFingerprint;
import org.chorus.accounts.Fingerprints;
import org.chorus.accounts.GroupFingerprint;
import org.chorus.corpus.AccountRecord;
import org.chorus.dupes.Cluster;
import org.chorus.index.PostIndex;
import org.chorus.network.Communities;
import org.chorus.network.Network;
import org.chorus.network.NodeAttributes;
import org.chorus.search.PostFilter;

/**
 * Accounts as evidence: their users-file records and fingerprints, listed ({@link #list}), per
 * copy cluster ({@link #clusters}) and per network community ({@link #communities}). Obtained
 * from {@link Investigation#accounts()}; reads the index it was made from.
 */
public final class Accounts {
  private final PostIndex index;
  private final Map<String, AccountRecord> records;
  private final Function<String, String> screenNames;

  Accounts(PostIndex index, Map<String, AccountRecord> records,
      Function<String, String> screenNames) {
    this.index = index;
    this.records = records;
    this.screenNames = screenNames;
  }

  /** The accounts a request selects, with their attributes and signals. */
  public AccountsResult list(AccountsRequest request) throws IOException {
    PostFilter filter = request.filter();
    Fingerprints f = load(filter, null);
    Set<String> ids = new LinkedHashSet<>(f.accountsWithPosts());
    if (filter.isAll()) ids.addAll(records.keySet());
    List<AccountFingerprint> all = new ArrayList<>(ids.size());
    for (String id : ids) all.add(f.account(id));
    all.sort(order(request.sort()));
    return new AccountsResult(all.subList(0, Math.min(request.limit(), all.size())), all.size(),
        records.size(), f.accountsWithCreationDate());
  }

  /** Each cluster's fingerprint (by cluster id), over its accounts' posts {@code filter} selects. */
  public Map<Integer, GroupFingerprint> clusters(List<Cluster> clusters, PostFilter filter)
      throws IOException {
    Set<String> wanted = new HashSet<>();
    for (Cluster c : clusters) for (Cluster.Member m : c.members()) wanted.add(m.account());
    Fingerprints f = load(filter, wanted);
    Map<Integer, GroupFingerprint> out = new LinkedHashMap<>();
    for (Cluster c : clusters) {
      Set<String> members = new LinkedHashSet<>();
      for (Cluster.Member m : c.members()) members.add(m.account());
      out.put(c.id(), f.group(members));
    }
    return out;
  }

  /** The network's communities and their fingerprints, over the posts {@code filter} selects. */
  public CommunityFingerprints communities(Network network, PostFilter filter)
      throws IOException {
    Set<String> wanted = new HashSet<>();
    for (Network.Node n : network.nodes()) wanted.add(n.account());
    Fingerprints f = load(filter, wanted);
    List<CommunityFingerprints.Community> communities = new ArrayList<>();
    Map<String, AccountFingerprint> accounts = new LinkedHashMap<>();
    int id = 1;
    for (List<String> members : Communities.of(network)) {
      communities.add(new CommunityFingerprints.Community(id++, members, f.group(members)));
      for (String a : members) accounts.put(a, f.account(a));
    }
    return new CommunityFingerprints(communities, accounts);
  }

  /** Node attributes for GraphML, GEXF and CSV: each account's community and signals. */
  public static NodeAttributes nodeAttributes(CommunityFingerprints found) {
    List<NodeAttributes.Attribute> names = List.of(
        attr("community", NodeAttributes.Type.INT),
        attr("screen_name", NodeAttributes.Type.STRING),
        attr("followers", NodeAttributes.Type.LONG),
        attr("following", NodeAttributes.Type.LONG),
        attr("created", NodeAttributes.Type.STRING),
        attr("created_same_day", NodeAttributes.Type.INT),
        attr("created_day_z", NodeAttributes.Type.DOUBLE),
        attr("work_share", NodeAttributes.Type.DOUBLE),
        attr("utc_offset", NodeAttributes.Type.INT),
        attr("work_share_utc", NodeAttributes.Type.DOUBLE),
        attr("silence_days", NodeAttributes.Type.LONG),
        attr("reactivated", NodeAttributes.Type.BOOLEAN),
        attr("language_switches", NodeAttributes.Type.INT),
        attr("languages", NodeAttributes.Type.STRING),
        attr("digit_suffix", NodeAttributes.Type.BOOLEAN));
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (CommunityFingerprints.Community c : found.communities()) {
      for (String a : c.accounts()) {
        AccountFingerprint f = found.accounts().get(a);
        List<String> v = new ArrayList<>();
        v.add(Integer.toString(c.id()));
        v.add(f.screenName().name());
        v.add(text(f.followers()));
        v.add(text(f.following()));
        v.add(f.creation() == null ? null : f.creation().day().toString());
        v.add(f.creation() == null ? null : Integer.toString(f.creation().sameDay()));
        v.add(f.creation() == null ? null : number(f.creation().dayZ()));
        v.add(number(f.rhythm().workShare()));
        v.add(text(f.rhythm().offsetHours()));
        v.add(number(f.rhythm().workShareUtc()));
        v.add(Long.toString(f.dormancy().silenceDays()));
        v.add(Boolean.toString(f.dormancy().reactivated()));
        v.add(Integer.toString(f.languages().switches()));
        v.add(String.join(" ", f.languages().languages()));
        v.add(Boolean.toString(f.screenName().digitSuffix()));
        values.put(a, v);
      }
    }
    return new NodeAttributes(names, values);
  }

  private static NodeAttributes.Attribute attr(String name, NodeAttributes.Type type) {
    return new NodeAttributes.Attribute(name, type);
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  private static String number(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  private Fingerprints load(PostFilter filter, Set<String> wanted) throws IOException {
    Query query = filter.isAll() ? null : filter.toQuery();
    return Fingerprints.load(index.reader(), query, records,
        wanted == null ? null : wanted::contains, screenNames);
  }

  private static Comparator<AccountFingerprint> order(AccountsRequest.Sort sort) {
    Comparator<AccountFingerprint> byId = Comparator.comparing(AccountFingerprint::account);
    return switch (sort) {
      case POSTS -> Comparator.comparingLong(AccountFingerprint::posts).reversed().thenComparing(byId);
      case CREATED -> Comparator.comparing((AccountFingerprint f) ->
          f.creation() == null ? null : f.creation().day(),
          Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byId);
      case BURST -> descending(f -> f.creation() == null ? Double.NaN : f.creation().dayZ(), byId);
      case FOLLOWERS -> descending(f -> f.followers() == null ? Double.NaN : f.followers(), byId);
      case WORK -> descending(f -> f.rhythm().posts() == 0 ? Double.NaN : f.rhythm().workShare(),
          byId);
      case DORMANT -> descending(f -> f.dormancy().silenceDays(), byId);
      case SWITCHES -> descending(f -> f.languages().switches(), byId);
      case ACCOUNT -> byId;
    };
  }

  /** Largest first, NaN (unknown) last, then by id. */
  private static Comparator<AccountFingerprint> descending(
      ToDoubleFunction<AccountFingerprint> key, Comparator<AccountFingerprint> then) {
    return Comparator.<AccountFingerprint>comparingInt(f -> Double.isNaN(key.applyAsDouble(f)) ? 1 : 0)
        .thenComparing(Comparator.comparingDouble(key).reversed())
        .thenComparing(then);
  }
}
