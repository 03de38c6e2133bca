package dev.winnow.learn;

import dev.winnow.document.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Learns a corpus's recurring boilerplate in one streaming pass. Each line is reduced to a {@link
 * LineKey}, and each pair of consecutive lines to a pair key; keys are qualified by the document's
 * group and counted once per document in a bounded {@link CountTable}. Lines seen in enough documents
 * become candidates, for which (and only for which) a sample text, example documents, position and
 * the usual next line are remembered. {@link #finish} turns candidates into {@link Learned} rules.
 *
 * <p>Not thread-safe: feed it from one thread (digests may be made on others, see {@link Digest}).
 */
public final class Learner {
  /** Share of a line's documents in which its usual next line must follow it to form a run. */
  static final double RUN_SHARE = 0.8;
  private static final int EXAMPLES = 3;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\\s\"'”’»)\\]]*$");
  private static final Pattern BYLINE =
      Pattern.compile("^[^\\p{L}\\p{N}_]*(?:by|от|автор|автор[ыа]?:?|par|von|por)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A wire-service dateline: "LONDON (Reuters) -", "МОСКВА, 5 марта (РИА Новости) —", "PARIS, Jan 3 —". */
  private static final Pattern DATELINE = Pattern.compile(
      "^[^\\p{L}\\p{N}_]*\\p{Lu}[\\p{Lu}\\p{M}.'’ -]+(?:,[^()]{0,40}?)?\\s*(?:\\([^()]{2,40}\\)\\s*[-–—:]?|[-–—])\\s*$");

  /** Separators of one-line menus ("Home | World | Sport", "UK · World · Money"). */
  static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*");
  /** Salt of the keys of menu items, so they count apart from whole lines. */
  private static final long ITEM = 0x5EC7_0A11_17E4_5EEDL;
  /** Items a one-line menu needs (and that a learned menu rule asks a line to contain). */
  static final int MENU_ITEMS = 3;

  private final LearnConfig config;
  private final CountTable table;
  private final int maxCandidates;
  private final int detailAt;
  private final Map<Long, Candidate> candidates = new HashMap<>();
  private final Map<String, Integer> groupIds = new LinkedHashMap<>();
  private final List<GroupBy.Group> groups = new ArrayList<>();
  private int[] groupDocs = new int[16];
  private long documents;
  private long lines;
  private int candidateEvictions;
  private final DocSet docKeys = new DocSet();
  private final DocSet docPairs = new DocSet();

  /** A learner with the given knobs; its memory is fixed here, by {@link LearnConfig#memoryMb}. */
  public Learner(LearnConfig config) {
    this.config = config;
    long budget = config.memoryMb() * 1024L * 1024L;
    // filter 45%, table 35% (16 bytes a slot, doubled while pruning), candidates 20%
    this.table = new CountTable((int) Math.min(1 << 28, budget * 35 / 100 / 32), budget * 45 / 100);
    this.maxCandidates = (int) Math.max(1024, budget * 20 / 100 / Candidate.BYTES);
    this.detailAt = Math.max(2, Math.min(3, config.minDocs()));
  }

  /** The knobs. */
  public LearnConfig config() {
    return config;
  }

  /** Digests and adds one document; {@code relative} is its path below the named directory, or null. */
  public void add(Document doc, String relative) {
    add(config.groupBy().of(doc, relative), Digest.of(doc));
  }

  /** Adds one document's digest to its group. */
  public void add(GroupBy.Group group, Digest d) {
    Integer gi = groupIds.get(group.name());
    if (gi == null) {
      gi = groups.size();
      groupIds.put(group.name(), gi);
      groups.add(group);
      if (gi >= groupDocs.length) {
        groupDocs = java.util.Arrays.copyOf(groupDocs, groupDocs.length * 2);
      }
    }
    int g = gi;
    groupDocs[g]++;
    documents++;
    int n = d.size();
    lines += n;
    docKeys.clear();
    docPairs.clear();
    long prev = LineKey.NONE;
    for (int i = 0; i < n; i++) {
      long k = d.keys()[i];
      if (k == LineKey.NONE) {
        continue;
      }
      if (prev != LineKey.NONE) {
        long p = LineKey.pair(prev, k);
        if (docPairs.add(p)) {
          table.add(LineKey.inGroup(p, g));
        }
      }
      prev = k;
      if (!docKeys.add(k)) {
        continue;
      }
      if (d.texts()[i].indexOf('|') >= 0 || d.texts()[i].indexOf('·') >= 0 || d.texts()[i].indexOf('•') >= 0) {
        menuItems(d, i, g);
      }
      long qk = LineKey.inGroup(k, g);
      int c = table.add(qk);
      if (c >= detailAt) {
        Candidate cand = candidates.get(qk);
        if (cand == null) {
          if (candidates.size() >= maxCandidates) {
            evictCandidates();
          }
          cand = new Candidate(g, k, d.texts()[i].strip());
          candidates.put(qk, cand);
        }
        int j = i + 1;
        while (j < n && d.keys()[j] == LineKey.NONE) {
          j++;
        }
        long next = j < n ? d.keys()[j] : LineKey.NONE;
        int gap = j < n ? d.lines()[j] - d.lines()[i] : 0;
        cand.see(d.name(), d.texts()[i], next, gap, n <= 1 ? 0.5 : (double) i / (n - 1));
      }
    }
  }

  /** Counts the items of a one-line menu, so that a menu whose items vary is still learned. */
  private void menuItems(Digest d, int i, int g) {
    String[] items = MENU_SEPARATOR.split(d.texts()[i].strip());
    if (items.length < MENU_ITEMS) {
      return;
    }
    for (String item : items) {
      if (item.isBlank() || LineKey.tokens(item) > 4 || LineKey.of(item) == LineKey.NONE) {
        return;
      }
    }
    for (String item : items) {
      long k = LineKey.pair(ITEM, LineKey.of(item));
      if (!docKeys.add(k)) {
        continue;
      }
      long qk = LineKey.inGroup(k, g);
      if (table.add(qk) >= detailAt) {
        Candidate cand = candidates.get(qk);
        if (cand == null) {
          if (candidates.size() >= maxCandidates) {
            evictCandidates();
          }
          cand = new Candidate(g, k, item.strip());
          cand.item = true;
          candidates.put(qk, cand);
        }
        cand.see(d.name(), item, LineKey.NONE, 0, 0);
      }
    }
  }

  private void evictCandidates() {
    List<Map.Entry<Long, Candidate>> all = new ArrayList<>(candidates.entrySet());
    all.sort(Comparator.comparingInt(e -> table.count(e.getKey())));
    for (int i = 0; i < all.size() / 2; i++) {
      candidates.remove(all.get(i).getKey());
    }
    candidateEvictions++;
  }

  /** Documents added so far. */
  public long documents() {
    return documents;
  }

  /** Decides which candidates become rules, per group, and returns them with statistics. */
  public Learned finish() {
    // in how many groups each line recurs: a sentence recurring across many sources is a stock
    // phrase of news ("He declined to comment."), not a site's furniture
    Map<Long, Integer> spread = new HashMap<>();
    for (Map.Entry<Long, Candidate> e : candidates.entrySet()) {
      if (table.lower(e.getKey()) >= 2) {
        spread.merge(e.getValue().key, 1, Integer::sum);
      }
    }
    // eligible: enough documents and share for a label, not a dateline
    Map<Integer, Map<Long, Line>> eligible = new HashMap<>();
    Map<Integer, List<Learned.LearnedLine>> menus = new HashMap<>();
    for (Map.Entry<Long, Candidate> e : candidates.entrySet()) {
      Candidate c = e.getValue();
      int docs = table.lower(e.getKey());
      int total = groupDocs[c.group];
      double share = (double) docs / total;
      if (docs < config.minDocs() || share < config.minShare() || shape(c.text) == Shape.DATELINE) {
        continue;
      }
      if (c.item) {
        menus.computeIfAbsent(c.group, x -> new ArrayList<>()).add(new Line(c, docs, share).toLearned());
        continue;
      }
      eligible.computeIfAbsent(c.group, x -> new HashMap<>()).put(c.key, new Line(c, docs, share));
    }
    List<Learned.GroupRules> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      Map<Long, Line> el = eligible.getOrDefault(g, Map.of());
      // link each line to its usual next line when that follows it in most of its documents
      Map<Long, Long> nextOf = new HashMap<>();
      Map<Long, Long> prevOf = new HashMap<>();
      Map<Long, Integer> linkDocs = new HashMap<>();
      for (Line l : el.values()) {
        Line nx = el.get(l.c.next);
        if (nx == null || nx == l) {
          continue;
        }
        int both = table.lower(LineKey.inGroup(LineKey.pair(l.c.key, nx.c.key), g));
        if (both < RUN_SHARE * Math.min(l.docs, nx.docs) || both < config.minDocs()) {
          continue;
        }
        Long rival = prevOf.get(nx.c.key);
        if (rival != null && linkDocs.get(rival) >= both) {
          continue;
        }
        if (rival != null) {
          nextOf.remove(rival);
        }
        nextOf.put(l.c.key, nx.c.key);
        prevOf.put(nx.c.key, l.c.key);
        linkDocs.put(l.c.key, both);
      }
      // keep labels, lines in a run, and sentences frequent enough for a sentence
      Map<Long, Line> kept = new HashMap<>();
      for (Line l : el.values()) {
        boolean linked = nextOf.containsKey(l.c.key) || prevOf.containsKey(l.c.key);
        if (linked || shape(l.c.text) == Shape.LABEL) {
          kept.put(l.c.key, l);
          continue;
        }
        double need = Math.max(config.minShare(), config.sentenceShare());
        if (spread.getOrDefault(l.c.key, 0) >= LearnConfig.GENERIC_GROUPS) {
          need = Math.max(need, LearnConfig.GENERIC_SHARE);
        }
        if (l.share >= need) {
          kept.put(l.c.key, l);
        }
      }
      // runs: follow the links from lines that no kept line leads to
      List<Learned.Run> runs = new ArrayList<>();
      java.util.Set<Long> used = new java.util.HashSet<>();
      List<Line> starts = new ArrayList<>(kept.values());
      starts.sort(Comparator.comparing((Line l) -> l.c.text));
      for (Line l : starts) {
        Long p = prevOf.get(l.c.key);
        if (p != null && kept.containsKey(p)) {
          continue;
        }
        runs.add(run(l, kept, nextOf, used));
      }
      for (Line l : starts) { // lines on a cycle of links
        if (!used.contains(l.c.key)) {
          runs.add(run(l, kept, nextOf, used));
        }
      }
      runs.sort(Comparator.comparingLong(Learned.Run::impact).reversed()
          .thenComparing(r -> r.lines().get(0).text()));
      List<Learned.LearnedLine> menu = new ArrayList<>(menus.getOrDefault(g, List.of()));
      if (menu.size() < MENU_ITEMS) {
        menu.clear();
      }
      menu.sort(Comparator.comparingInt(Learned.LearnedLine::docs).reversed()
          .thenComparing(Learned.LearnedLine::text));
      if (!runs.isEmpty() || !menu.isEmpty()) {
        out.add(new Learned.GroupRules(groups.get(g), groupDocs[g], runs, menu));
      }
    }
    out.sort(Comparator.comparing(gr -> gr.group().name()));
    Learned.Stats stats = new Learned.Stats(documents, lines, groups.size(), table.size(),
        table.capacity(), table.floor(), table.prunes(), table.filterFalsePositiveRate(),
        candidates.size(), maxCandidates, candidateEvictions, table.bytes());
    return new Learned(config, out, stats);
  }

  private Learned.Run run(Line first, Map<Long, Line> kept, Map<Long, Long> nextOf, java.util.Set<Long> used) {
    List<Learned.LearnedLine> ls = new ArrayList<>();
    int span = 0;
    Line l = first;
    while (l != null && used.add(l.c.key)) {
      ls.add(l.toLearned());
      Long nx = nextOf.get(l.c.key);
      Line next = nx == null ? null : kept.get(nx);
      if (next != null && !used.contains(next.c.key)) {
        span += Math.max(1, l.c.maxGap);
      }
      l = next;
    }
    return new Learned.Run(ls, span + 1);
  }

  /** How a line reads: a short label, a sentence, or a wire dateline. */
  enum Shape { LABEL, SENTENCE, DATELINE }

  static Shape shape(String text) {
    String t = text.strip();
    if (DATELINE.matcher(t).matches()) {
      return Shape.DATELINE;
    }
    int words = LineKey.tokens(t);
    if (words >= 10 || (words >= 3 && SENTENCE_END.matcher(t).find()) || BYLINE.matcher(t).find()) {
      return Shape.SENTENCE;
    }
    return Shape.LABEL;
  }

  /** An eligible candidate with its final counts. */
  private record Line(Candidate c, int docs, double share) {
    Learned.LearnedLine toLearned() {
      return new Learned.LearnedLine(c.text, c.key, docs, share, c.varies, c.examples(),
          c.seen == 0 ? 0.5 : c.posSum / c.seen, LineKey.tokens(c.text));
    }
  }

  /** What is remembered of a line that recurs: only candidates have one. */
  static final class Candidate {
    /** A rough size in bytes, for the budget. */
    static final int BYTES = 256;
    final int group;
    final long key;
    final String text;
    boolean varies;
    boolean item;
    final String[] examples = new String[EXAMPLES];
    int seen;
    double posSum;
    long next;
    int votes;
    int maxGap;

    Candidate(int group, long key, String text) {
      this.group = group;
      this.key = key;
      this.text = text;
    }

    void see(String doc, String raw, long nextKey, int gap, double pos) {
      if (seen < EXAMPLES) {
        examples[seen] = doc;
      }
      seen++;
      posSum += pos;
      if (!varies && !raw.strip().equals(text)) {
        varies = true;
      }
      // Boyer-Moore majority vote for the usual next line
      if (nextKey == next) {
        votes++;
        maxGap = Math.max(maxGap, gap);
      } else if (votes == 0) {
        next = nextKey;
        votes = 1;
        maxGap = gap;
      } else {
        votes--;
      }
    }

    List<String> examples() {
      List<String> out = new ArrayList<>();
      for (String e : examples) {
        if (e != null) {
          out.add(e);
        }
      }
      return out;
    }
  }

  /** A set of longs for one document's keys, cleared between documents without reallocating. */
  static final class DocSet {
    private long[] keys = new long[256];
    private int[] stamp = new int[256];
    private int gen = 1;
    private int size;

    void clear() {
      gen++;
      size = 0;
      if (gen == Integer.MAX_VALUE) {
        java.util.Arrays.fill(stamp, 0);
        gen = 1;
      }
    }

    boolean add(long k) {
      if (size * 2 >= keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = (int) (k ^ (k >>> 32)) & mask;
      while (stamp[i] == gen) {
        if (keys[i] == k) {
          return false;
        }
        i = (i + 1) & mask;
      }
      stamp[i] = gen;
      keys[i] = k;
      size++;
      return true;
    }

    private void grow() {
      long[] ok = keys;
      int[] os = stamp;
      int og = gen;
      keys = new long[ok.length * 2];
      stamp = new int[ok.length * 2];
      gen = 1;
      size = 0;
      for (int i = 0; i < ok.length; i++) {
        if (os[i] == og) {
          add(ok[i]);
        }
      }
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Learner[%d docs, %d groups]", documents, groups.size());
  }
}
