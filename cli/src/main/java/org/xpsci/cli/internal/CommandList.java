package org.xpsci.cli.internal;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * The command list of {@code xpsci --help}, grouped under each class's {@link CommandGroup} heading, each
 * command with the first line of its description.
 */
public final class CommandList implements IHelpSectionRenderer {

    private final List<Class<?>> groups;

    /** A list of the command methods of these classes, in this order. */
    public CommandList(List<Class<?>> groups) {
        this.groups = List.copyOf(groups);
    }

    @Override
    public String render(Help help) {
        Map<String, Help> commands = help.subcommands();
        int width = 2 + commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (Class<?> group : groups) {
            CommandGroup heading = group.getAnnotation(CommandGroup.class);
            out.append('\n').append(heading != null ? heading.value() : group.getSimpleName()).append(":\n");
            List<String> names = CommandLine.getCommandMethods(group, null).stream()
                    .map(m -> m.getAnnotation(CommandLine.Command.class).name()).sorted().toList();
            for (String name : names) {
                Help sub = commands.get(name);
                String[] description = sub == null ? new String[0]
                        : sub.commandSpec().usageMessage().description();
                out.append("  ").append(String.format("%-" + width + "s", name))
                        .append(description.length > 0 ? firstSentence(description[0]) : "").append('\n');
            }
        }
        return out.toString();
    }

    private static String firstSentence(String text) {
        int stop = text.indexOf(". ");
        return stop < 0 ? text : text.substring(0, stop + 1);
    }
}
