package vn.antq.startup;

import java.util.function.Supplier;

/** A program with a lambda, for {@link ClassDataArchiveTest}: its lambda class must come from the archive. */
public final class LambdaSample {
    private LambdaSample() {
    }

    public static void main(String[] args) {
        Supplier<String> greeting = () -> "xin chào " + args.length;
        System.out.println(greeting.get());
    }
}
