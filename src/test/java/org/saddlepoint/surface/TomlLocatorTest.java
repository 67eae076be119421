package org.saddlepoint.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TomlLocatorTest {
    @Test
    void recordsKeysValuesArraysAndTablesByPath() {
        String s = "a = 1\n[t]\nb = [1,\n  {c = \"x\"}]\n[[arr]]\nd = 2\n[[arr]]\nd = 3\n";
        TomlLocator l = TomlLocator.scan(s);
        assertEquals(new TomlLocator.Position(1, 5), l.valuePosition("a"));
        assertEquals(new TomlLocator.Position(3, 1), l.keyPosition("t.b"));
        assertEquals(new TomlLocator.Position(3, 6), l.valuePosition("t.b[0]"));
        assertEquals(new TomlLocator.Position(4, 8), l.valuePosition("t.b[1].c"));
        assertEquals(new TomlLocator.Position(8, 5), l.valuePosition("arr[1].d"));
        assertEquals(new TomlLocator.Position(6, 1), l.keyPosition("arr[0].d.missing"));
    }

    @Test
    void positionsInsideStringsFollowEscapesAndLines() {
        String s = "e = \"a\\tb + c\"\nm = \"\"\"\nab\ncd\"\"\"\nq = 'x'\n";
        TomlLocator l = TomlLocator.scan(s);
        // decoded "a\tb + c": character 2 ('b') sits after the two-character escape \t
        assertEquals(new TomlLocator.Position(1, 9), l.positionInString("e", 2));
        // multi-line: the newline after the opening quotes is not content; 'c' is on line 4
        assertEquals(new TomlLocator.Position(4, 1), l.positionInString("m", 3));
        assertEquals(new TomlLocator.Position(5, 6), l.positionInString("q", 0));
    }
}
