package dev.spinetriage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project layout in docs/how-it-works.md matches the tree: it names every package and every top-level folder,
 * and every path it names exists. Moving code without updating the layout fails here.
 */
class LayoutDocTest {

    private static final Path DOC = Path.of("docs", "how-it-works.md");
    private static final Path ROOT_PACKAGE = Path.of("src", "main", "java", "dev", "spinetriage");
    /** Build output and local data, ignored by git; hidden folders other than CI's are tooling. */
    private static final Set<String> NOT_PROJECT = Set.of("target", "data");

    @Test
    void everyPackageIsInTheLayout() throws IOException {
        List<String> layout = layout();
        for (Path pkg : directories(ROOT_PACKAGE)) {
            String name = pkg.getFileName() + "/";
            assertTrue(layout.stream().anyMatch(l -> l.startsWith("  " + name)), name + " is missing from " + DOC);
        }
    }

    @Test
    void everyTopLevelFolderIsInTheLayout() throws IOException {
        List<String> layout = layout();
        for (Path folder : directories(Path.of("."))) {
            String name = folder.getFileName().toString();
            if (NOT_PROJECT.contains(name) || name.startsWith(".") && !name.equals(".ci")) {
                continue;
            }
            assertTrue(layout.stream().anyMatch(l -> l.startsWith(name + "/")), name + "/ is missing from " + DOC);
        }
    }

    @Test
    void everyPathTheLayoutNamesExists() throws IOException {
        for (String line : layout()) {
            if (line.startsWith("  ") && !line.isBlank() && !line.startsWith("   ")) {
                Path pkg = ROOT_PACKAGE.resolve(line.strip().split("\\s+")[0]);
                assertTrue(Files.isDirectory(pkg), pkg + " named in " + DOC + " does not exist");
            } else if (!line.startsWith(" ") && !line.isBlank()) {
                for (String named : namedPaths(line)) {
                    assertTrue(Files.exists(Path.of(named)), named + " named in " + DOC + " does not exist");
                }
            }
        }
    }

    /** The first column of a top-level line: one path, or a comma-separated list of files. */
    private static List<String> namedPaths(String line) {
        String first = line.split("\\s{2,}")[0].strip();
        return Arrays.stream(first.split(",\\s*")).map(p -> p.replace("/...", "")).toList();
    }

    /** The lines of the fenced block under "## Project layout". */
    private static List<String> layout() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int heading = lines.indexOf("## Project layout");
        assertTrue(heading >= 0, DOC + " has no '## Project layout' section");
        int open = lines.subList(heading, lines.size()).indexOf("```") + heading;
        int close = lines.subList(open + 1, lines.size()).indexOf("```") + open + 1;
        return lines.subList(open + 1, close);
    }

    private static List<Path> directories(Path parent) throws IOException {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).toList();
        }
    }
}
