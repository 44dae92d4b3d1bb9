package dev.pac.imports;

import dev.pac.actuals.Rejection;
import java.util.ArrayList;
import java.util.List;

/** The rows of one export that the import refuses, each with its line and why. */
record FileRejections(String file, List<Rejection> list) {
  FileRejections(String file) {
    this(file, new ArrayList<>());
  }

  void add(int line, String reason) {
    list.add(new Rejection(file, line, reason));
  }
}
