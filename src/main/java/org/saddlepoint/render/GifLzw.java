package org.saddlepoint.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * GIF's variable-length LZW (codes of 9…12 bits for 8-bit indices, a clear code when the table
 * is full), written as GIF data sub-blocks of at most 255 bytes. The string table is an
 * open-addressing hash of (prefix code, next index) → code, reused across frames: no allocation
 * per pixel. Not thread-safe.
 */
final class GifLzw {
    private static final int MIN_CODE_SIZE = 8, MAX_BITS = 12, MAX_CODES = 1 << MAX_BITS;
    private static final int CLEAR = 1 << MIN_CODE_SIZE, EOI = CLEAR + 1;
    private static final int HASH_SIZE = 1 << 14, HASH_MASK = HASH_SIZE - 1;

    private final int[] hashKeys = new int[HASH_SIZE];
    private final short[] hashCodes = new short[HASH_SIZE];
    private final byte[] block = new byte[256];
    private OutputStream out;
    private int blockLength, bitBuffer, bitCount, nBits, maxCode, freeEnt;
    private boolean clearFlag;

    /** Writes the minimum code size byte, the LZW data of {@code indices[0..n)} in sub-blocks, and the block terminator. */
    void encode(byte[] indices, int n, OutputStream os) throws IOException {
        out = os;
        out.write(MIN_CODE_SIZE);
        blockLength = 0;
        bitBuffer = 0;
        bitCount = 0;
        clearFlag = false;
        nBits = MIN_CODE_SIZE + 1;
        maxCode = (1 << nBits) - 1;
        resetTable();
        output(CLEAR);
        int ent = indices[0] & 0xFF;
        for (int i = 1; i < n; i++) {
            int c = indices[i] & 0xFF;
            int key = ((ent << 8) | c) + 1;
            int h = ((key * 0x9E3779B1) >>> 18) & HASH_MASK;
            boolean found = false;
            while (hashKeys[h] != 0) {
                if (hashKeys[h] == key) {
                    ent = hashCodes[h] & 0xFFFF;
                    found = true;
                    break;
                }
                h = (h + 1) & HASH_MASK;
            }
            if (found) continue;
            output(ent);
            ent = c;
            if (freeEnt < MAX_CODES) {
                hashKeys[h] = key;
                hashCodes[h] = (short) freeEnt++;
            } else {
                resetTable();
                clearFlag = true;
                output(CLEAR);
            }
        }
        output(ent);
        output(EOI);
        flushBits();
        out.write(0);
    }

    private void resetTable() {
        Arrays.fill(hashKeys, 0);
        freeEnt = CLEAR + 2;
    }

    private void output(int code) throws IOException {
        bitBuffer |= code << bitCount;
        bitCount += nBits;
        while (bitCount >= 8) {
            put(bitBuffer & 0xFF);
            bitBuffer >>>= 8;
            bitCount -= 8;
        }
        if (freeEnt > maxCode || clearFlag) {
            if (clearFlag) {
                nBits = MIN_CODE_SIZE + 1;
                maxCode = (1 << nBits) - 1;
                clearFlag = false;
            } else {
                nBits++;
                maxCode = nBits == MAX_BITS ? MAX_CODES : (1 << nBits) - 1;
            }
        }
    }

    private void flushBits() throws IOException {
        while (bitCount > 0) {
            put(bitBuffer & 0xFF);
            bitBuffer >>>= 8;
            bitCount -= 8;
        }
        bitCount = 0;
        bitBuffer = 0;
        if (blockLength > 0) writeBlock();
    }

    private void put(int b) throws IOException {
        block[++blockLength] = (byte) b;
        if (blockLength == 255) writeBlock();
    }

    private void writeBlock() throws IOException {
        block[0] = (byte) blockLength;
        out.write(block, 0, blockLength + 1);
        blockLength = 0;
    }
}
