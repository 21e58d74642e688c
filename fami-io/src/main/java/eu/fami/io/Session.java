package eu.fami.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import eu.fami.model.Amount;
import eu.fami.model.Cup;
import eu.fami.model.Period;
import eu.fami.model.Place;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.report.ImmutableViolation;
import eu.fami.model.report.Location;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The state of reading one input: the parser, the problems found, the positions recorded, and the
 * primitives the model readers are made of. Nothing here throws on bad input: a fatal problem (a
 * syntax error, a limit) is recorded and every later step answers "end", so that readers unwind
 * and build what they have read.
 *
 * <p>Object readers follow one pattern: {@link #startObject()}, then {@code for (String m; (m =
 * member(FIELDS)) != null; leave())} with a switch on the member's name and one value reader per
 * case. {@link #member} skips unknown and duplicate properties (reporting them) and records the
 * position of each value it returns.
 */
final class Session {
  /** Deepest nesting the model readers reach is 9 (a dataset's report breakdowns); room to spare. */
  private static final int MAX_STACK = 64;
  private static final int VALUE_CHARS = 50;
  private static final Pattern SOURCE_REF =
      Pattern.compile("\\[Source: [^;\\]]*(?:;[^;\\]]*)*?; line: (\\d+), column: (\\d+)\\]");

  final JsonParser p;
  final Utf8Input input;
  final ReadLimits limits;
  private final Severity unknownSeverity;
  private final NumberText num = new NumberText();
  private final boolean fastPositions;

  JsonToken tok;
  /** Reading stopped for good (syntax error, limit of the whole input). */
  boolean fatal;
  /** The current entity is abandoned (too many problems, too large); its rest is skipped. */
  boolean aborted;
  private boolean pushedBack;
  /** Inside a value being skipped: a fatal problem takes the parser's pointer. */
  private int skipping;
  /** The property or element being advanced to, for the pointer of a fatal problem. */
  private String advancingName;
  private int advancingIndex = -1;
  private boolean inMemberName;
  /** The index of the name {@link #nextMemberName(Fields)} just matched, or -1. */
  private int predicted = -1;
  /** Per {@link Fields}: the index of the property that followed each one last time. */
  private int[][] successors = new int[Fields.count() + 8][];
  private int[] lastIndex = new int[MAX_STACK];
  private String[] lastNames = new String[MAX_STACK];

  private List<Violation> problems = new ArrayList<>();
  private int entityProblems;
  private int entityValues;
  NodeTable nodes;
  private int[] stack = new int[MAX_STACK];
  private long[] seen = new long[MAX_STACK];
  int depth;

  private long entityStart;
  private long entityMax = Long.MAX_VALUE;

  // position of the current token, filled by position()
  int line;
  int col;
  long offset;

  Session(JsonParser p, Utf8Input input, ReadLimits limits, boolean unknownAsWarnings) {
    this.p = p;
    this.input = input;
    this.limits = limits;
    this.unknownSeverity = unknownAsWarnings ? Severity.WARNING : Severity.ERROR;
    this.fastPositions = p.getClass() == UTF8StreamJsonParser.class;
  }

  // ---------------------------------------------------------------- problems

  List<Violation> problems() {
    return problems;
  }

  /** Starts collecting problems into a new list; returns the previous one. */
  List<Violation> swapProblems(List<Violation> next) {
    List<Violation> old = problems;
    problems = next;
    return old;
  }

  /**
   * Reads one part of a dataset (the programme, a call, a project) with its own problem budget and
   * size limit ({@link ReadLimits#maxDocumentBytes()}); when the part is abandoned (too many
   * problems, too large), skips the rest of it. The parser is on the part's first token.
   */
  <T> T entity(Supplier<T> reader) {
    if (tok != JsonToken.START_OBJECT) {
      return reader.get();
    }
    int savedProblems = entityProblems;
    int savedValues = entityValues;
    long savedStart = entityStart;
    long savedMax = entityMax;
    int nesting = nesting();
    entityProblems = 0;
    entityValues = 0;
    position();
    entityStart = offset;
    entityMax = limits.maxDocumentBytes();
    T v = reader.get();
    if (aborted) {
      skipToEndOf(nesting);
    } else if (!fatal && tok == JsonToken.END_OBJECT) {
      position();
      if (offset - entityStart + 1 > entityMax) {
        limitExceeded("maxDocumentBytes", entityMax, currentPointer(), line, col);
      }
    }
    aborted = false;
    entityProblems = savedProblems;
    entityValues = savedValues;
    entityStart = savedStart;
    entityMax = savedMax;
    return v;
  }

  /** Starts counting problems and values afresh (a new part of a streamed dataset). */
  void resetProblemBudget() {
    entityProblems = 0;
    entityValues = 0;
    aborted = false;
  }

  void add(String rule, Severity severity, String pointer, int line, int column, String... args) {
    if (aborted && !RuleIds.IO_001.equals(rule)) {
      return;
    }
    ImmutableViolation.Builder b = Violation.builder()
        .rule(rule)
        .severity(severity)
        .location(Location.of(pointer, Math.max(line, 0), Math.max(column, 0)));
    for (int i = 0; i + 1 < args.length; i += 2) {
      b.putArguments(args[i], args[i + 1] == null ? "" : args[i + 1]);
    }
    problems.add(b.build());
    if (++entityProblems >= limits.maxProblems() && !aborted && !fatal) {
      problems.add(Violation.builder()
          .rule(RuleIds.IO_005)
          .severity(Severity.ERROR)
          .location(Location.of(pointer, Math.max(line, 0), Math.max(column, 0)))
          .putArguments("limit", "maxProblems")
          .putArguments("maximum", Integer.toString(limits.maxProblems()))
          .build());
      aborted = true;
    }
  }

  /**
   * A problem at the value being read (the top of the stack), with a {@code property} argument
   * naming the innermost member it belongs to (the list's name for a list element).
   */
  void atValue(String rule, String... args) {
    int node = stack[depth - 1];
    String pointer = currentPointer();
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "property";
    all[args.length + 1] = propertyOf(pointer);
    add(rule, Severity.ERROR, pointer, nodes.line(node), nodes.column(node), all);
  }

  /** The last member name in {@code pointer} ({@code /partners/2/role} gives {@code role}). */
  static String propertyOf(String pointer) {
    String[] segments = pointer.split("/", -1);
    for (int i = segments.length - 1; i > 0; i--) {
      String s = segments[i];
      if (s.isEmpty() || !s.chars().allMatch(Character::isDigit)) {
        return s.replace("~1", "/").replace("~0", "~");
      }
    }
    return "";
  }

  void limitExceeded(String limit, long maximum, String pointer, int line, int column) {
    add(RuleIds.IO_005, Severity.ERROR, pointer, line, column,
        "limit", limit, "maximum", Long.toString(maximum));
    aborted = true;
  }

  /** Records the exception that stopped reading. */
  void fail(Exception e) {
    fail(e, false);
  }

  /**
   * Records the exception that stopped reading; {@code valueAccess} when it came from reading the
   * current value's text (a limit there is placed at the value's start).
   */
  void fail(Exception e, boolean valueAccess) {
    if (fatal) {
      return;
    }
    if (e instanceof Utf8Input.SourceFailure) {
      throw new UncheckedIOException((IOException) e.getCause());
    }
    JsonLocation loc = e instanceof JsonProcessingException
        ? ((JsonProcessingException) e).getLocation() : null;
    if (valueAccess && e instanceof StreamConstraintsException) {
      loc = safeTokenLocation();
    }
    if (loc == null) {
      loc = safeCurrentLocation();
    }
    int l = loc == null ? 0 : loc.getLineNr();
    int c = loc == null ? 0 : loc.getColumnNr();
    if (loc != null && input != null) {
      c = input.column(loc.getByteOffset(), c);
    }
    String pointer;
    if (skipping > 0) {
      pointer = jacksonPointer();
    } else if (advancingName != null) {
      pointer = childPointer(advancingName);
    } else if (advancingIndex >= 0) {
      pointer = currentPointer() + "/" + advancingIndex;
    } else if (inMemberName && newMemberName() != null) {
      pointer = childPointer(newMemberName());
    } else {
      pointer = depth > 0 ? currentPointer() : nodes.prefix();
    }
    boolean wasAborted = aborted;
    aborted = false;
    fatal = true;
    if (e instanceof Utf8Input.LimitExceeded) {
      Utf8Input.LimitExceeded le = (Utf8Input.LimitExceeded) e;
      add(RuleIds.IO_005, Severity.ERROR, pointer, l, c,
          "limit", le.limit, "maximum", Long.toString(le.maximum));
    } else if (e instanceof StreamConstraintsException) {
      add(RuleIds.IO_005, Severity.ERROR, pointer, l, c,
          "limit", constraintName(e.getMessage()), "maximum", constraintValue(e.getMessage()));
    } else if (e instanceof JsonProcessingException && isDuplicate(e)) {
      add(RuleIds.IO_004, Severity.ERROR, pointer, l, c, "property", duplicateName(e));
    } else if (e instanceof JsonProcessingException || e instanceof CharConversionException) {
      add(RuleIds.IO_001, Severity.ERROR, pointer, l, c, "detail", detail(e));
    } else if (e instanceof IOException) {
      throw new UncheckedIOException((IOException) e);
    } else {
      add(RuleIds.IO_001, Severity.ERROR, pointer, l, c, "detail", "internal: " + detail(e));
    }
    aborted = wasAborted;
    tok = null;
  }

  private JsonLocation safeTokenLocation() {
    try {
      return p.currentTokenLocation();
    } catch (RuntimeException ex) {
      return null;
    }
  }

  private JsonLocation safeCurrentLocation() {
    try {
      return p.currentLocation();
    } catch (RuntimeException ex) {
      return null;
    }
  }

  /**
   * The name of a member the parser began while looking for the next one (it reads a scalar
   * value with its name), or null.
   */
  private String newMemberName() {
    try {
      String n = p.getParsingContext().getCurrentName();
      return n != null && n != lastNames[depth] && !n.equals(lastNames[depth]) ? n : null;
    } catch (RuntimeException ex) {
      return null;
    }
  }

  private String jacksonPointer() {
    try {
      return p.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException ex) {
      return "";
    }
  }

  private String limitMax(String limit) {
    switch (limit) {
      case "maxNestingDepth":
        return Integer.toString(limits.maxNestingDepth());
      case "maxStringLength":
        return Integer.toString(limits.maxStringLength());
      case "maxNameLength":
        return Integer.toString(limits.maxNameLength());
      case "maxNumberLength":
        return Integer.toString(limits.maxNumberLength());
      default:
        return "";
    }
  }

  private String constraintName(String message) {
    String m = message == null ? "" : message;
    if (m.contains("nesting depth")) {
      return "maxNestingDepth";
    } else if (m.contains("Name length") || m.contains("name length")) {
      return "maxNameLength";
    } else if (m.contains("Number value length") || m.contains("number value length")) {
      return "maxNumberLength";
    } else if (m.contains("String value length") || m.contains("string value length")) {
      return "maxStringLength";
    } else if (m.contains("Document length") || m.contains("document length")) {
      return "maxDatasetBytes";
    }
    return "inputLimit";
  }

  private String constraintValue(String message) {
    String limit = constraintName(message);
    String v = limitMax(limit);
    if (!v.isEmpty()) {
      return v;
    }
    return limit.equals("maxDatasetBytes") ? Long.toString(limits.maxDatasetBytes()) : "";
  }

  private static boolean isDuplicate(Exception e) {
    String m = ((JsonProcessingException) e).getOriginalMessage();
    return m != null && m.startsWith("Duplicate ");
  }

  private static String duplicateName(Exception e) {
    String m = ((JsonProcessingException) e).getOriginalMessage();
    int a = m.indexOf('\'');
    int b = m.lastIndexOf('\'');
    return a >= 0 && b > a ? m.substring(a + 1, b) : "";
  }

  static String detail(Exception e) {
    String m = e instanceof JsonProcessingException
        ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    m = SOURCE_REF.matcher(m).replaceAll("line $1, column $2");
    return m.length() > 200 ? m.substring(0, 200) + "..." : m;
  }

  static String truncate(String s) {
    if (s == null || s.length() <= VALUE_CHARS) {
      return s;
    }
    int cut = VALUE_CHARS;
    if (Character.isHighSurrogate(s.charAt(cut - 1))) {
      cut--;
    }
    return s.substring(0, cut) + "...";
  }

  // ---------------------------------------------------------------- tokens and positions

  JsonToken next() {
    if (fatal) {
      return null;
    }
    try {
      tok = p.nextToken();
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
    return tok;
  }

  /** Fills {@link #line}, {@link #col} and {@link #offset} for the current token. */
  void position() {
    if (fastPositions && tok != null && (tok.isScalarValue() || tok.isStructStart())) {
      // UTF8StreamJsonParser keeps a value token's start in fields ParserBase exposes: offset and
      // column one past (its currentTokenLocation() subtracts one); reading them saves allocating
      // a JsonLocation per value. The position tests pin this.
      ParserBase pb = (ParserBase) p;
      long bo = pb.getTokenCharacterOffset() - 1;
      int c = pb.getTokenColumnNr() - 1;
      offset = bo;
      line = pb.getTokenLineNr();
      col = input != null ? input.column(bo, c) : c;
      return;
    }
    JsonLocation l;
    try {
      l = p.currentTokenLocation();
    } catch (RuntimeException e) {
      line = 0;
      col = 0;
      return;
    }
    long bo = l.getByteOffset();
    offset = bo >= 0 ? bo : l.getCharOffset();
    line = l.getLineNr();
    int c = l.getColumnNr();
    col = input != null ? input.column(bo, c) : c;
  }

  /** Fills {@link #line} and {@link #col} with the position where the parser stands. */
  void endPosition() {
    JsonLocation l = safeCurrentLocation();
    line = l == null ? 1 : Math.max(1, l.getLineNr());
    int c = l == null ? 1 : Math.max(1, l.getColumnNr());
    col = l != null && input != null ? input.column(l.getByteOffset(), c) : c;
  }

  /** The pointer of the value on top of the stack. */
  String currentPointer() {
    return nodes.pointer(stack, 1, depth);
  }

  private String childPointer(String name) {
    StringBuilder sb = new StringBuilder(currentPointer()).append('/');
    NodeTable.escape(sb, name);
    return sb.toString();
  }

  /** Records the current token as the root value of the current table. */
  void root() {
    position();
    push(nodes.add(null, 0, line, col));
  }

  private void push(int node) {
    stack[depth++] = node;
  }

  /** Leaves the value entered by {@link #member} or {@link #element}. */
  void leave() {
    nodes.end(stack[--depth]);
  }

  /** Re-reads the current property name at the next {@link #member} call. */
  void pushBack() {
    pushedBack = true;
  }

  /** What {@link #enter} replaced. */
  static final class Frame {
    final NodeTable nodes;
    final int[] stack;
    final long[] seen;
    final String[] lastNames;
    final int[] lastIndex;
    final int depth;

    Frame(NodeTable nodes, int[] stack, long[] seen, String[] lastNames, int[] lastIndex,
        int depth) {
      this.nodes = nodes;
      this.stack = stack;
      this.seen = seen;
      this.lastNames = lastNames;
      this.lastIndex = lastIndex;
      this.depth = depth;
    }
  }

  private int[] spareStack;
  private long[] spareSeen;
  private String[] spareNames;
  private int[] spareIndex;

  /** Records into {@code table} from its root, for a part of a streamed dataset. */
  Frame enter(NodeTable table) {
    Frame f = new Frame(nodes, stack, seen, lastNames, lastIndex, depth);
    nodes = table;
    stack = spareStack != null ? spareStack : new int[MAX_STACK];
    seen = spareSeen != null ? spareSeen : new long[MAX_STACK];
    lastNames = spareNames != null ? spareNames : new String[MAX_STACK];
    lastIndex = spareIndex != null ? spareIndex : new int[MAX_STACK];
    spareStack = null;
    spareSeen = null;
    spareNames = null;
    spareIndex = null;
    depth = 0;
    return f;
  }

  /** Returns to the table that {@link #enter} replaced. */
  void exit(Frame f) {
    nodes.finish();
    spareStack = stack;
    spareSeen = seen;
    spareNames = lastNames;
    spareIndex = lastIndex;
    nodes = f.nodes;
    stack = f.stack;
    seen = f.seen;
    lastNames = f.lastNames;
    lastIndex = f.lastIndex;
    depth = f.depth;
  }

  // ---------------------------------------------------------------- structure

  /** Whether the current token starts an object; if not, reports it (IO-003) and skips it. */
  boolean startObject() {
    if (tok == JsonToken.START_OBJECT) {
      seen[depth] = 0;
      lastNames[depth] = null;
      lastIndex[depth] = -1;
      return true;
    }
    if (tok != null) {
      typeError(Expected.OBJECT);
    }
    return false;
  }

  /** Whether the current token starts an array; if not, reports it (IO-003) and skips it. */
  boolean startArray() {
    if (tok == JsonToken.START_ARRAY) {
      return true;
    }
    if (tok != null) {
      typeError(Expected.ARRAY);
    }
    return false;
  }

  /**
   * Advances to the next property name of an object with properties {@code f}, asking the parser
   * first for the name that followed the previous one last time (documents mostly keep one order);
   * null at the object's end. Sets {@link #predicted} to the name's index when the guess was right.
   */
  String nextMemberName(Fields f) {
    if (pushedBack || aborted || fatal) {
      return nextMemberName();
    }
    if (f.id >= successors.length) {
      successors = Arrays.copyOf(successors, f.id + 8);
    }
    int[] next = successors[f.id];
    if (next == null) {
      next = new int[f.size() + 1];
      for (int i = 0; i < next.length; i++) {
        next[i] = i;
      }
      successors[f.id] = next;
    }
    int guess = next[lastIndex[depth] + 1];
    if (guess >= f.size()) {
      return nextMemberName();
    }
    inMemberName = true;
    boolean hit;
    try {
      hit = p.nextFieldName(f.encoded(guess));
      tok = p.currentToken();
    } catch (IOException | RuntimeException e) {
      fail(e);
      return null;
    } finally {
      inMemberName = false;
    }
    if (tok != JsonToken.FIELD_NAME) {
      return null;
    }
    String name = hit ? f.name(guess) : currentName();
    predicted = hit ? guess : -1;
    lastNames[depth] = name;
    return name;
  }

  /** Advances to the next property name of the current object; null at its end. */
  String nextMemberName() {
    predicted = -1;
    if (pushedBack) {
      pushedBack = false;
      return currentName();
    }
    if (aborted || fatal) {
      return null;
    }
    inMemberName = true;
    JsonToken t = next();
    inMemberName = false;
    if (t != JsonToken.FIELD_NAME) {
      return null;
    }
    String name = currentName();
    lastNames[depth] = name;
    return name;
  }

  private String currentName() {
    try {
      return p.currentName();
    } catch (IOException e) {
      fail(e);
      return null;
    }
  }

  /**
   * Takes property {@code name} (current token) of an object with properties {@code f}: returns
   * the canonical name with the parser on its value, recorded and entered; or null when it was
   * unknown or a duplicate (reported and skipped).
   */
  String acceptMember(Fields f, String name) {
    int i = predicted >= 0 ? predicted : f.index(name);
    predicted = -1;
    if (i < 0) {
      position();
      add(RuleIds.IO_002, unknownSeverity, childPointer(name), line, col,
          "property", truncate(name));
      skipMemberValue();
      return null;
    }
    long bit = 1L << i;
    if ((seen[depth] & bit) != 0) {
      position();
      add(RuleIds.IO_004, Severity.ERROR, childPointer(name), line, col,
          "property", truncate(name));
      skipMemberValue();
      return null;
    }
    seen[depth] |= bit;
    int[] next = f.id < successors.length ? successors[f.id] : null;
    if (next != null) {
      next[lastIndex[depth] + 1] = i;
    }
    lastIndex[depth] = i;
    advancingName = name;
    JsonToken t = next();
    advancingName = null;
    if (t == null) {
      return null;
    }
    record(name, -1);
    return f.name(i);
  }

  /** Skips the current element and the rest of its array. */
  void skipRestOfArray() {
    skipping++;
    skipValue();
    while (!fatal && next() != JsonToken.END_ARRAY && tok != null) {
      skipValue();
    }
    skipping--;
  }

  /** Skips the value of the current property name. */
  void skipMemberValue() {
    skipping++;
    next();
    skipValue();
    skipping--;
  }

  /** The next known property of the current object (see {@link #acceptMember}); null at its end. */
  String member(Fields f) {
    String name;
    while ((name = nextMemberName(f)) != null) {
      String m = acceptMember(f, name);
      if (m != null) {
        return m;
      }
      if (fatal || aborted) {
        return null;
      }
    }
    return null;
  }

  /** Marks the property just read as seen, for a caller reading members by hand. */
  void markSeen(Fields f, String name) {
    seen[depth] |= 1L << f.index(name);
  }

  /** Advances to element {@code i} of the current array: a fatal problem there points at it. */
  JsonToken nextElement(int i) {
    advancingIndex = i;
    JsonToken t = next();
    advancingIndex = -1;
    return t;
  }

  /**
   * Advances to element {@code i} of the current array and enters it; false at the array's end. An
   * element past {@code max} is reported (IO-005 naming {@code limitName}) and the rest skipped.
   */
  boolean element(int i, long max, String limitName) {
    if (aborted || fatal) {
      return false;
    }
    JsonToken t = nextElement(i);
    if (t == null || t == JsonToken.END_ARRAY) {
      return false;
    }
    if (i >= max) {
      position();
      add(RuleIds.IO_005, Severity.ERROR, currentPointer() + "/" + i, line, col,
          "limit", limitName, "maximum", Long.toString(max));
      skipRestOfArray();
      return false;
    }
    record(null, i);
    return true;
  }

  private void record(String name, int index) {
    position();
    if (depth >= MAX_STACK) {
      throw new IllegalStateException("model nesting exceeded");
    }
    push(nodes.add(name, index, line, col));
    if (entityMax != Long.MAX_VALUE && offset - entityStart >= entityMax) {
      limitExceeded("maxDocumentBytes", entityMax, currentPointer(), line, col);
    } else if (++entityValues > limits.maxValues()) {
      limitExceeded("maxValues", limits.maxValues(), currentPointer(), line, col);
    }
  }

  /** Marks the current array element as not held by the model. */
  void dropElement() {
    nodes.drop(stack[depth - 1]);
  }

  /** Skips the current value (and everything inside it). */
  void skipValue() {
    if (tok == JsonToken.START_OBJECT || tok == JsonToken.START_ARRAY) {
      skipping++;
      int level = 1;
      while (level > 0) {
        JsonToken t = next();
        if (t == null) {
          break;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          level++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          level--;
        }
      }
      skipping--;
    }
  }

  /** Skips to the end of the object open at parser nesting depth {@code nesting}. */
  void skipToEndOf(int nesting) {
    skipping++;
    while (!fatal) {
      if (p.getParsingContext().getNestingDepth() < nesting) {
        break;
      }
      if (next() == null) {
        break;
      }
    }
    skipping--;
  }

  int nesting() {
    return p.getParsingContext().getNestingDepth();
  }

  /** Reports the current value as of the wrong type (IO-003), skips it, answers null. */
  <T> T typeError(Expected expected) {
    String value = describe();
    if (!fatal) {
      atValue(RuleIds.IO_003, expected.arguments(value));
      skipValue();
    }
    return null;
  }

  /** Reports the current (scalar) value as unparseable (IO-003), answers null. */
  <T> T valueError(Expected expected, String value) {
    atValue(RuleIds.IO_003, expected.arguments(truncate(value)));
    return null;
  }

  private String describe() {
    if (tok == null) {
      return "";
    }
    switch (tok) {
      case START_OBJECT:
        return "{...}";
      case START_ARRAY:
        return "[...]";
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return truncate(text());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return tok.asString() == null ? tok.name() : tok.asString();
    }
  }

  // ---------------------------------------------------------------- values

  String text() {
    try {
      return p.getText();
    } catch (IOException | RuntimeException e) {
      fail(e, true);
      return null;
    }
  }

  String string() {
    if (tok == JsonToken.VALUE_STRING) {
      return text();
    }
    return typeError(Expected.STRING);
  }

  Boolean bool() {
    if (tok == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (tok == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    return typeError(Expected.BOOLEAN);
  }

  LocalDate date() {
    if (tok != JsonToken.VALUE_STRING) {
      return typeError(Expected.DATE);
    }
    try {
      char[] buf = p.getTextCharacters();
      int off = p.getTextOffset();
      int len = p.getTextLength();
      LocalDate d = parseDate(buf, off, len);
      return d != null ? d : valueError(Expected.DATE, new String(buf, off, len));
    } catch (IOException | RuntimeException e) {
      fail(e, true);
      return null;
    }
  }

  /** The date written {@code yyyy-MM-dd} exactly, or null. */
  static LocalDate parseDate(String s) {
    return parseDate(s.toCharArray(), 0, s.length());
  }

  /** The date written {@code yyyy-MM-dd} exactly in {@code len} chars from {@code off}, or null. */
  static LocalDate parseDate(char[] s, int off, int len) {
    if (len != 10 || s[off + 4] != '-' || s[off + 7] != '-') {
      return null;
    }
    int y = digits(s, off, off + 4);
    int m = digits(s, off + 5, off + 7);
    int d = digits(s, off + 8, off + 10);
    if (y < 0 || m < 1 || m > 12 || d < 1) {
      return null;
    }
    int max;
    switch (m) {
      case 2:
        boolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        max = leap ? 29 : 28;
        break;
      case 4:
      case 6:
      case 9:
      case 11:
        max = 30;
        break;
      default:
        max = 31;
    }
    return d > max ? null : LocalDate.of(y, m, d);
  }

  private static int digits(char[] s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  <E extends Enum<E>> E enumValue(EnumTable<E> table) {
    if (tok != JsonToken.VALUE_STRING) {
      return typeError(table.expected);
    }
    try {
      char[] buf = p.getTextCharacters();
      int off = p.getTextOffset();
      int len = p.getTextLength();
      E e = table.get(buf, off, len);
      return e != null ? e : valueError(table.expected, new String(buf, off, len));
    } catch (IOException | RuntimeException e) {
      fail(e, true);
      return null;
    }
  }

  Period period() {
    if (tok != JsonToken.VALUE_STRING) {
      return typeError(EnumTable.PERIOD_EXPECTED);
    }
    String s = text();
    if (s == null) {
      return null;
    }
    return Period.fromCode(s).orElseGet(() -> valueError(EnumTable.PERIOD_EXPECTED, s));
  }

  Cup cup() {
    String s = string();
    return s == null ? null : Cup.of(s);
  }

  Place place() {
    String s = string();
    return s == null ? null : Place.of(s);
  }

  Quarter quarter() {
    String s = string();
    return s == null ? null : Quarter.of(s);
  }

  private boolean isNumber() {
    return tok == JsonToken.VALUE_NUMBER_INT || tok == JsonToken.VALUE_NUMBER_FLOAT;
  }

  /**
   * An exact decimal below 10^13 in absolute value, or null (FMT-004 above, IO-003 not a number,
   * IO-005 when it has more decimals than {@link ReadLimits#maxNumberLength()}: {@code 1E-100000000}
   * is short to write, but exact arithmetic on its 100,000,000 decimals is not cheap).
   */
  private BigDecimal decimal() {
    if (!isNumber()) {
      return typeError(Expected.NUMBER);
    }
    try {
      char[] buf = p.getTextCharacters();
      int off = p.getTextOffset();
      int len = p.getTextLength();
      BigDecimal quick = plainDecimal(buf, off, len);
      if (quick != null) {
        return quick;
      }
      num.analyse(buf, off, len);
      if (!num.zero && num.magnitude >= Amount.MAX_INTEGER_DIGITS) {
        atValue(RuleIds.FMT_004, "expected", "below 10^13", "value",
            truncate(new String(buf, off, len)));
        return null;
      }
      if (Math.abs(num.decimals) > limits.maxNumberLength()) {
        // a limit on one value names the value: only that value is absent (the facade validates
        // the rest, as after FAMI-IO-003), unlike a limit that stops reading or abandons a part
        atValue(RuleIds.IO_005, "limit", "maxNumberLength",
            "maximum", Integer.toString(limits.maxNumberLength()),
            "value", truncate(new String(buf, off, len)));
        return null;
      }
      try {
        return new BigDecimal(buf, off, len);
      } catch (NumberFormatException | ArithmeticException e) {
        atValue(RuleIds.FMT_004, "expected", "at most two decimals", "value",
            truncate(new String(buf, off, len)));
        return null;
      }
    } catch (IOException | RuntimeException e) {
      fail(e, true);
      return null;
    }
  }

  private static final long[] POW10 = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
    1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
    10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L,
    10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L
  };

  /**
   * The value of a number in plain notation with at most 18 digits that is below 10^13, built
   * without parsing twice; null for anything else (the general path decides).
   */
  static BigDecimal plainDecimal(char[] buf, int off, int len) {
    int i = off;
    int end = off + len;
    boolean minus = buf[i] == '-';
    if (minus) {
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = -1;
    for (; i < end; i++) {
      char c = buf[i];
      if (c >= '0' && c <= '9') {
        if (++digits > 18) {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return null;
      }
    }
    if (scale < 0) {
      scale = 0;
    }
    int bound = Amount.MAX_INTEGER_DIGITS + scale;
    if (bound <= 18 && unscaled >= POW10[bound]) {
      return null;
    }
    return BigDecimal.valueOf(minus ? -unscaled : unscaled, scale);
  }

  Amount amount() {
    BigDecimal d = decimal();
    return d == null ? null : Amount.of(d);
  }

  Rate rate() {
    BigDecimal d = decimal();
    return d == null ? null : Rate.of(d);
  }

  /** A count: an integer from 0 to 999,999,999 (FMT-004 outside, IO-003 when not an integer). */
  Long count() {
    if (!isNumber()) {
      return typeError(Expected.INTEGER);
    }
    try {
      char[] buf = p.getTextCharacters();
      int off = p.getTextOffset();
      int len = p.getTextLength();
      if (tok == JsonToken.VALUE_NUMBER_INT && len <= 10) {
        long v = 0;
        boolean minus = buf[off] == '-';
        for (int i = minus ? off + 1 : off; i < off + len; i++) {
          v = v * 10 + (buf[i] - '0');
        }
        if (minus && v != 0) {
          return countRange(new String(buf, off, len));
        }
        return v <= 999_999_999L ? Long.valueOf(v) : countRange(new String(buf, off, len));
      }
      num.analyse(buf, off, len);
      String text = new String(buf, off, len);
      if (!num.integral) {
        return valueError(Expected.INTEGER, text);
      }
      if (num.zero) {
        return 0L;
      }
      if (num.negative || num.magnitude >= 9) {
        return countRange(text);
      }
      return new BigDecimal(text).longValueExact();
    } catch (IOException | RuntimeException e) {
      fail(e, true);
      return null;
    }
  }

  private Long countRange(String text) {
    atValue(RuleIds.FMT_004, "expected", "0..999999999", "value", truncate(text));
    return null;
  }

  // ---------------------------------------------------------------- lists

  /** Reads the current array with {@code reader} per element, adding what it reads. */
  <T> void list(long max, String limitName, Supplier<T> reader, Consumer<? super T> add) {
    if (!startArray()) {
      return;
    }
    for (int i = 0; element(i, max, limitName); leave(), i++) {
      T v = reader.get();
      if (v == null) {
        dropElement();
      } else {
        add.accept(v);
      }
    }
  }

  /** Reads the current array with the default list limit. */
  <T> void list(Supplier<T> reader, Consumer<? super T> add) {
    list(limits.maxListSize(), "maxListSize", reader, add);
  }
}
