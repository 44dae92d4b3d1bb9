package dev.pac.yaml;

import dev.pac.model.Finding;
import java.util.List;

/**
 * What {@link YamlReader} made of a file: the root (null when unreadable) and the findings on the
 * way.
 */
public record YamlDocument(String file, YamlNode root, List<Finding> findings) {}
