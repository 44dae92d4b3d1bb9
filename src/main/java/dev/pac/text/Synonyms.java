package dev.pac.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The French (and common English) words people write for pac's keys and enum values: `objectifs`
 * for {@code objectives}, `en cours` for {@code active}. pac accepts no synonym; these only name
 * the id to write in a message. Words are compared ignoring case, accents, and spaces, hyphens or
 * underscores.
 */
public final class Synonyms {
  private Synonyms() {}

  private static final Map<String, String> KEYS =
      Map.ofEntries(
          Map.entry("titre", "title"),
          Map.entry("intitule", "title"),
          Map.entry("responsable", "owner"),
          Map.entry("proprietaire", "owner"),
          Map.entry("porteur", "owner"),
          Map.entry("periode", "period"),
          Map.entry("debut", "start"),
          Map.entry("date_de_debut", "start"),
          Map.entry("fin", "end"),
          Map.entry("devise", "currency"),
          Map.entry("monnaie", "currency"),
          Map.entry("analyse", "analysis"),
          Map.entry("indicateurs", "kpis"),
          Map.entry("indicateur", "kpi"),
          Map.entry("canaux", "channels"),
          Map.entry("canal", "channel"),
          Map.entry("notation", "scoring"),
          Map.entry("objectifs", "objectives"),
          Map.entry("objectif", "objectives"),
          Map.entry("revue", "review"),
          Map.entry("suivi", "review"),
          Map.entry("nom", "name"),
          Map.entry("unite", "unit"),
          Map.entry("sens", "better"),
          Map.entry("agregation", "rollup"),
          Map.entry("cumul", "rollup"),
          Map.entry("numerateur", "numerator"),
          Map.entry("denominateur", "denominator"),
          Map.entry("granularite", "grain"),
          Map.entry("periodicite", "grain"),
          Map.entry("cible", "target"),
          Map.entry("objectif_chiffre", "target"),
          Map.entry("reference", "baseline"),
          Map.entry("valeur_de_depart", "baseline"),
          Map.entry("base", "baseline"),
          Map.entry("echeance", "deadline"),
          Map.entry("date_limite", "deadline"),
          Map.entry("jalons", "milestones"),
          Map.entry("justification", "rationale"),
          Map.entry("statut", "status"),
          Map.entry("etat", "status"),
          Map.entry("jours_homme", "effort_days"),
          Map.entry("charge", "effort_days"),
          Map.entry("etapes", "steps"),
          Map.entry("enseignements", "learnings"),
          Map.entry("apprentissages", "learnings"),
          Map.entry("lecons", "learnings"),
          Map.entry("valeur", "value"),
          Map.entry("forces", "strengths"),
          Map.entry("faiblesses", "weaknesses"),
          Map.entry("opportunites", "opportunities"),
          Map.entry("menaces", "threats"),
          Map.entry("methode", "method"),
          Map.entry("poids", "weights"));

  /** Per enum (its simple name): word → id. */
  private static final Map<String, Map<String, String>> VALUES =
      Map.of(
          "ActionStatus",
              Map.ofEntries(
                  Map.entry("prevu", "planned"),
                  Map.entry("prevue", "planned"),
                  Map.entry("planifie", "planned"),
                  Map.entry("planifiee", "planned"),
                  Map.entry("a-faire", "planned"),
                  Map.entry("todo", "planned"),
                  Map.entry("en-cours", "active"),
                  Map.entry("actif", "active"),
                  Map.entry("actif-ve", "active"),
                  Map.entry("in-progress", "active"),
                  Map.entry("ongoing", "active"),
                  Map.entry("termine", "done"),
                  Map.entry("terminee", "done"),
                  Map.entry("fait", "done"),
                  Map.entry("faite", "done"),
                  Map.entry("fini", "done"),
                  Map.entry("finie", "done"),
                  Map.entry("completed", "done"),
                  Map.entry("finished", "done"),
                  Map.entry("arrete", "stopped"),
                  Map.entry("arretee", "stopped"),
                  Map.entry("stoppe", "stopped"),
                  Map.entry("stoppee", "stopped"),
                  Map.entry("abandonne", "stopped"),
                  Map.entry("abandonnee", "stopped"),
                  Map.entry("annule", "stopped"),
                  Map.entry("annulee", "stopped"),
                  Map.entry("cancelled", "stopped"),
                  Map.entry("canceled", "stopped")),
          "ActionType",
              Map.of(
                  "vente-directe",
                  "direct-sales",
                  "prospection",
                  "direct-sales",
                  "fidelisation",
                  "retention",
                  "formation",
                  "enablement",
                  "accompagnement",
                  "enablement",
                  "autre",
                  "other",
                  "promo",
                  "promotion"),
          "Better",
              Map.of(
                  "plus-haut",
                  "higher",
                  "haut",
                  "higher",
                  "eleve",
                  "higher",
                  "plus",
                  "higher",
                  "plus-bas",
                  "lower",
                  "bas",
                  "lower",
                  "moins",
                  "lower"),
          "Rollup",
              Map.of(
                  "somme",
                  "sum",
                  "cumul",
                  "sum",
                  "total",
                  "sum",
                  "dernier",
                  "last",
                  "derniere",
                  "last",
                  "moyenne",
                  "mean",
                  "average",
                  "mean",
                  "taux",
                  "ratio"),
          "Unit",
              Map.of(
                  "nombre",
                  "count",
                  "compte",
                  "count",
                  "quantite",
                  "count",
                  "devise",
                  "currency",
                  "monnaie",
                  "currency",
                  "euros",
                  "currency",
                  "eur",
                  "currency",
                  "taux",
                  "ratio",
                  "pourcentage",
                  "ratio",
                  "jours",
                  "days"),
          "Grain",
              Map.of(
                  "jour",
                  "day",
                  "quotidien",
                  "day",
                  "daily",
                  "day",
                  "semaine",
                  "week",
                  "hebdomadaire",
                  "week",
                  "weekly",
                  "week",
                  "mois",
                  "month",
                  "mensuel",
                  "month",
                  "monthly",
                  "month"),
          "ScoringMethod", Map.of("somme-ponderee", "weighted-sum"));

  /** The key meant by {@code word}, when it is a known word for one. */
  public static Optional<String> key(String word) {
    return Optional.ofNullable(KEYS.get(fold(word, '_')));
  }

  /** The id of {@code enumType} meant by {@code word}, when it is a known word for one. */
  public static Optional<String> value(Class<?> enumType, String word) {
    Map<String, String> words = VALUES.get(enumType.getSimpleName());
    if (words == null) {
      return Optional.empty();
    }
    String w = fold(word, '-');
    return Optional.ofNullable(words.get(w));
  }

  /** Lower case, no accents, runs of spaces, hyphens and underscores as one {@code sep}. */
  static String fold(String word, char sep) {
    if (word.length() > 64) {
      return "";
    }
    String s =
        Normalizer.normalize(word.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return s.replaceAll("[\\s_\\-]+", String.valueOf(sep));
  }
}
