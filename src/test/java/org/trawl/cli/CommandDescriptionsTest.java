package org.trawl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's and subcommand's description comes from the one resource bundle Main names, and the bundle
 * holds nothing else: no command without its text, no text without its command, no numbered line lost.
 */
class CommandDescriptionsTest {

    private static final Pattern KEY = Pattern.compile("(.+)\\.usage\\.description(?:\\.(\\d+))?");

    @Test
    void everyCommandAndSubcommandHasItsDescriptionFromTheBundle() {
        ResourceBundle bundle = ResourceBundle.getBundle(Main.DESCRIPTIONS);
        List<CommandLine> commands = trawlCommands();
        assertTrue(commands.size() >= 29, "commands found: " + commands.size());
        for (CommandLine command : commands) {
            CommandSpec spec = command.getCommandSpec();
            String name = spec.qualifiedName(".");
            List<String> lines = linesOf(bundle, name);
            assertFalse(lines.isEmpty(), name + " has no description in " + Main.DESCRIPTIONS);
            assertFalse(lines.get(0).isBlank(), name + ": the first line of its description is blank");
            assertEquals(lines, List.of(spec.usageMessage().description()), name);
            assertEquals(0, spec.userObject().getClass().getAnnotation(Command.class).description().length,
                    name + " has a description in its @Command too: the bundle is its one home");
            String help = helpOf(spec);
            assertTrue(help.contains(unwrapped(String.join(" ", lines))), name + " --help lacks its description: " + help);
            if (spec.parent() != null) {
                assertTrue(helpOf(spec.parent()).contains(unwrapped(lines.get(0))),
                        name + " is not described in its parent's list of commands");
            }
        }
    }

    /** A command's --help output without its blanks (picocli wraps long lines, even inside a word). */
    private static String helpOf(CommandSpec spec) {
        List<String> args = new ArrayList<>(List.of(spec.qualifiedName(" ").split(" ")));
        args.set(0, "--help");
        Collections.rotate(args, -1);
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.status(), String.join(" ", args) + ": " + r.err());
        return unwrapped(r.out());
    }

    private static String unwrapped(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void everyLineInTheBundleBelongsToACommandAndNumberedLinesHaveNoGap() throws Exception {
        Set<String> names = new TreeSet<>();
        for (CommandLine command : trawlCommands()) {
            names.add(command.getCommandSpec().qualifiedName("."));
        }
        Properties file = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/" + Main.DESCRIPTIONS.replace('.', '/') + ".properties")) {
            assertNotNull(in, Main.DESCRIPTIONS + " is not on the class path");
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Main.DESCRIPTIONS);
        assertEquals(new TreeSet<>(file.stringPropertyNames()), new TreeSet<>(bundle.keySet()));
        Map<String, Integer> numberedLines = new java.util.TreeMap<>();
        for (String key : file.stringPropertyNames()) {
            // read as UTF-8, as Java reads properties bundles, so a non-ASCII character reaches the terminal intact
            assertEquals(file.getProperty(key), bundle.getString(key), key);
            Matcher m = KEY.matcher(key);
            assertTrue(m.matches(), key + " is not <command>.usage.description[.N]");
            assertTrue(names.contains(m.group(1)), key + " names no trawl command (commands: " + names + ")");
            if (m.group(2) != null) {
                numberedLines.merge(m.group(1), Integer.parseInt(m.group(2)) + 1, Math::max);
            }
        }
        // picocli stops reading numbered lines at the first missing number, so a gap would lose the rest
        numberedLines.forEach((name, lines) -> assertEquals(lines, linesOf(bundle, name).size(),
                name + ": numbered description lines with a gap"));
    }

    /** The description lines under a command's keys, as picocli collects them. */
    private static List<String> linesOf(ResourceBundle bundle, String name) {
        List<String> lines = new ArrayList<>();
        String key = name + ".usage.description";
        if (bundle.containsKey(key)) {
            lines.add(bundle.getString(key));
        }
        for (int i = 0; bundle.containsKey(key + "." + i); i++) {
            lines.add(bundle.getString(key + "." + i));
        }
        return lines;
    }

    /** trawl and all its subcommands, each once (an alias is the same command), without picocli's help. */
    private static List<CommandLine> trawlCommands() {
        Set<CommandLine> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<CommandLine> all = new ArrayList<>();
        collect(Main.commandLine(), seen, all);
        return all;
    }

    private static void collect(CommandLine command, Set<CommandLine> seen, List<CommandLine> all) {
        if (!seen.add(command) || command.getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
            return;
        }
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, seen, all));
    }
}
