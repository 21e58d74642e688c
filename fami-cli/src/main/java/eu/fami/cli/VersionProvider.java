package eu.fami.cli;

import eu.fami.rules.Fami;
import picocli.CommandLine.IVersionProvider;

/** The version shown by {@code fami --version}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"fami " + Fami.version()};
  }
}
