package org.parley.cli;

import java.nio.file.Path;
import org.parley.annotate.Annotator;

/**
 * A child process for {@link IngestResumeTest}: {@code parley ingest} on the fake stages, with an
 * annotator that announces each document on standard output and then takes its time, so that the
 * test can kill the process in the middle of a run.
 *
 * <p>Arguments: the database and the input directory.
 */
final class SlowIngest {

    private SlowIngest() {
    }

    public static void main(String[] args) throws InterruptedException {
        Fakes fakes = new Fakes();
        Stages fast = fakes.stages();
        Stages slow = new Stages(fast.source(), () -> {
            Annotator annotator = fast.annotator().get();
            return document -> {
                System.out.println("annotating " + document.id());
                System.out.flush();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return annotator.annotate(document);
            };
        }, fast.coder());
        int status = Parley.execute(new String[] {"ingest", "--quiet", "--db", args[0], args[1]}, slow,
                fakes.io(Path.of("."), false, ""));
        System.exit(status);
    }
}
