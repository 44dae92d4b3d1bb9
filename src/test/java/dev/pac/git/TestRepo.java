package dev.pac.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A git repository built in a test with JGit, each commit with the author and time the test gives.
 */
public final class TestRepo implements AutoCloseable {
  private final Path dir;
  private final Git git;

  private TestRepo(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  public static TestRepo init(Path dir) throws Exception {
    return new TestRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
  }

  public Path dir() {
    return dir;
  }

  public TestRepo write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return this;
  }

  public String read(String path) throws IOException {
    return Files.readString(dir.resolve(path));
  }

  public TestRepo move(String from, String to) throws IOException {
    Path t = dir.resolve(to);
    Files.createDirectories(t.getParent());
    Files.move(dir.resolve(from), t);
    return this;
  }

  /**
   * Commits everything in the working tree as {@code author}, at {@code time} (an ISO instant, or a
   * day: noon UTC).
   */
  public String commit(String message, String author, String time) throws Exception {
    PersonIdent who = ident(author, time);
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    RevCommit c =
        git.commit()
            .setMessage(message)
            .setAuthor(who)
            .setCommitter(who)
            .setSign(false)
            .setAllowEmpty(true)
            .call();
    return c.getName();
  }

  public void branch(String name) throws Exception {
    git.checkout().setCreateBranch(true).setName(name).call();
  }

  public void checkout(String name) throws Exception {
    git.checkout().setName(name).call();
  }

  /** Merges {@code branch} into the current branch with a merge commit (never a fast-forward). */
  public String merge(String branch, String message, String author, String time) throws Exception {
    git.merge()
        .include(git.getRepository().resolve(branch))
        .setFastForward(MergeCommand.FastForwardMode.NO_FF)
        .setCommit(false)
        .call();
    return commit(message, author, time);
  }

  /**
   * Makes the clone shallow at {@code commit}: its parents are then missing, as after {@code git
   * clone --depth}.
   */
  public void shallowAt(String commit) throws IOException {
    Files.writeString(dir.resolve(".git/shallow"), commit + "\n");
  }

  private static PersonIdent ident(String author, String time) {
    Instant when = time.length() == 10 ? Instant.parse(time + "T12:00:00Z") : Instant.parse(time);
    return new PersonIdent(
        author,
        author.toLowerCase().replace(' ', '.') + "@example.com",
        Date.from(when),
        TimeZone.getTimeZone(ZoneOffset.UTC));
  }

  @Override
  public void close() {
    git.close();
  }
}
