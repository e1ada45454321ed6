package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.chorus.corpus.ColumnMap.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnMapTest {
  @TempDir Path dir;

  @Test
  void parsesTargetsAndRepeatedLabels() {
    ColumnMap m = ColumnMap.parse(" id=tweetid, account=author ,text=content,time=publish_date,"
        + "lang=language,label=account_category,label=account_type");
    assertEquals("tweetid", m.column(Target.ID));
    assertEquals("author", m.column(Target.ACCOUNT));
    assertEquals("publish_date", m.column(Target.TIME));
    assertNull(m.column(Target.QUOTE_OF));
    assertEquals(List.of("account_category", "account_type"), m.labelColumns());
    assertEquals(m, ColumnMap.parse(m.toString()), "toString is the --map syntax");
  }

  @Test
  void unknownTargetSaysWhichAndListsTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ColumnMap.parse("id=a,body=text"));
    assertTrue(e.getMessage().contains("unknown target 'body'"), e.getMessage());
    assertTrue(e.getMessage().contains("retweet_of"), e.getMessage());
  }

  @Test
  void malformedAndRepeatedEntriesAreErrors() {
    assertThrows(IllegalArgumentException.class, () -> ColumnMap.parse("id"));
    assertThrows(IllegalArgumentException.class, () -> ColumnMap.parse("id="));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> ColumnMap.parse("text=a,text=b"));
    assertTrue(twice.getMessage().contains("'text' is mapped twice"), twice.getMessage());
  }

  @Test
  void mappedColumnMissingFromTheHeaderNamesFileLineAndColumn() {
    Path f = Reading.write(dir, "m.csv", "author,content\nx,y\n");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Reading.of(f, Format.CSV, ColumnMap.parse("account=author,text=content,time=when")));
    assertEquals(f.toString(), e.rejection().file());
    assertEquals(1, e.rejection().line());
    assertEquals("when", e.rejection().field());
    assertTrue(e.getMessage().contains("header is: author, content"), e.getMessage());
  }

  @Test
  void accountAndTextMustBeMapped() {
    Path f = Reading.write(dir, "m.csv", "author,content\nx,y\n");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Reading.of(f, Format.CSV, ColumnMap.parse("account=author")));
    assertTrue(e.getMessage().contains("no column for 'text'"), e.getMessage());
  }

  @Test
  void columnNamesMatchIgnoringCase() throws Exception {
    Path f = Reading.write(dir, "m.csv", "Author,Content\nx,y\n");
    Reading r = Reading.of(f, Format.CSV, ColumnMap.parse("account=author,text=content"));
    assertEquals("y", r.posts.get(0).text());
  }

  @Test
  void withLabelColumnReplacesEveryLabelColumnAndKeepsTheRest() {
    ColumnMap m = ColumnMap.parse("id=i,account=a,label=x,text=t,label=y").withLabelColumn("z");
    assertEquals(List.of("z"), m.labelColumns());
    assertEquals("t", m.column(Target.TEXT));
    assertEquals(ColumnMap.parse("id=i,account=a,text=t,label=z"), m);
  }
}
