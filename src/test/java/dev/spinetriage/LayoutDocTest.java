package dev.spinetriage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout in docs/architecture.md matches the tree. Its "Layout" section holds two code blocks, one entry a line
 * (a path, then what it holds): the repository, whose every entry must exist and which must name every top-level
 * folder; and every package under src/main/java/dev/spinetriage, no more and no fewer. Moving code without updating
 * the layout fails here.
 */
class LayoutDocTest {

    private static final Path DOC = Path.of("docs", "architecture.md");
    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "spinetriage");
    private static final String SECTION = "## Layout";
    private static final String FENCE = "```";
    private static final int REPOSITORY = 0;
    private static final int PACKAGES = 1;
    /** Build output and local data, ignored by git; hidden folders other than CI's are tooling. */
    private static final Set<String> NOT_PROJECT = Set.of("target", "data");

    @Test
    void everyPackageIsDescribed() {
        Set<String> undescribed = packages();
        undescribed.removeAll(described(PACKAGES).keySet());
        assertEquals(Set.of(), undescribed, "packages missing from the layout in " + DOC);
    }

    @Test
    void everyDescribedPackageExists() {
        Set<String> gone = new TreeSet<>(described(PACKAGES).keySet());
        gone.removeAll(packages());
        assertEquals(Set.of(), gone, "packages in the layout of " + DOC + " that hold no Java source");
    }

    @Test
    void everyTopLevelFolderIsInTheRepositoryLayout() throws IOException {
        Set<String> named = new TreeSet<>();
        described(REPOSITORY).keySet().forEach(entry -> named.add(entry.split("/")[0]));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> children = Files.list(Path.of("."))) {
            children.filter(Files::isDirectory).map(folder -> folder.getFileName().toString())
                    .filter(name -> !NOT_PROJECT.contains(name) && (!name.startsWith(".") || name.equals(".ci")))
                    .filter(name -> !named.contains(name)).forEach(missing::add);
        }
        assertEquals(Set.of(), missing, "top-level folders missing from the repository layout in " + DOC);
    }

    @Test
    void everyEntryOfTheRepositoryLayoutExists() {
        Set<String> missing = new TreeSet<>(described(REPOSITORY).keySet());
        missing.removeIf(entry -> Files.exists(Path.of(entry)));
        assertEquals(Set.of(), missing, "entries in the repository layout of " + DOC + " that do not exist");
    }

    @Test
    void everyEntrySaysWhatItHolds() {
        for (int block : List.of(REPOSITORY, PACKAGES)) {
            described(block).forEach((entry, description) -> assertFalse(description.isBlank(),
                    entry + " has no description in " + DOC));
        }
    }

    /** Every folder under the package root holding Java source, as a path relative to it ending in '/'. */
    private static Set<String> packages() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            Set<String> packages = new TreeSet<>();
            files.filter(file -> file.toString().endsWith(".java"))
                    .forEach(file -> packages.add(SOURCES.relativize(file.getParent()).toString() + "/"));
            return packages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of the layout section's code block number {@code block} (from 0): path to description. */
    private static Map<String, String> described(int block) {
        List<List<String>> blocks = codeBlocks(layoutSection());
        assertFalse(blocks.size() <= block, DOC + ": the layout section needs its code block " + (block + 1));
        Map<String, String> entries = new TreeMap<>();
        for (String line : blocks.get(block)) {
            String[] entry = line.trim().split("\\s+", 2);
            assertNull(entries.put(entry[0], entry.length > 1 ? entry[1] : ""), entry[0] + " is listed twice");
        }
        return entries;
    }

    private static List<String> layoutSection() {
        List<String> lines;
        try {
            lines = Files.readAllLines(DOC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf(SECTION);
        assertFalse(start < 0, DOC + " has no '" + SECTION + "' section");
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    private static List<List<String>> codeBlocks(List<String> section) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> open = null;
        for (String line : section) {
            if (line.startsWith(FENCE)) {
                if (open == null) {
                    open = new ArrayList<>();
                } else {
                    blocks.add(open);
                    open = null;
                }
            } else if (open != null && !line.isBlank()) {
                open.add(line);
            }
        }
        return blocks;
    }
}
