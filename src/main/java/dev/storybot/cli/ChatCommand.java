package dev.storybot.cli;

import dev.storybot.core.Answer;
import dev.storybot.core.ChatRequest;
import dev.storybot.settings.SettingsReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** An interactive console chat: one conversation, so follow-up questions work. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with the bot in this terminal.")
public final class ChatCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config = new ConfigOption();

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("Loading the story…");
        SettingsReader settings = config.reader();
        Storybot bot = Storybot.create(settings.knowledge(), settings.llm());
        out.println("Ask about \"" + bot.knowledge().story().title() + "\"");
        out.println("Type a question and press Enter; an empty line or 'exit' quits.");
        String conversation = "cli:" + UUID.randomUUID();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            while (true) {
                out.print("\nyou> ");
                out.flush();
                String line = in.readLine();
                if (line == null
                        || line.isBlank()
                        || line.strip().equalsIgnoreCase("exit")
                        || line.strip().equalsIgnoreCase("quit")) {
                    out.println("Bye.");
                    return 0;
                }
                Answer answer = bot.answerer().answer(new ChatRequest("cli", conversation, "console", line));
                out.println("\nbot> " + AnswerFormat.text(answer).replace("\n", "\n     "));
            }
        } catch (IOException e) {
            System.err.println("storybot: cannot read the terminal: " + e.getMessage());
            return 1;
        }
    }
}
