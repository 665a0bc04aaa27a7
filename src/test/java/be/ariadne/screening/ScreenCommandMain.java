package be.ariadne.screening;

/**
 * Stand-in for the application's main class dispatching {@code screen}, so the cold command-line
 * path can be timed without Spring: {@code bash bench/screen-cold.sh}.
 */
public final class ScreenCommandMain {

    private ScreenCommandMain() {
    }

    public static void main(String[] args) {
        System.exit(ScreenCommand.run(args, System.in, System.out, System.err));
    }
}
