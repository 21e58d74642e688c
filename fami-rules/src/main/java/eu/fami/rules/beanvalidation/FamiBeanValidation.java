package eu.fami.rules.beanvalidation;

import eu.fami.model.Call;
import eu.fami.rules.Fami;
import eu.fami.rules.Messages;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The configuration {@link ValidFamiProject} uses: the validator (catalogues, rules, selection),
 * the call projects are checked against, and the locale of messages. Set once at start-up, before
 * validation begins; it is immutable once set, and a second {@link #configure} is refused, so that
 * tests and requests cannot change it under each other's feet.
 *
 * <pre>{@code FamiBeanValidation.configure(Fami.defaults(), call, Locale.ITALIAN);}</pre>
 */
public final class FamiBeanValidation {
  private static final AtomicReference<Settings> SETTINGS = new AtomicReference<>();

  private FamiBeanValidation() {}

  /** What {@link ValidFamiProject} validates with. */
  public static final class Settings {
    private final Fami fami;
    private final Call call;
    private final Locale locale;

    private Settings(Fami fami, Call call, Locale locale) {
      this.fami = Objects.requireNonNull(fami, "fami");
      this.call = call;
      this.locale = Messages.supported(Objects.requireNonNull(locale, "locale"));
    }

    /** The validator. */
    public Fami fami() {
      return fami;
    }

    /** The call projects are checked against; null when none. */
    public Call call() {
      return call;
    }

    /** The locale of messages (Italian or English). */
    public Locale locale() {
      return locale;
    }
  }

  /**
   * Sets the configuration once.
   *
   * @param call the call projects answer, or null to skip the call rules
   * @throws IllegalStateException when already configured
   */
  public static void configure(Fami fami, Call call, Locale locale) {
    if (!SETTINGS.compareAndSet(null, new Settings(fami, call, locale))) {
      throw new IllegalStateException("FamiBeanValidation is already configured");
    }
  }

  /** The configuration in force: the one set, or the defaults (no call, the default locale). */
  public static Settings settings() {
    Settings s = SETTINGS.get();
    return s != null ? s : Defaults.SETTINGS;
  }

  private static final class Defaults {
    static final Settings SETTINGS = new Settings(Fami.defaults(), null, Locale.getDefault());
  }
}
