package dev.storybot;

/** Composition root: builds the pieces and hands control to the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("storybot: not wired yet");
    }
}
