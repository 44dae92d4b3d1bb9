package dev.pac.cli;

import dev.pac.i18n.Catalogue;
import dev.pac.i18n.Text;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * The one place that writes {@code pac: note: } and {@code pac: warning: } lines on stderr: the
 * prefixes stay English (scripts and CI logs grep them), the sentence after them is a {@link Text}
 * said in the run's language. Nothing else may print those prefixes, and nothing but a {@code Text}
 * can be handed to them.
 */
final class Notices {
  private final PrintWriter err;
  private final Catalogue catalogue;

  Notices(PrintWriter err, Catalogue catalogue) {
    this.err = err;
    this.catalogue = catalogue;
  }

  /** The notices of {@code pac}'s run, in its language. */
  static Notices of(Pac pac, PrintWriter err) {
    return new Notices(err, pac.catalogue());
  }

  /** Something worth knowing about the run that changes nothing of its result. */
  void note(Text text) {
    err.println("pac: note: " + catalogue.say(text));
  }

  /** Something probably wrong in the input that did not stop the run. */
  void warning(Text text) {
    err.println("pac: warning: " + catalogue.say(text));
  }

  /** {@link #warning} as a sink. */
  Consumer<Text> warnings() {
    return this::warning;
  }
}
