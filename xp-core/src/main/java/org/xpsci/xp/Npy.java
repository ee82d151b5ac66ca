package org.xpsci.xp;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npy} and {@code .npz} formats, read into and written from any namespace through host
 * memory. Reads format versions 1.0, 2.0 and 3.0, little- and big-endian, C and Fortran order, the 13 dtypes,
 * and archives stored or deflated; writes what {@code numpy.save} writes (version 1.0, or 2.0 for huge
 * headers; little-endian; C order), byte for byte. A header that is corrupt, truncated, names an unsupported
 * dtype (object, datetime, float16, strings, structured) or promises more data than the file holds is an
 * {@link NpyFormatException}: sizes from a file system are checked before allocating, and where a size cannot
 * be trusted (archive members, streams) the data is read in growing pieces, so a lying header costs no more
 * memory than the data actually present.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final long MAX_SLOTS = Integer.MAX_VALUE - 16;
    private static final int MAX_HEADER = 1 << 24;
    private static final int ALIGN = 64;
    private static final int GROWTH_AXIS_DIGITS = 21;
    /** Slots allocated first when a stream's size cannot be trusted; the array doubles as data arrives. */
    private static final int GROWTH_START = 1 << 20;

    private Npy() {
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** Reads a {@code .npy} file into {@code xp}. */
    public static NdArray read(Path file, ArrayNamespace xp) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return toNamespace(read(in, Files.size(file), true, file.toString()), xp);
        }
    }

    /** Reads every array of a {@code .npz} archive (stored or deflated) into {@code xp}, in archive order. */
    public static Map<String, NdArray> readNpz(Path file, ArrayNamespace xp) throws IOException {
        Map<String, NdArray> out = new LinkedHashMap<>();
        for (Map.Entry<String, DlpackTensor> e : readNpzHost(file).entrySet()) {
            out.put(e.getKey(), toNamespace(e.getValue(), xp));
        }
        return out;
    }

    /** Reads a {@code .npz} archive into host tensors (names without the ".npy" suffix). */
    public static Map<String, DlpackTensor> readNpzHost(Path file) throws IOException {
        Map<String, DlpackTensor> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().endsWith(".npy") ? e.getName().substring(0, e.getName().length() - 4)
                        : e.getName();
                try (InputStream in = new BufferedInputStream(zip.getInputStream(e))) {
                    out.put(name, read(in, e.getSize(), false, file + ":" + e.getName()));
                }
            }
        } catch (java.util.zip.ZipException z) {
            throw new NpyFormatException(file + " is not a valid .npz (zip) archive: " + z.getMessage());
        }
        return out;
    }

    /** Reads a {@code .npz} archive from a stream into host tensors (names without the ".npy" suffix). */
    public static Map<String, DlpackTensor> readNpzHost(InputStream stream, String source) throws IOException {
        Map<String, DlpackTensor> out = new LinkedHashMap<>();
        BufferedInputStream in = new BufferedInputStream(stream);
        in.mark(4);
        byte[] sig = in.readNBytes(4);
        in.reset();
        boolean zipStart = sig.length == 4 && sig[0] == 'P' && sig[1] == 'K'
                && (sig[2] == 3 && sig[3] == 4 || sig[2] == 5 && sig[3] == 6);
        if (!zipStart) {
            throw new NpyFormatException(source + " is not a .npz (zip) archive: it does not start with a zip entry"
                    + " signature (PK\\3\\4)");
        }
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().endsWith(".npy") ? e.getName().substring(0, e.getName().length() - 4)
                        : e.getName();
                out.put(name, read(zip, e.getSize(), false, source + ":" + e.getName()));
            }
        } catch (java.util.zip.ZipException | EOFException z) {
            throw new NpyFormatException(source + " is not a valid .npz (zip) archive: " + z.getMessage());
        }
        return out;
    }

    /**
     * Reads a {@code .npy} stream into a host tensor.
     *
     * @param available the number of bytes the stream holds, or -1 when unknown; used to report a short file
     *                  early, never trusted for allocation
     */
    public static DlpackTensor readHost(InputStream stream, long available, String source) throws IOException {
        return read(stream, available, false, source);
    }

    /** Reads one .npy; {@code trusted} says that {@code available} is the file's real size. */
    private static DlpackTensor read(InputStream stream, long available, boolean trusted, String source)
            throws IOException {
        DataInputStream in = new DataInputStream(stream);
        byte[] magic = new byte[6];
        readFully(in, magic, 0, 6, source);
        for (int i = 0; i < 6; i++) {
            if (magic[i] != MAGIC[i]) {
                throw new NpyFormatException(source + " is not a .npy file: it does not start with \\x93NUMPY");
            }
        }
        int major = in.read();
        int minor = in.read();
        if (major < 0 || minor < 0) {
            throw new NpyFormatException(source + " is truncated: the file ends inside the version bytes");
        }
        if (major < 1 || major > 3) {
            throw new NpyFormatException(source + " has .npy format version " + major + "." + minor
                    + "; supported: 1.0, 2.0, 3.0");
        }
        byte[] lenBytes = new byte[major == 1 ? 2 : 4];
        readFully(in, lenBytes, 0, lenBytes.length, source);
        ByteBuffer lb = ByteBuffer.wrap(lenBytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLen = major == 1 ? lb.getShort() & 0xFFFF : lb.getInt() & 0xFFFFFFFFL;
        long prefix = 6 + 2 + lenBytes.length;
        if (available >= 0 && prefix + headerLen > available) {
            throw new NpyFormatException(source + " is truncated: its header claims " + headerLen
                    + " bytes but the file has only " + (available - prefix) + " after the prefix");
        }
        if (headerLen > MAX_HEADER) {
            throw new NpyFormatException(source + " has an implausible header length " + headerLen
                    + " (at most " + MAX_HEADER + " bytes)");
        }
        byte[] hb = new byte[(int) headerLen];
        readFully(in, hb, 0, hb.length, source);
        String header = new String(hb, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader h = NpyHeader.parse(header, source);
        long size = Axes.size(h.shape());
        long slots = h.dtype().isComplexFloating() ? 2 * size : size;
        if (slots > MAX_SLOTS) {
            throw new NpyFormatException(source + " holds " + size + " elements of " + h.dtype()
                    + ", more than one host array can hold (" + MAX_SLOTS + " slots)");
        }
        long bytes = size * h.dtype().itemSize();
        if (available >= 0 && prefix + headerLen + bytes > available) {
            throw new NpyFormatException(source + ": shape " + Broadcast.format(h.shape()) + " of " + h.dtype()
                    + " needs " + bytes + " data bytes but the file has only " + (available - prefix - headerLen));
        }
        Object data = readData(in, h, (int) slots, trusted && available >= 0, source);
        int[] shape = h.shape();
        if (h.fortranOrder() && shape.length > 1) {
            int[] strides = new int[shape.length];
            int acc = 1;
            for (int i = 0; i < shape.length; i++) {
                strides[i] = acc;
                acc *= Math.max(shape[i], 1);
            }
            return DlpackTensor.host(data, h.dtype(), shape, strides, 0, data);
        }
        return DlpackTensor.host(data, h.dtype(), shape);
    }

    /**
     * Reads {@code slots} storage slots. With a trusted size the array is allocated at once; otherwise it grows
     * with the data that actually arrives, so a header claiming gigabytes over a short stream fails cheaply.
     */
    private static Object readData(DataInputStream in, NpyHeader h, int slots, boolean trusted, String source)
            throws IOException {
        DType d = h.dtype();
        int slotBytes = d.isComplexFloating() ? d.itemSize() / 2 : d.itemSize();
        ByteOrder order = h.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Class<?> type = slotBytes == 1 ? byte.class : slotBytes == 2 ? short.class
                : slotBytes == 4 ? (d.toReal() == DType.FLOAT32 ? float.class : int.class)
                : d.toReal() == DType.FLOAT64 ? double.class : long.class;
        Object data = Array.newInstance(type, trusted ? slots : Math.min(slots, GROWTH_START));
        byte[] chunk = new byte[1 << 16];
        int done = 0;
        while (done < slots) {
            int n = Math.min(slots - done, chunk.length / slotBytes);
            readFully(in, chunk, 0, n * slotBytes, source);
            if (done + n > Array.getLength(data)) {
                Object grown = Array.newInstance(type, (int) Math.min(slots, 2L * Array.getLength(data) + n));
                System.arraycopy(data, 0, grown, 0, done);
                data = grown;
            }
            decode(ByteBuffer.wrap(chunk, 0, n * slotBytes).order(order), data, done, n);
            done += n;
        }
        if (d.isBool()) {
            byte[] a = (byte[]) data;
            for (int i = 0; i < a.length; i++) {
                a[i] = (byte) (a[i] != 0 ? 1 : 0);
            }
        }
        return data;
    }

    private static void decode(ByteBuffer bb, Object data, int at, int n) {
        if (data instanceof byte[] a) {
            bb.get(a, at, n);
        } else if (data instanceof short[] a) {
            bb.asShortBuffer().get(a, at, n);
        } else if (data instanceof int[] a) {
            bb.asIntBuffer().get(a, at, n);
        } else if (data instanceof long[] a) {
            bb.asLongBuffer().get(a, at, n);
        } else if (data instanceof float[] a) {
            bb.asFloatBuffer().get(a, at, n);
        } else {
            bb.asDoubleBuffer().get((double[]) data, at, n);
        }
    }

    private static NdArray toNamespace(DlpackTensor t, ArrayNamespace xp) {
        return xp.fromDlpack(t, xp.info().defaultDevice(), null);
    }

    private static void readFully(DataInputStream in, byte[] b, int off, int len, String source) throws IOException {
        try {
            in.readFully(b, off, len);
        } catch (EOFException e) {
            throw new NpyFormatException(source + " is truncated: the file ends before the data it declares");
        }
    }

    // ---- writing ------------------------------------------------------------------------------------------

    /**
     * Writes x as a {@code .npy} file. A device array is copied to the host for the write (writing a file is
     * an explicit request for host data).
     */
    public static void write(Path file, NdArray x) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            write(out, x);
        }
    }

    /** Writes x in {@code .npy} format to a stream. */
    public static void write(OutputStream out, NdArray x) throws IOException {
        DlpackTensor t = x.dlpack(null, null);
        if (!t.isHost()) {
            t = x.dlpack(Device.CPU, true);
        }
        writeHost(out, t.hostBuffer());
    }

    /** Writes a host buffer in {@code .npy} format (C order, little-endian), exactly as {@code numpy.save}. */
    public static void writeHost(OutputStream out, HostBuffer b) throws IOException {
        out.write(header(b.dtype(), b.shape()));
        writeData(out, b);
    }

    /**
     * The header numpy.save writes: the dictionary with sorted keys, spare spaces for growing the first axis
     * (21 digits), padded with spaces and a newline to a multiple of 64 bytes; version 2.0 when it does not fit
     * version 1.0's 16-bit length.
     */
    static byte[] header(DType dtype, int[] shape) {
        StringBuilder dict = new StringBuilder("{'descr': '").append(descr(dtype))
                .append("', 'fortran_order': False, 'shape': ").append(pythonTuple(shape)).append(", }");
        if (shape.length > 0) {
            dict.append(" ".repeat(Math.max(0, GROWTH_AXIS_DIGITS - Integer.toString(shape[0]).length())));
        }
        byte[] text = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
        int version = 1;
        int lengthBytes = 2;
        int padded = padded(text.length, lengthBytes);
        if (padded > 0xFFFF) {
            version = 2;
            lengthBytes = 4;
            padded = padded(text.length, lengthBytes);
        }
        ByteBuffer bb = ByteBuffer.allocate(8 + lengthBytes + padded).order(ByteOrder.LITTLE_ENDIAN);
        bb.put(MAGIC).put((byte) version).put((byte) 0);
        if (version == 1) {
            bb.putShort((short) padded);
        } else {
            bb.putInt(padded);
        }
        bb.put(text);
        while (bb.remaining() > 1) {
            bb.put((byte) ' ');
        }
        bb.put((byte) '\n');
        return bb.array();
    }

    /** The header length after padding: NumPy always adds 1 to 64 bytes (spaces then the newline). */
    private static int padded(int textLength, int lengthBytes) {
        int total = 8 + lengthBytes + textLength + 1;
        return textLength + 1 + ALIGN - total % ALIGN;
    }

    private static String pythonTuple(int[] shape) {
        StringBuilder t = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            t.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return t.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** Writes the elements in C order, a row of the last axis at a time. */
    private static void writeData(OutputStream out, HostBuffer b) throws IOException {
        DType d = b.dtype();
        int w = d.isComplexFloating() ? 2 : 1;
        int slotBytes = d.isComplexFloating() ? d.itemSize() / 2 : d.itemSize();
        int[] shape = b.shape();
        int nd = shape.length;
        long size = b.size();
        if (size == 0) {
            return;
        }
        int rowLen = nd == 0 ? 1 : shape[nd - 1];
        int rowStride = nd == 0 ? 1 : b.strides()[nd - 1];
        ByteBuffer bb = ByteBuffer.allocate(Math.max(1 << 16, w * slotBytes)).order(ByteOrder.LITTLE_ENDIAN);
        int[] idx = new int[Math.max(nd - 1, 0)];
        for (long row = 0; row < size / rowLen; row++) {
            int off = b.offset();
            for (int k = 0; k < idx.length; k++) {
                off += idx[k] * b.strides()[k];
            }
            for (int i = 0; i < rowLen; ) {
                int room = bb.remaining() / (w * slotBytes);
                if (room == 0) {
                    out.write(bb.array(), 0, bb.position());
                    bb.clear();
                    continue;
                }
                int n = Math.min(room, rowLen - i);
                encode(bb, b.data(), w, off + i * rowStride, rowStride, n);
                i += n;
            }
            for (int k = idx.length - 1; k >= 0; k--) {
                if (++idx[k] < shape[k]) {
                    break;
                }
                idx[k] = 0;
            }
        }
        out.write(bb.array(), 0, bb.position());
    }

    /** Puts n elements (w slots each) from {@code data[off + i*stride]} into the buffer. */
    private static void encode(ByteBuffer bb, Object data, int w, int off, int stride, int n) {
        if (stride == 1) {
            int from = w * off;
            int len = w * n;
            int p = bb.position();
            if (data instanceof byte[] a) {
                bb.put(a, from, len);
            } else if (data instanceof short[] a) {
                bb.asShortBuffer().put(a, from, len);
                bb.position(p + 2 * len);
            } else if (data instanceof int[] a) {
                bb.asIntBuffer().put(a, from, len);
                bb.position(p + 4 * len);
            } else if (data instanceof long[] a) {
                bb.asLongBuffer().put(a, from, len);
                bb.position(p + 8 * len);
            } else if (data instanceof float[] a) {
                bb.asFloatBuffer().put(a, from, len);
                bb.position(p + 4 * len);
            } else {
                bb.asDoubleBuffer().put((double[]) data, from, len);
                bb.position(p + 8 * len);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < w; q++) {
                int s = w * (off + i * stride) + q;
                if (data instanceof byte[] a) {
                    bb.put(a[s]);
                } else if (data instanceof short[] a) {
                    bb.putShort(a[s]);
                } else if (data instanceof int[] a) {
                    bb.putInt(a[s]);
                } else if (data instanceof long[] a) {
                    bb.putLong(a[s]);
                } else if (data instanceof float[] a) {
                    bb.putFloat(a[s]);
                } else {
                    bb.putDouble(((double[]) data)[s]);
                }
            }
        }
    }

    /**
     * Writes arrays as a {@code .npz} archive, each under its name plus ".npy", deflated when {@code compressed}
     * (NumPy's {@code savez_compressed}) or stored ({@code savez}).
     */
    public static void writeNpz(Path file, Map<String, ? extends NdArray> arrays, boolean compressed) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            for (Map.Entry<String, ? extends NdArray> e : arrays.entrySet()) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                write(buf, e.getValue());
                byte[] bytes = buf.toByteArray();
                ZipEntry ze = new ZipEntry(e.getKey() + ".npy");
                if (!compressed) {
                    ze.setMethod(ZipEntry.STORED);
                    ze.setSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    ze.setCrc(crc.getValue());
                }
                zip.putNextEntry(ze);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }

    /** The NumPy descr string of a dtype, little-endian. */
    static String descr(DType d) {
        return switch (d) {
            case BOOL -> "|b1";
            case INT8 -> "|i1";
            case UINT8 -> "|u1";
            case INT16 -> "<i2";
            case UINT16 -> "<u2";
            case INT32 -> "<i4";
            case UINT32 -> "<u4";
            case INT64 -> "<i8";
            case UINT64 -> "<u8";
            case FLOAT32 -> "<f4";
            case FLOAT64 -> "<f8";
            case COMPLEX64 -> "<c8";
            case COMPLEX128 -> "<c16";
        };
    }
}
