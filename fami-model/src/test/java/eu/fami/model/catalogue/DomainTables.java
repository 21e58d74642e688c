package eu.fami.model.catalogue;

import static java.util.stream.Collectors.toList;

import eu.fami.model.TargetGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of DOMAIN.md that the catalogue must hold, parsed from the verbatim copies in {@code
 * src/test/resources/domain/}. Each method returns codes as the catalogue spells them.
 */
final class DomainTables {
  private static final Pattern LETTER = Pattern.compile("(?:\\*\\*: |; )\\(([a-z])\\) ");
  private static final Pattern ANNEX_VI_ITEM = Pattern.compile("(\\d{3}) (.*?)(?=; \\d{3} |\\.$)");

  private DomainTables() {}

  /** Specific objectives of Art 3(2): {@code OS1} -> letter {@code a}. */
  static Map<String, String> objectives() {
    Map<String, String> result = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^\\| (\\d) \\(([a-d])\\) \\|").matcher(read("objectives.md"));
    while (m.find()) {
      result.put("OS" + m.group(1), m.group(2));
    }
    return result;
  }

  /** Annex II measures per objective: {@code OS2} -> [2.a, 2.b, 2.c, 2.d]. */
  static Map<String, List<String>> annexII() {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (String line : lines("annex-ii.md")) {
      Matcher so = Pattern.compile("^- \\*\\*SO(\\d)\\*\\*").matcher(line);
      if (so.find()) {
        result.put("OS" + so.group(1), letters(line, so.group(1) + "."));
      }
    }
    return result;
  }

  /**
   * Annex III scopes per point, as codes: point 1 -> [H.a..H.h], point k+1 -> [k.a, ...] (the
   * objective-numbered spelling of published calls).
   */
  static Map<Integer, List<String>> annexIII() {
    Map<Integer, List<String>> result = new LinkedHashMap<>();
    for (String line : lines("annex-iii.md")) {
      Matcher point = Pattern.compile("^- \\*\\*Point (\\d)").matcher(line);
      if (point.find()) {
        int p = Integer.parseInt(point.group(1));
        result.put(p, letters(line, p == 1 ? "H." : (p - 1) + "."));
      }
    }
    return result;
  }

  /** Annex VI block headings: {@code II} -> {@code Legal migration and integration}. */
  static Map<String, String> annexVIBlockHeadings() {
    Map<String, String> result = new LinkedHashMap<>();
    Matcher m = Pattern.compile("\"([IV]+)\\. ([^\"]+)\"")
        .matcher(String.join(" ", annexVIItems()));
    while (m.find()) {
      result.put(m.group(1), m.group(2));
    }
    return result;
  }

  /**
   * Annex VI items by table name ({@code I}..{@code V} for the blocks of table 1, {@code Table 2}
   * to {@code Table 4}): code -> verbatim English label.
   */
  static Map<String, Map<String, String>> annexVI() {
    Map<String, Map<String, String>> result = new LinkedHashMap<>();
    for (String item : annexVIItems()) {
      Matcher head = Pattern.compile("^([IV]+|Table \\d): (.*)$").matcher(item);
      if (head.find()) {
        Map<String, String> codes = new LinkedHashMap<>();
        Matcher m = ANNEX_VI_ITEM.matcher(head.group(2));
        while (m.find()) {
          codes.put(m.group(1), m.group(2));
        }
        result.put(head.group(1), codes);
      }
    }
    return result;
  }

  /** Annex VIII indicators per objective, as ids: {@code OS2} -> [O.2.1, ..., R.2.11]. */
  static Map<String, List<String>> annexVIII() {
    Map<String, List<String>> result = new LinkedHashMap<>();
    Pattern bold = Pattern.compile("\\*\\*(\\d+(?:\\.\\d+)?)\\*\\*");
    Pattern plain = Pattern.compile("(?:outputs |Results |; |\\()(\\d+(?:\\.\\d+)?) ");
    String so = null;
    for (String line : lines("annex-viii.md")) {
      Matcher head = Pattern.compile("^- \\*\\*SO(\\d)").matcher(line);
      if (head.find()) {
        so = head.group(1);
        result.put("OS" + so, new ArrayList<>());
      }
      if (so == null) {
        continue;
      }
      if (line.contains("Output indicators:") || line.contains("Result indicators:")) {
        ids(bold, line, line.contains("Output") ? "O." : "R.", so, result);
      } else if (line.contains(": outputs ")) {
        int results = line.indexOf("Results ");
        ids(plain, line.substring(0, results), "O.", so, result);
        ids(plain, line.substring(results), "R.", so, result);
      }
    }
    return result;
  }

  /** PN OS2 actions with their Annex II measure: {@code b} -> {@code 2.d}. */
  static Map<String, String> os2Actions() {
    String bullet = joined("pn-actions.md", "- PN OS2 national actions");
    Matcher range = Pattern.compile("Actions ([a-z])-([a-z]) fall under measure (\\d\\.[a-d])")
        .matcher(bullet);
    if (!range.find()) {
      throw new IllegalStateException("no default measure in " + bullet);
    }
    Map<String, String> result = new LinkedHashMap<>();
    Matcher letter = Pattern.compile("(?:: |; )([a-q]) (.*?)(?=; |\\. |$)").matcher(bullet);
    while (letter.find()) {
      Matcher measure = Pattern.compile("\\(measure (\\d\\.[a-d])\\)").matcher(letter.group(2));
      result.put(letter.group(1), measure.find() ? measure.group(1) : range.group(3));
    }
    return result;
  }

  /** PN actions listed as {@code - x) ...} under the heading starting {@code heading}. */
  static List<String> listedActions(String heading) {
    List<String> all = lines("pn-actions.md");
    int start = all.indexOf(all.stream().filter(l -> l.startsWith(heading)).findFirst()
        .orElseThrow());
    List<String> result = new ArrayList<>();
    for (String line : all.subList(start + 1, all.size())) {
      Matcher m = Pattern.compile("^- ([a-z])\\) ").matcher(line);
      if (!m.find()) {
        break;
      }
      result.add(m.group(1));
    }
    return result;
  }

  /** The target groups each objective serves (DOMAIN.md 0b). */
  static Map<String, Set<TargetGroup>> targetGroups() {
    Map<String, Set<TargetGroup>> result = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^\\| (OS\\d|TA) \\| ([^|]+) \\|$")
        .matcher(read("target-groups.md"));
    while (m.find()) {
      Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
      Arrays.stream(m.group(2).split(", ")).map(String::trim).map(TargetGroup::valueOf)
          .forEach(groups::add);
      result.put(m.group(1), groups);
    }
    return result;
  }

  /** 2014-2020 national objectives seen, as {@code OS2/ON3}. */
  static Set<String> nationalObjectives2014() {
    String text = read("national-objectives-2014.md");
    Set<String> result = new LinkedHashSet<>();
    Matcher underOs2 = Pattern.compile("\\bON(\\d) = ").matcher(text);
    while (underOs2.find()) {
      result.add("OS2/ON" + underOs2.group(1));
    }
    Matcher pair = Pattern.compile("\\bOS(\\d)[/-]ON(\\d)").matcher(text);
    while (pair.find()) {
      result.add("OS" + pair.group(1) + "/ON" + pair.group(2));
    }
    return result;
  }

  /** 2014-2020 national objective names under OS2 and whether they are verified: ON2 -> true. */
  static Map<String, Boolean> nationalObjectiveNamesVerified2014() {
    Map<String, Boolean> result = new LinkedHashMap<>();
    for (String line : lines("national-objectives-2014.md")) {
      Matcher m = Pattern.compile("\\bON(\\d) = \"([^\"]+)\"").matcher(line);
      while (m.find()) {
        result.put("ON" + m.group(1) + "=" + m.group(2), line.contains("[V]"));
      }
    }
    return result;
  }

  private static void ids(Pattern p, String text, String kind, String so,
      Map<String, List<String>> into) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      into.get("OS" + so).add(kind + so + "." + m.group(1));
    }
  }

  private static List<String> letters(String line, String prefix) {
    List<String> codes = new ArrayList<>();
    Matcher m = LETTER.matcher(line);
    while (m.find()) {
      codes.add(prefix + m.group(1));
    }
    return codes;
  }

  /** The items of the Annex VI bullet, continuation lines joined. */
  private static List<String> annexVIItems() {
    List<String> items = new ArrayList<>();
    for (String line : lines("annex-vi.md")) {
      if (line.startsWith("  - ")) {
        items.add(line.substring(4));
      } else if (line.startsWith("    ") && !items.isEmpty()) {
        items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.trim());
      }
    }
    return items;
  }

  /** The bullet starting {@code start}, continuation lines joined. */
  private static String joined(String file, String start) {
    StringBuilder text = new StringBuilder();
    for (String line : lines(file)) {
      if (line.startsWith(start) || text.length() > 0 && line.startsWith("  ")) {
        text.append(text.length() > 0 ? " " : "").append(line.trim());
      } else if (text.length() > 0) {
        break;
      }
    }
    return text.toString();
  }

  private static List<String> lines(String file) {
    return read(file).lines().collect(toList());
  }

  private static String read(String file) {
    try (InputStream in = DomainTables.class.getResourceAsStream("/domain/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource domain/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
