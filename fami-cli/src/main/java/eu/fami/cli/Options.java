package eu.fami.cli;

import eu.fami.rules.Messages;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Options shared by the commands that print messages. */
@Command(addMethodSubcommands = false)
final class Options {
  @Option(
      names = "--lang",
      paramLabel = "it|en",
      description = "Language of messages (default: it when the system locale is Italian, else en).")
  String lang;

  /** The locale of messages. */
  Locale locale() {
    if (lang == null) {
      return Messages.supported(Locale.getDefault());
    }
    switch (lang) {
      case "it":
        return Messages.ITALIAN;
      case "en":
        return Messages.ENGLISH;
      default:
        throw new UsageException("--lang must be it or en, not " + lang);
    }
  }
}
