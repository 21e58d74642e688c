package eu.fami.io;

import eu.fami.model.Dataset;
import eu.fami.model.Project;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A dataset of {@code n} projects generated as a stream, never held whole: the header and the
 * programme and calls of the example dataset, then copies of the Com.In.5 project in canonical
 * form with codes {@code PROG-000000}, {@code PROG-000001}...
 */
final class GeneratedDataset extends InputStream {
  static final String CODE_PLACEHOLDER = "\"PROG-COMIN5\"";

  private final byte[] head;
  private final byte[] before;
  private final byte[] after;
  private final byte[] tail;
  private final int n;
  private int index = -1;
  private byte[] current;
  private int pos;
  private long total;

  GeneratedDataset(int n) {
    this.n = n;
    FamiJson json = FamiJson.defaults();
    Dataset example = json.read(Examples.bytes("dataset-formazione-linguistica.json"))
        .document(Dataset.class).orElseThrow();
    Project project = json.read(Examples.bytes("project-com-in-5.json"))
        .document(Project.class).orElseThrow();
    Dataset one = Dataset.builder().from(example).projects(java.util.List.of(
        Project.builder().from(project).period(null).programme(null).build())).build();
    String text = json.writeString(one);
    int start = text.indexOf("\"projects\": [") + "\"projects\": [".length();
    int end = text.lastIndexOf(']');
    String projectText = text.substring(start, end);
    int code = projectText.indexOf(CODE_PLACEHOLDER);
    this.head = text.substring(0, start).getBytes(StandardCharsets.UTF_8);
    this.before = projectText.substring(0, code).getBytes(StandardCharsets.UTF_8);
    this.after = projectText.substring(code + CODE_PLACEHOLDER.length())
        .getBytes(StandardCharsets.UTF_8);
    this.tail = text.substring(end).getBytes(StandardCharsets.UTF_8);
    this.current = head;
  }

  /** The code of project {@code i}. */
  static String code(int i) {
    return String.format("PROG-%06d", i);
  }

  /** Bytes handed out so far. */
  long total() {
    return total;
  }

  private boolean advance() {
    if (index >= n) {
      return false;
    }
    index++;
    if (index == n) {
      current = tail;
    } else {
      String code = (index > 0 ? "," : "") + new String(before, StandardCharsets.UTF_8)
          + "\"" + code(index) + "\"" + new String(after, StandardCharsets.UTF_8);
      current = code.getBytes(StandardCharsets.UTF_8);
    }
    pos = 0;
    return true;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    while (pos >= current.length) {
      if (!advance()) {
        return -1;
      }
    }
    int k = Math.min(len, current.length - pos);
    System.arraycopy(current, pos, b, off, k);
    pos += k;
    total += k;
    return k;
  }
}
