package dev.winnow.render;

import dev.winnow.Cleaned;
import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --html} review page: one self-contained file (inline CSS and JS, no network) that lists
 * the files, shows each changed file's text with the removed lines highlighted in place and the rule
 * id on each removed span ({@code <del class="drop" data-rule="news-en/ad-label">}), the per-rule
 * totals, and a filter by rule. Render each file's text with {@link #body} (on any thread), collect
 * them in order with {@link #add} and {@link #fail}, then write {@link #page}.
 */
public final class HtmlReport {
  private final List<Removal> files = new ArrayList<>();
  private final List<String> bodies = new ArrayList<>();
  private final List<String[]> failures = new ArrayList<>();
  private final Removal.Totals totals = new Removal.Totals();

  /**
   * The text of one document as HTML: kept lines as they are, each run of lines one rule removed in
   * a {@code del.drop} with a visible {@code span.rule-label}. Empty when nothing was removed.
   */
  public static String body(Cleaned cleaned) {
    if (!cleaned.changed()) {
      return "";
    }
    Document doc = cleaned.document();
    StringBuilder sb = new StringBuilder(doc.text().length() + 256);
    sb.append("<pre class=\"doc\">");
    int n = doc.size();
    int i = 0;
    while (i < n) {
      Verdict v = cleaned.verdict(i);
      if (v.isKeep()) {
        escape(sb, doc.line(i).text());
        sb.append('\n');
        i++;
        continue;
      }
      int j = i;
      while (j < n && cleaned.verdict(j).isDrop() && cleaned.verdict(j).ruleId().equals(v.ruleId())) {
        j++;
      }
      sb.append("<del class=\"drop\" data-rule=\"");
      escape(sb, v.ruleId());
      sb.append("\" data-lines=\"").append(j - i).append('"');
      if (v.reason() != null) {
        sb.append(" title=\"");
        escape(sb, v.reason());
        sb.append('"');
      }
      sb.append("><span class=\"rule-label\">");
      escape(sb, v.ruleId());
      sb.append("</span>");
      for (int k = i; k < j; k++) {
        escape(sb, doc.line(k).text());
        sb.append('\n');
      }
      sb.append("</del>");
      i = j;
    }
    return sb.append("</pre>\n").toString();
  }

  /** Adds a processed file with its {@link #body}. */
  public void add(Removal r, String body) {
    totals.add(r);
    files.add(r);
    bodies.add(body);
  }

  /** Adds an input that failed. */
  public void fail(String path, String message) {
    failures.add(new String[] {path, message});
  }

  /** The whole page. */
  public String page(String title) {
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n<title>");
    escape(sb, title);
    sb.append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>");
    escape(sb, title);
    sb.append("</h1>\n<p class=\"summary\">");
    sb.append(String.format(Locale.ROOT,
        "%d file%s, %d changed, %d kept whole, %d failed; %d lines and %d bytes removed (%.1f%%)",
        totals.files(), totals.files() == 1 ? "" : "s", totals.changedFiles(), totals.flaggedFiles(),
        failures.size(), totals.removedLines(), totals.removedBytes(), 100 * totals.share()));
    sb.append("</p>\n<p class=\"filter\"><label for=\"rule-filter\">Show rule</label> ")
        .append("<select id=\"rule-filter\"><option value=\"\">all rules</option>");
    for (String id : totals.ruleIds()) {
      sb.append("<option value=\"");
      escape(sb, id);
      sb.append("\">");
      escape(sb, id);
      sb.append("</option>");
    }
    sb.append("</select> <span id=\"shown\"></span></p>\n</header>\n");

    sb.append("<table id=\"rules\">\n<thead><tr><th>rule</th><th>files</th><th>lines</th>")
        .append("<th>bytes</th><th>share</th><th>highlighted</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Removal.Count> e : totals.rules().entrySet()) {
      sb.append("<tr data-rule=\"");
      escape(sb, e.getKey());
      sb.append("\"><td><code>");
      escape(sb, e.getKey());
      sb.append("</code></td><td class=\"files\">").append(totals.filesPerRule().get(e.getKey()))
          .append("</td><td class=\"lines\">").append(e.getValue().lines())
          .append("</td><td class=\"bytes\">").append(e.getValue().bytes())
          .append(String.format(Locale.ROOT, "</td><td class=\"share\">%.2f%%</td>",
              totals.bytes() == 0 ? 0.0 : 100.0 * e.getValue().bytes() / totals.bytes()))
          .append("<td class=\"count\"></td></tr>\n");
    }
    sb.append(String.format(Locale.ROOT,
        "<tr class=\"total\"><td>total</td><td>%d</td><td class=\"lines\">%d</td><td>%d</td>"
            + "<td>%.2f%%</td><td class=\"count\" id=\"total-count\"></td></tr>\n",
        totals.changedFiles(), totals.removedLines(), totals.removedBytes(), 100 * totals.share()));
    sb.append("</tbody>\n</table>\n");

    if (!failures.isEmpty()) {
      sb.append("<section class=\"failures\"><h2>Failed inputs</h2><ul>\n");
      for (String[] f : failures) {
        sb.append("<li><code>");
        escape(sb, f[0]);
        sb.append("</code>: ");
        escape(sb, f[1]);
        sb.append("</li>\n");
      }
      sb.append("</ul></section>\n");
    }

    sb.append("<main>\n");
    for (int k = 0; k < files.size(); k++) {
      Removal r = files.get(k);
      sb.append("<section class=\"file").append(r.changed() ? " changed" : " unchanged")
          .append("\" id=\"f").append(k + 1).append("\" data-rules=\"");
      escape(sb, String.join(" ", r.rules().keySet()));
      sb.append("\">\n<h2><a href=\"#f").append(k + 1).append("\">");
      escape(sb, r.name());
      sb.append("</a> <span class=\"meta\">");
      if (r.changed()) {
        sb.append(String.format(Locale.ROOT, "%d of %d lines, %d of %d bytes removed (%.1f%%)",
            r.removedLines(), r.lines(), r.removedBytes(), r.bytes(), 100 * r.share()));
      } else {
        sb.append("nothing removed");
      }
      sb.append("</span></h2>\n");
      if (r.flag() != null) {
        sb.append("<p class=\"flag\">");
        escape(sb, r.flag());
        sb.append("</p>\n");
      }
      sb.append(bodies.get(k)).append("</section>\n");
    }
    sb.append("</main>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** Appends text escaped for HTML content and attribute values; control characters become U+FFFD. */
  public static void escape(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c < 0xa0)) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
  }

  /** {@link #escape(StringBuilder, String)} into a new string. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    escape(sb, s);
    return sb.toString();
  }

  private static final String CSS = """
      body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 1100px; padding: 0 1rem 3rem; color: #1d1d1f; background: #fff; }
      header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ddd; padding: .5rem 0; z-index: 1; }
      h1 { font-size: 1.3rem; margin: .3rem 0; }
      h2 { font-size: 1rem; margin: 1.5rem 0 .4rem; word-break: break-all; }
      h2 a { color: inherit; }
      .summary, .filter { margin: .2rem 0; }
      .meta { font-weight: normal; color: #666; margin-left: .5rem; }
      table { border-collapse: collapse; margin: 1rem 0; }
      th, td { padding: .2rem .6rem; border-bottom: 1px solid #eee; text-align: right; }
      th:first-child, td:first-child { text-align: left; }
      tr.total td { font-weight: bold; border-top: 1px solid #ccc; }
      pre.doc { white-space: pre-wrap; word-wrap: break-word; font: 13px/1.5 ui-monospace, Menlo, Consolas, monospace; background: #fafafa; border: 1px solid #eee; padding: .6rem; margin: 0; }
      del.drop { display: block; text-decoration: line-through; text-decoration-color: rgba(160,0,0,.45); background: #fde2e2; color: #7a1f1f; border-left: 3px solid #d33; padding-left: .3rem; }
      del.drop.other { background: transparent; color: #999; border-left-color: #ccc; text-decoration-color: #ccc; }
      del.drop.other .rule-label { visibility: hidden; }
      .rule-label { float: right; text-decoration: none; display: inline-block; font: 11px/1.6 system-ui, sans-serif; background: #d33; color: #fff; border-radius: 3px; padding: 0 .4rem; margin-left: .5rem; }
      del.drop[data-rule="winnow/blank"] { border-left-color: #e9a0a0; }
      del.drop[data-rule="winnow/blank"] .rule-label { background: #c9a3a3; }
      .flag { background: #fff4d6; border: 1px solid #e6c35c; padding: .3rem .6rem; }
      .failures { color: #a00; }
      section.file.unchanged h2 { color: #777; }
      """;

  private static final String JS = """
      (function () {
        'use strict';
        var select = document.getElementById('rule-filter');
        var drops = Array.prototype.slice.call(document.querySelectorAll('del.drop'));
        var files = Array.prototype.slice.call(document.querySelectorAll('section.file'));
        var shown = document.getElementById('shown');
        function rulesOf(f) {
          var v = f.getAttribute('data-rules');
          return v ? v.split(' ') : [];
        }
        function apply() {
          var rule = select.value;
          var counts = {}, total = 0, visible = 0;
          drops.forEach(function (d) {
            var r = d.getAttribute('data-rule');
            var other = rule !== '' && r !== rule;
            d.classList.toggle('other', other);
            var n = parseInt(d.getAttribute('data-lines'), 10) || 0;
            counts[r] = (counts[r] || 0) + n;
            if (!other) { total += n; }
          });
          files.forEach(function (f) {
            var show = rule === '' || rulesOf(f).indexOf(rule) >= 0;
            f.hidden = !show;
            if (show) { visible++; }
          });
          Array.prototype.forEach.call(document.querySelectorAll('#rules tbody tr[data-rule]'), function (tr) {
            var r = tr.getAttribute('data-rule');
            tr.querySelector('.count').textContent = String(counts[r] || 0);
            tr.hidden = rule !== '' && r !== rule;
          });
          document.getElementById('total-count').textContent = String(total);
          shown.textContent = visible + ' of ' + files.length + ' files shown';
          document.body.setAttribute('data-filter', rule);
        }
        select.addEventListener('change', function () {
          var rule = select.value;
          history.replaceState(null, '', rule ? '#rule=' + encodeURIComponent(rule) : location.pathname);
          apply();
        });
        var m = /^#rule=(.+)$/.exec(location.hash);
        if (m) {
          var wanted = decodeURIComponent(m[1]);
          if (Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
            select.value = wanted;
          }
        }
        apply();
        document.body.setAttribute('data-ready', 'true');
      })();
      """;
}
