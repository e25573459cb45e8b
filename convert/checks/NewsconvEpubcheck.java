import com.adobe.epubcheck.tool.EpubChecker;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * newsconv validate: EPUBCheck on many books in one Java process.
 *
 * The one argument names a UTF-8 file of "book TAB report" lines. For each book, EPUBCheck's own
 * command line runs as "epubcheck BOOK -q --json REPORT", so each report is exactly what a run on that
 * book alone writes; only the start of Java and of EPUBCheck is paid once. "done TAB index TAB code"
 * is printed after each book.
 */
public class NewsconvEpubcheck {
    public static void main(String[] args) throws Exception {
        int index = 0;
        try (BufferedReader lines = Files.newBufferedReader(Paths.get(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                int code;
                try {
                    code = new EpubChecker().run(new String[] {line.substring(0, tab), "-q", "--json",
                                                               line.substring(tab + 1)});
                } catch (Throwable failure) {
                    System.err.println("newsconv-epubcheck: " + line.substring(0, tab) + ": " + failure);
                    code = -1;
                }
                System.out.println("done\t" + index + "\t" + code);
                System.out.flush();
                index++;
            }
        }
    }
}
