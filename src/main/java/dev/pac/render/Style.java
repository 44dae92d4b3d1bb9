package dev.pac.render;

/** Terminal colours, or none. */
public record Style(boolean color) {
  public static final Style PLAIN = new Style(false);

  public String red(String s) {
    return wrap("31", s);
  }

  public String yellow(String s) {
    return wrap("33", s);
  }

  public String green(String s) {
    return wrap("32", s);
  }

  public String bold(String s) {
    return wrap("1", s);
  }

  public String dim(String s) {
    return wrap("2", s);
  }

  private String wrap(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
