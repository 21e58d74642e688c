package eu.fami.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The top level: every command is listed and reachable, whichever is given to picocli. */
class FamiCliTest {
  @Test
  void theHelpListsEveryCommand() {
    Cli cli = Cli.run("--help");

    assertThat(cli.out).contains("validate", "rules", "catalogue", "schema", "export", "generate");
  }

  @Test
  void anUnknownCommandIsAUsageErrorThatSuggestsAKnownOne() {
    Cli cli = Cli.run("validat", "x.json");

    assertThat(cli.code).isEqualTo(FamiCli.USAGE);
    assertThat(cli.err).contains("fami validate");
  }

  @ParameterizedTest(name = "fami {0} --help")
  @ValueSource(strings = {"validate", "rules", "catalogue", "schema", "export", "generate"})
  void eachCommandHasItsOwnHelp(String command) {
    Cli cli = Cli.run(command, "--help");

    assertThat(cli.code).as(cli.toString()).isZero();
    assertThat(cli.out).startsWith("Usage: fami " + command);
  }
}
