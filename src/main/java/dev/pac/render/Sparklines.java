package dev.pac.render;

import static dev.pac.render.ReportNumbers.DASH;

import java.util.List;

/**
 * A KPI's trend in one line: as block characters for text and Markdown, as a small SVG polyline for
 * HTML; a missing value is a gap. Both scale the values between their lowest and highest.
 */
final class Sparklines {
  private static final String SPARKS = "▁▂▃▄▅▆▇█";

  private Sparklines() {}

  /** The block characters, one a value. */
  static String text(List<Double> values) {
    double[] range = range(values);
    double min = range[0];
    double max = range[1];
    if (min > max) {
      return DASH;
    }
    StringBuilder b = new StringBuilder();
    for (Double v : values) {
      if (v == null) {
        b.append(' ');
      } else if (max == min) {
        b.append(SPARKS.charAt(3));
      } else {
        b.append(SPARKS.charAt((int) Math.round((v - min) / (max - min) * (SPARKS.length() - 1))));
      }
    }
    return b.toString();
  }

  /** The SVG polyline, 120 by 24 pixels. */
  static String svg(List<Double> values) {
    double[] range = range(values);
    double min = range[0];
    double max = range[1];
    int w = 120;
    int h = 24;
    StringBuilder b =
        new StringBuilder(
            "<svg aria-hidden=\"true\" width=\""
                + w
                + "\" height=\""
                + h
                + "\" viewBox=\"0 0 "
                + w
                + " "
                + h
                + "\">");
    StringBuilder pts = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      if (v == null) {
        continue;
      }
      double x = 4 + (double) i / Math.max(1, values.size() - 1) * (w - 8);
      double y = max == min ? h / 2.0 : (h - 4) - (v - min) / (max - min) * (h - 8);
      pts.append(HtmlCharts.f(x)).append(',').append(HtmlCharts.f(y)).append(' ');
    }
    b.append("<polyline points=\"")
        .append(pts.toString().trim())
        .append("\" fill=\"none\" stroke=\"#2e86c1\" stroke-width=\"1.5\"/></svg>");
    return b.toString();
  }

  /**
   * The lowest and highest value of {@code values}, nulls left out; the lowest above the highest
   * when none.
   */
  private static double[] range(List<Double> values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Double v : values) {
      if (v != null) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    return new double[] {min, max};
  }
}
