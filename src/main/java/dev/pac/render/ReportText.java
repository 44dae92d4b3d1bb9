package dev.pac.render;

import dev.pac.render.ReportDoc.Block;
import dev.pac.render.ReportDoc.Cell;
import dev.pac.render.ReportDoc.Section;
import dev.pac.render.ReportDoc.Tone;
import dev.pac.report.PlanReport;
import dev.pac.threads.Threads;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The stand-up report for a terminal: the report document as aligned tables; colours only with a
 * colour style.
 */
public final class ReportText implements ReportRenderer {
  private final Style style;
  private final Labels labels;

  public ReportText(Style style, Labels labels) {
    this.style = style;
    this.labels = labels;
  }

  @Override
  public void render(List<PlanReport> reports, PrintWriter out) {
    // each plan's text is made on its own, on every core (a workspace may hold hundreds of plans),
    // each thread with labels of its own (they keep number formats, which serve one thread), and
    // written in order as soon as the texts before it are
    boolean[] first = {true};
    Threads.inOrder(
        "pac-render",
        reports,
        () -> new ReportDocs(Labels.of(labels.lang())),
        (docs, r) -> {
          StringWriter text = new StringWriter();
          PrintWriter w = new PrintWriter(text);
          plan(docs.of(r), w);
          w.flush();
          return text.toString();
        },
        text -> {
          if (!first[0]) {
            out.println();
            out.println("─".repeat(72));
            out.println();
          }
          first[0] = false;
          out.write(text);
        });
  }

  private void plan(ReportDoc d, PrintWriter out) {
    out.println(style.bold(d.title()) + style.dim(" (" + d.id() + ")"));
    out.println(String.join(" · ", d.meta()));
    for (Section s : d.sections()) {
      out.println();
      out.println(
          style.bold(s.heading())
              + (s.qualifier().isEmpty() ? "" : style.dim(" (" + s.qualifier() + ")")));
      boolean first = true;
      for (Block b : s.blocks()) {
        if (b instanceof ReportDoc.Charts) {
          continue; // drawn by HTML only
        }
        if (!first) {
          out.println();
        }
        first = false;
        block(b, out);
      }
    }
  }

  private void block(Block b, PrintWriter out) {
    if (b instanceof ReportDoc.Items items) {
      items.items().forEach(i -> out.println("  " + mark(i.tone()) + " " + i.text()));
    } else if (b instanceof ReportDoc.Table t) {
      table(t, out);
    } else if (b instanceof ReportDoc.Notes n) {
      n.notes().forEach(x -> out.println("  " + style.dim(x)));
    } else if (b instanceof ReportDoc.Text x) {
      out.println("  " + paint(x.tone()).apply(x.text()));
    }
  }

  private void table(ReportDoc.Table t, PrintWriter out) {
    List<String> header = new ArrayList<>();
    boolean[] right = new boolean[t.columns().size()];
    for (int i = 0; i < right.length; i++) {
      header.add(t.columns().get(i).title());
      right[i] = t.columns().get(i).number();
    }
    ReportTable table = new ReportTable(header, right);
    for (List<Cell> row : t.rows()) {
      List<String> cells = new ArrayList<>();
      List<UnaryOperator<String>> paints = new ArrayList<>();
      for (Cell c : row) {
        cells.add(c.text());
        paints.add(paint(c.tone()));
      }
      table.row(cells, paints);
    }
    table.print(out, "  ", style);
  }

  private String mark(Tone tone) {
    return switch (tone) {
      case BAD -> style.red("!");
      case WARN -> style.yellow("!");
      case GOOD -> style.green("✓");
      case DIM, PLAIN -> style.dim("·");
    };
  }

  private UnaryOperator<String> paint(Tone tone) {
    return switch (tone) {
      case BAD -> style::red;
      case WARN -> style::yellow;
      case GOOD -> style::green;
      case DIM -> style::dim;
      case PLAIN -> s -> s;
    };
  }
}
