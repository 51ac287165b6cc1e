package vn.antq.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM that makes a class data archive ({@link ClassDataArchive}) runs this: it loads, without
 * initialising, every class a class list names, and makes the lambda classes the list names (its
 * {@code @lambda-proxy} lines), so that they are written to the archive when the JVM exits. Without
 * them every lambda the start runs (about 600 before the first window) is generated again at each
 * start, with the bytecode generator that comes with it. It uses nothing but the JDK, so it can be
 * put beside any program's classes.
 */
public final class ClassListLoader {
    private ClassListLoader() {
    }

    public static void main(String[] args) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        int loaded = 0;
        for (String name : classNames(lines)) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // not on this classpath (e.g. the headless platform used when the list was recorded)
            }
        }
        int lambdas = 0;
        for (String line : lines) {
            if (line.startsWith("@lambda-proxy ") && lambda(line, loader)) {
                lambdas++;
            }
        }
        System.out.println("loaded " + loaded + " classes, " + lambdas + " lambdas");
    }

    /**
     * Makes the lambda class of one {@code @lambda-proxy} line, as its call site would: {@code @lambda-proxy
     * caller name invokedType samType refKind implClass implName implType instantiatedType}. False when
     * it cannot be made here (a class not on this classpath, or in a module that does not open it).
     */
    static boolean lambda(String line, ClassLoader loader) {
        String[] f = line.split(" ");
        if (f.length != 10) {
            return false;
        }
        try {
            Class<?> caller = Class.forName(f[1].replace('/', '.'), false, loader);
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(caller, MethodHandles.lookup());
            Class<?> implClass = Class.forName(f[6].replace('/', '.'), false, loader);
            MethodType implType = MethodType.fromMethodDescriptorString(f[8], loader);
            MethodHandle impl = switch (f[5]) {
                case "REF_invokeStatic" -> lookup.findStatic(implClass, f[7], implType);
                case "REF_invokeVirtual", "REF_invokeInterface" -> lookup.findVirtual(implClass, f[7], implType);
                case "REF_invokeSpecial" -> lookup.findSpecial(implClass, f[7], implType, caller);
                case "REF_newInvokeSpecial" -> lookup.findConstructor(implClass, implType);
                default -> null;
            };
            if (impl == null) {
                return false;
            }
            LambdaMetafactory.metafactory(lookup, f[2], MethodType.fromMethodDescriptorString(f[3], loader),
                    MethodType.fromMethodDescriptorString(f[4], loader), impl,
                    MethodType.fromMethodDescriptorString(f[9], loader));
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError
                | java.lang.invoke.LambdaConversionException e) {
            return false;
        }
    }

    /**
     * The class names a class list holds, in the JDK's -XX:DumpLoadedClassList format (lines like
     * {@code java/lang/Object id: 0}); comments, {@code @} directives, lambda and proxy classes skipped.
     */
    static List<String> classNames(List<String> lines) {
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) {
                continue;
            }
            int end = line.indexOf(' ');
            String name = (end < 0 ? line : line.substring(0, end)).replace('/', '.');
            if (!name.contains("$$Lambda") && !name.startsWith("jdk.proxy")) {
                names.add(name);
            }
        }
        return names;
    }
}
