package dev.pac.imports;

import dev.pac.actuals.Rejection;
import dev.pac.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/** The rows of one export that the import refuses, each with its line and why. */
record FileRejections(String file, List<Rejection> list) {
  FileRejections(String file) {
    this(file, new ArrayList<>());
  }

  void add(int line, Text reason) {
    list.add(Rejection.of(file, line, reason));
  }
}
